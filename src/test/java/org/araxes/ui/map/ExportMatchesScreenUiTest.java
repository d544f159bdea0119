// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.app.MainWindow;
import org.araxes.ui.app.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.araxes.export.ExportSize;
import org.araxes.export.ImageCompare;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export shows what the screen shows: a snapshot of the map node and a 1× export with the frame
 * off, at the same size, compared pixel by pixel, headless.
 *
 * <p>They are not drawn the same way underneath: the screen's basemap is 256-pixel tiles rendered at
 * whole zoom levels and scaled by Gluon Maps to the fractional zoom, the export rasterises the
 * basemap once at the exact zoom; vectors, labels and incidents go through the same renderers.
 * Tile scaling can move a coastline by a pixel and soften it, so edge pixels may differ.
 * Measured on this build (headless, software pipeline, 723×600 map at zoom 7.4 with the incidents of
 * 21 October 2022): 25 of 433,800 pixels (0.006 %) differ by more than 24 levels in a channel. The
 * test allows 0.5 %: eighty times the measured difference, for other pipelines' tile filtering,
 * yet a missing incident symbol, label or line (hundreds of pixels each) adds up past it quickly.
 */
@ExtendWith(ApplicationExtension.class)
class ExportMatchesScreenUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    private WritableImage snapshot(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(javafx.scene.paint.Color.WHITE);
            return node.snapshot(parameters, null);
        }).get();
    }

    @Test
    @DisplayName("a 1× export without the frame matches a snapshot of the map on screen (≥ 99.5 % of pixels within 24 levels)")
    void exportMatchesScreen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().getViewport() != null);
        // an incident-rich window and a zoom between whole levels, so tiles are scaled
        robot.interact(() -> {
            window.map().show(46.3, 39.2, 7.4);
            robot.lookup("#timeline-slider").queryAs(javafx.scene.control.Slider.class)
                    .setValue(LocalDate.of(2022, 10, 21).toEpochDay());
        });
        Node map = robot.lookup("#map").query();
        // wait until the layers have painted the view shown (not a moved picture) and the tiles have
        // come in: two snapshots a few pulses apart are the same
        AtomicReference<WritableImage> last = new AtomicReference<>(snapshot(map));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents(5);
            boolean settled = WaitForAsyncUtils.asyncFx(() -> window.map().isSettled()).get();
            WritableImage now = snapshot(map);
            boolean stable = settled && ImageCompare.differing(now, last.get(), 0) == 0;
            last.set(now);
            return stable;
        });
        WritableImage screen = last.get();
        int width = (int) screen.getWidth();
        int height = (int) screen.getHeight();
        assertEquals(Math.round(window.map().getViewport().width()), width, "the map node is the viewport's size");
        WritableImage export = WaitForAsyncUtils.asyncFx(() -> window.render(ExportSize.ofScreen(width, height, 1), null)).get();
        assertEquals(width, (int) export.getWidth());
        assertEquals(height, (int) export.getHeight());
        int differing = ImageCompare.differing(screen, export, 24);
        double share = differing / (double) (width * height);
        System.out.printf("export vs screen: %d of %d pixels (%.3f %%) differ by more than 24 levels%n",
                differing, width * height, 100 * share);
        assertTrue(share <= 0.005, String.format("%.3f %% of pixels differ", 100 * share));
    }
}
