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
        assertTrue(!robot.lookup("#feature-card").query().isVisible(), "measuring clicks do not open cards");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!layer.activeProperty().get() && layer.pointCount() == 0, "Esc ends and clears");
    }

    @Test
    @DisplayName("Settings ▸ Theme ▸ Dark applies AtlantaFX Primer Dark and the dark panel stylesheet")
    void darkTheme(FxRobot robot) throws Exception {
        viewport();
        robot.interact(() -> {
            for (var menu : ((javafx.scene.control.MenuBar) robot.lookup("#menu-bar").query()).getMenus()) {
                for (var item : menu.getItems()) {
                    if (item instanceof javafx.scene.control.Menu sub && "menu-theme".equals(sub.getId())) {
                        sub.getItems().stream().filter(i -> "theme-dark".equals(i.getId())).findFirst().orElseThrow().fire();
                    }
                }
            }
        });
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
}
