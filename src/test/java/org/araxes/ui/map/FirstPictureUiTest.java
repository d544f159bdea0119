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
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The start's first picture: painted once, for the view the map opens at (here a saved view's
 * centre and zoom, as the user's last view gives it), covering the map only, with the controls
 * added only with the main window, into which the map moves without a paint; then painted with
 * its margin for pans.
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
        map.paintFirstPictureWithoutMargin(); // as the start does
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

        Viewport painted = WaitForAsyncUtils.asyncFx(() -> map.labels().paintedViewport()).get();
        assertEquals(shown.width(), painted.width(), 1e-9, "the first picture covers the map only, no margin");
        assertEquals(shown.height(), painted.height(), 1e-9);

        robot.interact(() -> stage.getScene().setRoot(new MainWindow(model, map)));
        Viewport inWindow = MainWindowFixture.settledViewport(map);
        assertEquals(inWindow.width(), map.labels().paintedViewport().width(), 1e-9,
                "in the whole window's first frames still no margin: the first seconds do not pan");
        robot.interact(map::widenPictures); // as the start does once the whole window is on screen
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> map.isSettled()
                && map.labels().paintedViewport().width() > inWindow.width()).get());
        Viewport widened = WaitForAsyncUtils.asyncFx(() -> map.labels().paintedViewport()).get();
        double width = WaitForAsyncUtils.asyncFx(() -> map.getViewport().width()).get();
        assertEquals(width + 2 * ViewportLayer.MARGIN, widened.width(), 1e-9, "then painted with its margin for pans");
        for (ViewportLayer overlay : map.overlays()) {
            if (overlay.cachesPicture()) { // the incidents; the graticule and measure layers paint every frame
                assertEquals(widened.width(), overlay.paintedViewport().width(), 1e-9, overlay.getClass().getSimpleName() + " too");
            }
        }
        long paints = map.labels().paintCount();
        robot.interact(map::widenPictures);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paints, map.labels().paintCount(), "a picture with its margin is not painted again");
        assertTrue(robot.lookup("#home-button").tryQuery().isPresent(), "the zoom buttons come with the window");
        assertTrue(map.card() != null, "the feature card comes with the window");
        assertTrue(robot.lookup("#feature-card").tryQuery().isEmpty(), "and joins the scene when first shown");
        assertEquals(ZOOM, MainWindowFixture.settledViewport(map).zoom(), 1e-9, "the window keeps the view");
    }
}
