// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

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
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The start's first picture: painted once, for the view the map opens at (here a saved view's
 * centre and zoom, as the user's last view gives it), with the controls added only with the main
 * window.
 */
@ExtendWith(ApplicationExtension.class)
class FirstPictureUiTest {

    private static final double LON = 45.75;
    private static final double LAT = 39.45;
    private static final double ZOOM = 9.25;

    private Stage stage;
    private MainViewModel model;
    private AtlasMapView map;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = MainWindowFixture.model();
        map = MainWindow.mapFor(model);
        map.showFirst(() -> map.show(LON, LAT, ZOOM));
        MainWindowFixture.showSkeleton(stage, map);
    }

    @Test
    @DisplayName("the first picture is painted once, for the view the map opens at, before the controls exist")
    void firstPictureIsOfTheOpeningView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> map.hasDrawn()).get());
        Viewport shown = WaitForAsyncUtils.asyncFx(() -> map.getViewport()).get();
        assertEquals(ZOOM, shown.zoom(), 1e-9, "opened at the given zoom");
        assertEquals(LON, shown.centerLongitude(), 1e-6);
        assertEquals(LAT, shown.centerLatitude(), 1e-6);
        assertEquals(1, map.labels().paintCount(), "one paint: not a default view painted first and replaced");
        assertTrue(robot.lookup("#home-button").tryQuery().isEmpty(), "no zoom buttons before the main window");
        assertTrue(robot.lookup("#feature-card").tryQuery().isEmpty(), "no feature card before the main window");
        assertFalse(map.showCardAt(shown.width() / 2, shown.height() / 2), "no card to open yet");

        robot.interact(() -> stage.getScene().setRoot(new MainWindow(model, map)));
        assertTrue(robot.lookup("#home-button").tryQuery().isPresent(), "the zoom buttons come with the window");
        assertTrue(robot.lookup("#feature-card").tryQuery().isPresent(), "the feature card comes with the window");
        assertEquals(ZOOM, MainWindowFixture.settledViewport(map).zoom(), 1e-9, "the window keeps the view");
    }
}
