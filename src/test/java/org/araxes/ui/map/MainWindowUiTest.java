// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.app.MainWindow;
import org.araxes.ui.app.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.araxes.geo.Viewport;
import org.araxes.model.Atlas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, started headless, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    private Viewport viewport() throws Exception {
        return MainWindowFixture.settledViewport(window);
    }

    @Test
    @DisplayName("the map shows the Aras region at start")
    void mapShowsRegion(FxRobot robot) throws Exception {
        assertNotNull(robot.lookup("#map").query());
        Viewport viewport = viewport();
        assertTrue(viewport.visibleBounds().contains(46.4058, 39.2076), "Kapan is in view: " + viewport.visibleBounds());
        assertTrue(viewport.visibleBounds().contains(45.4129, 39.2089), "Nakhchivan city is in view");
        assertFalse(robot.lookup("#vectors").queryAll().isEmpty(), "the data layers' picture");
        assertTrue(window.map().vectorLayers().stream().anyMatch(l -> l.model().id().equals("countries")), "a layer per file");
        assertFalse(robot.lookup("#scale-bar-label").queryLabeled().getText().isBlank());
    }

    @Test
    @DisplayName("dragging the map pans it")
    void dragPans(FxRobot robot) throws Exception {
        Viewport before = viewport();
        Bounds map = robot.lookup("#map").query().localToScreen(robot.lookup("#map").query().getBoundsInLocal());
        double x = map.getMinX() + map.getWidth() / 2;
        double y = map.getMinY() + map.getHeight() / 2;
        robot.moveTo(x, y).press(MouseButton.PRIMARY).moveTo(x - 150, y - 80).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = window.map().getViewport();
        assertTrue(after.centerLongitude() > before.centerLongitude() + 0.1,
                "dragging left shows more of the east: " + before.centerLongitude() + " -> " + after.centerLongitude());
        assertTrue(after.centerLatitude() < before.centerLatitude() - 0.1, "dragging up shows more of the south");
    }

    @Test
    @DisplayName("arrow keys pan and + zooms in")
    void keyboard(FxRobot robot) throws Exception {
        Viewport before = viewport();
        robot.clickOn("#map");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().getViewport().centerLongitude() > before.centerLongitude());
        double zoom = window.map().getViewport().zoom();
        robot.type(KeyCode.PLUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom + 1, window.map().getViewport().zoom(), 1e-6);
    }

    @Test
    @DisplayName("the home button brings back the whole region after zooming in")
    void home(FxRobot robot) throws Exception {
        viewport();
        robot.interact(() -> window.map().show(45.4, 39.2, 11));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(11, window.map().getViewport().zoom(), 1e-6);
        robot.clickOn("#home-button");
        WaitForAsyncUtils.waitForFxEvents();
        Viewport home = window.map().getViewport();
        assertEquals(Viewport.fitting(Atlas.HOME_REGION, home.width(), home.height()).zoom(), home.zoom(), 1e-6);
        assertEquals(Atlas.HOME_REGION.centre().x, home.centerLongitude(), 1e-6);
    }

    @Test
    @DisplayName("unticking a layer hides it")
    void layerToggleHides(FxRobot robot) throws Exception {
        viewport();
        java.util.function.BooleanSupplier riverNamed = () -> window.map().placedNames().stream()
                .anyMatch(l -> l.text().contains("Aras"));
        assertTrue(riverNamed.getAsBoolean(), "the Aras is named while its layer shows");
        long paints = window.map().labels().paintCount();
        CheckBox toggle = robot.lookup("#toggle-rivers").queryAs(CheckBox.class);
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.map().labels().paintCount() > paints);
        assertFalse(riverNamed.getAsBoolean(), "no river name once the layer is hidden");
        assertFalse(window.map().vectorLayers().stream().filter(l -> l.model().id().equals("rivers")).findFirst().orElseThrow()
                .model().isVisible());
    }

    @Test
    @DisplayName("export writes a PNG of the asked size")
    void exportWritesPng(FxRobot robot, @TempDir Path folder) throws Exception {
        viewport();
        Path target = folder.resolve("view.png");
        robot.interact(() -> {
            try {
                window.export(target, 1200, 700);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(Files.size(target) > 10_000);
        var image = ImageIO.read(target.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(700, image.getHeight());
    }

    @Test
    @DisplayName("clicking a place opens its card with every name")
    void placeCard(FxRobot robot) throws Exception {
        Viewport viewport = viewport();
        var map = robot.lookup("#map").query();
        var screen = map.localToScreen(viewport.screenX(46.4058), viewport.screenY(39.2076));
        robot.clickOn(screen.getX(), screen.getY(), MouseButton.PRIMARY);
        // the card opens once no second click has come (a double click zooms instead)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#feature-card").tryQuery() // in the scene from its first showing
                .map(javafx.scene.Node::isVisible).orElse(false));
        assertEquals(viewport.zoom(), window.map().getViewport().zoom(), 1e-9, "a single click does not zoom");
        assertTrue(robot.lookup("#feature-card-title").queryLabeled().getText().startsWith("Kapan"));
        // the card's lines are laid in on the pulse after it shows (built when first shown, decision 0031)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".feature-card-line")
                .match(n -> n instanceof javafx.scene.control.Label l && l.getText().equals("Կապան")).queryAll().isEmpty());
        robot.from((javafx.scene.Node) robot.lookup("#feature-card").query()).lookup(".label")
                .queryAllAs(javafx.scene.control.Label.class)
                .forEach(l -> assertFalse(l.getText().contains(".txt"), "quotes are credited to a citation: " + l.getText()));
    }

    @Test
    @DisplayName("the pointer readout shows degrees and degrees-minutes-seconds")
    void pointerReadout(FxRobot robot) throws Exception {
        viewport();
        robot.moveTo("#map");
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#pointer-coordinates").queryLabeled().getText();
        assertTrue(text.matches("\\d+\\.\\d{4}° [NS], \\d+\\.\\d{4}° [EW] +\\d+°\\d\\d′\\d\\d″ [NS], \\d+°\\d\\d′\\d\\d″ [EW]"), text);
    }

    @Test
    @DisplayName("Help › About shows the credits as text for a reader, not the data folder's Markdown")
    void aboutShowsCredits(FxRobot robot) throws Exception {
        viewport();
        robot.interact(() -> MainWindowFixture.fireMenuItem(window, "menu-about"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about-credits").tryQuery().isPresent());
        java.util.List<String> texts = new java.util.ArrayList<>();
        robot.from((javafx.scene.Node) robot.lookup("#about-credits").query()).lookup(".label")
                .queryAllAs(javafx.scene.control.Label.class).forEach(l -> texts.add(l.getText()));
        String all = String.join("\n", texts);
        for (String markdown : new String[] {"|---", "###", "**", "`", "build.sh", "apt-get"}) {
            assertFalse(all.contains(markdown), "no Markdown or build steps: " + markdown);
        }
        for (String credit : window.model().credits()) {
            assertTrue(texts.contains(credit), "credits " + credit);
        }
        assertTrue(texts.contains("Countries, International borders"), texts::toString);
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != window.getScene().getWindow()).toList().forEach(javafx.stage.Window::hide));
    }
}
