// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.app.MainWindow;
import org.araxes.ui.app.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.araxes.geo.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map keeps the picture of its data layers while it pans and zooms a little, paints again when
 * the picture no longer covers the map, and paints the view shown once the map stands still.
 * The settle delay is lengthened to 2 s here so the checks in between cannot race it.
 */
@ExtendWith(ApplicationExtension.class)
class MapPictureUiTest {

    private MainWindow window;

    @BeforeAll
    static void slowSettle() {
        System.setProperty("araxes.map.settle", "2000");
    }

    @AfterAll
    static void normalSettle() {
        System.clearProperty("araxes.map.settle");
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    private VectorsMapLayer vectors() {
        return window.map().labels();
    }

    /** Where a canvas pixel of the data layers' picture shows on the map. */
    private Point2D onMap(double x, double y) {
        Node canvas = vectors().getChildrenUnmodifiable().get(0);
        return canvas.localToParent(x, y);
    }

    /** Waits until the map has left a viewport and then held still for 300 ms (well within the settle delay). */
    private void waitForViewport(Viewport before) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.map().getViewport().equals(before));
        MainWindowFixture.settledViewport(window);
    }

    @Test
    @DisplayName("a pan inside the margin moves the picture; a zoom is scaled; a long pan or a zoom past 2× paints; rest paints the view")
    void keepsPictureWhilePanning(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        // the start's jump to the whole region scales the first picture until the map settles
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.map().isSettled()).get());
        Viewport start = window.map().getViewport();
        long paints = vectors().paintCount();
        double[] area = vectors().mapArea();
        assertEquals(ViewportLayer.MARGIN, area[0], 1e-9, "painted with a margin");
        Point2D corner = onMap(area[0], area[1]);
        assertEquals(0, corner.getX(), 1e-6, "the painted map area lies on the map");
        assertEquals(0, corner.getY(), 1e-6);

        robot.interact(() -> window.map().panBy(40, 20));
        waitForViewport(start);
        assertEquals(paints, vectors().paintCount(), "a 40 px pan does not paint");
        Point2D moved = onMap(area[0], area[1]);
        assertEquals(-40, moved.getX(), 1e-6, "the picture moved with the map");
        assertEquals(-20, moved.getY(), 1e-6);

        Viewport panned = window.map().getViewport();
        robot.interact(() -> window.map().zoomAtCentre(0.25));
        waitForViewport(panned);
        assertEquals(paints, vectors().paintCount(), "a quarter-level zoom scales the picture");
        double scale = Math.pow(2, 0.25);
        Point2D a = onMap(0, 0);
        Point2D b = onMap(100, 0);
        assertEquals(100 * scale, b.getX() - a.getX(), 1e-4, "scaled by 2^0.25");

        Viewport zoomedIn = window.map().getViewport();
        robot.interact(() -> window.map().zoomAtCentre(-0.5));
        waitForViewport(zoomedIn);
        assertEquals(paints, vectors().paintCount(), "zooming out to 2^-0.25 of the picture still scales it");
        Viewport zoomedOut = window.map().getViewport();
        robot.interact(() -> window.map().zoomAtCentre(1.5));
        waitForViewport(zoomedOut);
        assertEquals(paints + 1, vectors().paintCount(), "zooming in past 2× the picture paints");
        paints = vectors().paintCount();

        Viewport zoomed = window.map().getViewport();
        robot.interact(() -> window.map().panBy(600, 0));
        waitForViewport(zoomed);
        assertTrue(vectors().paintCount() > paints, "a pan past the margin paints");
        long afterLongPan = vectors().paintCount();
        Viewport far = window.map().getViewport();
        assertEquals(far.zoom(), vectors().paintedViewport().zoom(), 1e-9, "painted at the new zoom");

        robot.interact(() -> window.map().panBy(-30, 0));
        waitForViewport(far);
        assertEquals(afterLongPan, vectors().paintCount());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vectors().paintCount() > afterLongPan);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D rest = onMap(vectors().mapArea()[0], vectors().mapArea()[1]);
        assertArrayEquals(new double[] {0, 0}, new double[] {rest.getX(), rest.getY()}, 1e-6,
                "at rest the picture is painted for the view shown");
    }

    @Test
    @DisplayName("the margin shrinks so the canvas stays within 8192 device pixels")
    void marginWithinTextureLimit() {
        assertEquals(256, ViewportLayer.marginFor(new Viewport(6, 0, 0, 1920, 1080), 1), 1e-9);
        assertEquals(256, ViewportLayer.marginFor(new Viewport(6, 0, 0, 3840, 2160), 1), 1e-9, "a 4K projector");
        // 3840 px at 200 %: 8192 / 2 = 4096 px of canvas, so 128 px each side
        assertEquals(128, ViewportLayer.marginFor(new Viewport(6, 0, 0, 3840, 2160), 2), 1e-9);
        assertEquals(0, ViewportLayer.marginFor(new Viewport(6, 0, 0, 7680, 4320), 2), 1e-9);
    }
}
