// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.explore;

import org.araxes.ui.app.MainWindow;
import org.araxes.ui.app.MainWindowFixture;
import org.araxes.ui.common.KeyActions;
import org.araxes.ui.common.Theme;
import org.araxes.ui.map.MeasureLayer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.araxes.geo.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The students' tools in the real window: search, measure, theme, shortcut sheet. */
@ExtendWith(ApplicationExtension.class)
class ExploreUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> window.explore().setTheme(Theme.LIGHT));
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.getScene().getWindow()).toList()
                .forEach(Window::hide));
    }

    private Viewport viewport() throws Exception {
        return MainWindowFixture.settledViewport(window);
    }

    @Test
    @DisplayName("Ctrl+F, typing Kapan and Enter flies to Kapan and opens its card")
    void searchFindsKapan(FxRobot robot) throws Exception {
        viewport();
        robot.clickOn("#map");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search-field").query().isFocused(), "Ctrl+F puts the cursor in the search box");
        robot.write("kapan");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search-results").query().isVisible());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Viewport v = window.map().getViewport();
            return Math.abs(v.centerLongitude() - 46.4068) < 0.01 && Math.abs(v.centerLatitude() - 39.2076) < 0.01
                    && v.zoom() > 9.5;
        });
        assertTrue(robot.lookup("#feature-card").query().isVisible());
        assertTrue(robot.lookup("#feature-card-title").queryAs(Label.class).getText().startsWith("Kapan"));
        assertTrue(robot.lookup("#feature-card-seeds").tryQuery().isPresent(), "the card says what the seeds say");
        List<String> credits = robot.lookup(".feature-card-note").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.startsWith("— ")).toList();
        assertTrue(!credits.isEmpty() && credits.stream().allMatch(t -> t.contains("“") && !t.contains(".txt")),
                "each quote is credited to its article, never to a file: " + credits);
    }

    @Test
    @DisplayName("M, then two clicks on the map, shows a geodesic distance")
    void measureTwoClicks(FxRobot robot) throws Exception {
        viewport();
        robot.clickOn("#map");
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        Label readout = robot.lookup("#measure-readout").queryAs(Label.class);
        assertTrue(readout.isVisible());
        Bounds map = robot.lookup("#map").query().localToScreen(robot.lookup("#map").query().getBoundsInLocal());
        double y = map.getMinY() + map.getHeight() * 0.6;
        robot.clickOn(map.getMinX() + map.getWidth() * 0.3, y);
        robot.clickOn(map.getMinX() + map.getWidth() * 0.7, y);
        WaitForAsyncUtils.waitForFxEvents();
        MeasureLayer layer = window.explore().measureLayer();
        assertEquals(2, layer.pointCount());
        assertTrue(readout.getText().startsWith("Distance ") && readout.getText().contains(" km"), readout.getText());
        double metres = layer.measure().length();
        assertTrue(readout.getText().contains(MeasureLayer.km(metres)) || metres > 0, readout.getText());
        assertTrue(!window.map().card().isVisible(), "measuring clicks do not open cards");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!layer.activeProperty().get() && layer.pointCount() == 0, "Esc ends and clears");
    }

    @Test
    @DisplayName("Settings ▸ Theme ▸ Dark applies AtlantaFX Primer Dark and the dark panel stylesheet")
    void darkTheme(FxRobot robot) throws Exception {
        viewport();
        robot.interact(() -> MainWindowFixture.fireMenuItem(window, "theme-dark"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(Theme.DARK, Theme.current());
        assertTrue(window.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("araxes-dark.css")));
        robot.interact(() -> window.explore().setTheme(Theme.LIGHT));
        assertTrue(window.getScene().getStylesheets().stream().noneMatch(s -> s.endsWith("araxes-dark.css")));
    }

    @Test
    @DisplayName("F1 opens the shortcut sheet listing every registered key and every menu accelerator")
    void shortcutSheet(FxRobot robot) throws Exception {
        viewport();
        robot.clickOn("#map");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        Node sheet = robot.lookup("#shortcut-sheet").query();
        Set<String> texts = new HashSet<>();
        robot.from(sheet).lookup(".label").queryAllAs(Label.class).forEach(l -> texts.add(l.getText()));
        List<KeyActions.Entry> all = window.explore().keys().all();
        for (KeyActions.Entry entry : all) {
            assertTrue(texts.contains(entry.keyText()), "sheet lists " + entry.keyText());
            assertTrue(texts.contains(entry.description()), "sheet lists " + entry.description());
        }
        // the menu accelerators are there: the export (Ctrl+E) and quitting (Ctrl+Q)
        assertTrue(all.stream().anyMatch(e -> e.keyText().equals(
                new javafx.scene.input.KeyCodeCombination(KeyCode.E, javafx.scene.input.KeyCombination.SHORTCUT_DOWN)
                        .getDisplayText())), all::toString);
        assertTrue(all.stream().anyMatch(e -> e.keyText().equals("M")));
        assertTrue(all.stream().anyMatch(e -> e.keyText().equals("G")));
    }

    @Test
    @DisplayName("the map keys the sheet lists really move the map (Right pans, Home returns)")
    void mapKeysAreReal(FxRobot robot) throws Exception {
        Viewport start = viewport();
        robot.clickOn("#map");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().getViewport().centerLongitude() > start.centerLongitude());
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.explore().graticuleLayer().shownProperty().get(), "G shows the graticule");
    }

    @Test
    @DisplayName("after a card is closed, M measures and G shows the grid: nothing is typed into the search box")
    void shortcutsAfterClosingACard(FxRobot robot) throws Exception {
        Viewport viewport = viewport();
        robot.interact(() -> window.map().showCardAt(viewport.screenX(46.4058), viewport.screenY(39.2076)));
        assertTrue(robot.lookup("#feature-card").query().isVisible(), "Kapan's card is open");
        robot.clickOn("#feature-card-close");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.M).type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#search-field").queryAs(javafx.scene.control.TextField.class).getText(),
                "no letter went into the search box");
        assertTrue(window.explore().measureLayer().activeProperty().get(), "M measures");
        assertTrue(window.explore().graticuleLayer().shownProperty().get(), "G shows the grid");
    }

    @Test
    @DisplayName("typing + and - in the search box types them and leaves the map's zoom as it was")
    void typingNeverFiresAShortcut(FxRobot robot) throws Exception {
        Viewport start = viewport();
        robot.clickOn("#search-field");
        robot.type(KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS, KeyCode.MINUS, KeyCode.SUBTRACT, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search-field").query().isFocused(), "the search box keeps the keys");
        assertEquals(start.zoom(), window.map().getViewport().zoom(), 1e-9, "the map did not zoom");
        assertTrue(!window.explore().measureLayer().activeProperty().get(), "m did not start measuring");
    }

    @Test
    @DisplayName("a double click on a country zooms in without opening its card")
    void doubleClickZoomsWithoutACard(FxRobot robot) throws Exception {
        Viewport start = viewport();
        Node card = window.map().card(); // in the scene from its first showing
        boolean[] opened = {false};
        robot.interact(() -> card.visibleProperty().addListener((o, was, now) -> opened[0] |= now));
        Node map = robot.lookup("#map").query();
        var point = map.localToScreen(start.screenX(47.0), start.screenY(40.3)); // inside Azerbaijan
        robot.doubleClickOn(point.getX(), point.getY(), javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().getViewport().zoom() > start.zoom() + 0.5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.map().cardPending());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!opened[0], "no card opened on the way");
    }

    /** The brightness of the window's picture just inside the histogram's top left corner. */
    private double histogramCorner(FxRobot robot, Node histogram) {
        double[] brightness = new double[1];
        robot.interact(() -> {
            // the window's own picture (its root paints the theme): the scene's may be cut short
            // when an earlier test class left the shared stage smaller than the window's layout
            javafx.geometry.Point2D corner = window.sceneToLocal(histogram.localToScene(3, 3));
            javafx.geometry.Bounds bounds = window.getLayoutBounds();
            javafx.scene.image.Image picture = window.snapshot(null, null);
            brightness[0] = picture.getPixelReader().getColor((int) (corner.getX() - bounds.getMinX()),
                    (int) (corner.getY() - bounds.getMinY())).getBrightness();
        });
        return brightness[0];
    }

    @Test
    @DisplayName("in the dark theme the timeline's histogram is dark and the legend's city dots stand out")
    void darkTimelineAndLegend(FxRobot robot) throws Exception {
        viewport();
        Node histogram = robot.lookup("#timeline-histogram").query();
        assertTrue(histogramCorner(robot, histogram) > 0.9, "light theme: a light histogram");
        robot.interact(() -> window.explore().setTheme(Theme.DARK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> histogramCorner(robot, histogram) < 0.3);

        javafx.scene.canvas.Canvas city = robot.lookup(".legend-row").match(n -> n instanceof javafx.scene.layout.HBox row
                && row.getChildren().stream().anyMatch(c -> c instanceof Label l && l.getText().startsWith("Capital")))
                .queryAs(javafx.scene.layout.HBox.class).lookupAll("Canvas").stream()
                .map(c -> (javafx.scene.canvas.Canvas) c).findFirst().orElseThrow();
        javafx.scene.image.Image[] swatch = new javafx.scene.image.Image[1];
        robot.interact(() -> {
            javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
            transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
            swatch[0] = city.snapshot(transparent, null);
        });
        boolean lightRing = false;
        for (int x = 0; x < (int) swatch[0].getWidth(); x++) {
            for (int y = 0; y < (int) swatch[0].getHeight(); y++) {
                javafx.scene.paint.Color c = swatch[0].getPixelReader().getColor(x, y);
                lightRing |= c.getOpacity() > 0.5 && c.getBrightness() > 0.8;
            }
        }
        assertTrue(lightRing, "the city dot has the map's white ring, so it shows on a dark panel");

        // a dark line swatch (the international border) lies on a light chip, not on the dark panel
        javafx.scene.canvas.Canvas border = robot.lookup(".legend-row").match(n -> n instanceof javafx.scene.layout.HBox row
                && row.getChildren().stream().anyMatch(c -> c instanceof Label l && l.getText().equals("International border")))
                .queryAs(javafx.scene.layout.HBox.class).lookupAll("Canvas").stream()
                .map(c -> (javafx.scene.canvas.Canvas) c).findFirst().orElseThrow();
        double[] line = new double[2];
        robot.interact(() -> {
            // the swatch's own picture over the panel's colour: the legend may reach below a small test stage
            javafx.scene.SnapshotParameters panel = new javafx.scene.SnapshotParameters();
            panel.setFill(javafx.scene.paint.Color.web("#0d1117"));
            javafx.scene.Parent chip = border.getParent();
            javafx.scene.image.Image picture = chip.snapshot(panel, null);
            javafx.geometry.Bounds bounds = chip.getLayoutBounds();
            javafx.geometry.Point2D corner = border.localToParent(1, 1);
            javafx.geometry.Point2D middle = border.localToParent(border.getWidth() / 2, border.getHeight() / 2);
            line[0] = picture.getPixelReader().getColor((int) (corner.getX() - bounds.getMinX()),
                    (int) (corner.getY() - bounds.getMinY())).getBrightness();
            line[1] = picture.getPixelReader().getColor((int) (middle.getX() - bounds.getMinX()),
                    (int) (middle.getY() - bounds.getMinY())).getBrightness();
        });
        assertTrue(line[0] > 0.8 && line[1] < line[0] - 0.3, "a light chip under a darker line: " + line[0] + ", " + line[1]);
    }
}
