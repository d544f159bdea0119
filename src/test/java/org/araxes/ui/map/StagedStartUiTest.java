// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.app.MainWindow;
import org.araxes.ui.app.MainWindowFixture;
import org.araxes.ui.state.MainViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.araxes.geo.Viewport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start as the app does it: the map first, in the window's layout with empty panels, then the
 * main window built around the same map.
 */
@ExtendWith(ApplicationExtension.class)
class StagedStartUiTest {

    private Stage stage;
    private MainViewModel model;
    private AtlasMapView map;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = MainWindowFixture.model();
        map = MainWindow.mapFor(model);
        MainWindowFixture.showSkeleton(stage, map);
        map.home();
    }

    @Test
    @DisplayName("the map is drawn before the window is built, then moves into it at the same size")
    void mapFirstThenWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.getViewport() != null && map.labels().paintCount() > 0);
        Viewport early = MainWindowFixture.settledViewport(map);
        assertTrue(robot.lookup(".menu-bar").tryQuery().isEmpty(), "no menus yet: only the map is up");
        long paints = map.labels().paintCount();

        robot.interact(() -> stage.getScene().setRoot(new MainWindow(model, map)));
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        assertSame(map, window.map(), "the window shows the map already drawn");
        Viewport inWindow = MainWindowFixture.settledViewport(window);
        System.out.printf("staged start: map %.0fx%.0f alone, %.0fx%.0f in the window%n",
                early.width(), early.height(), inWindow.width(), inWindow.height());
        assertEquals(early.zoom(), inWindow.zoom(), 1e-9, "the view is kept");
        assertTrue(window.getTop() instanceof javafx.scene.control.MenuBar, "the menus are up");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> map.isSettled()).get());
        assertTrue(map.labels().paintCount() - paints <= 1,
                "moving into the window paints the map at most once more (a different size)");
    }
}
