// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The zoom picture samples the canvas's pixels where the scaled canvas would show them. */
@ExtendWith(ApplicationExtension.class)
class ZoomPictureTest {

    /** A 40×20 canvas: left half red, right half blue, a green 4×4 square at (8, 8). */
    private static Canvas canvas() {
        Canvas canvas = new Canvas(40, 20);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.setFill(Color.BLUE);
        g.fillRect(20, 0, 20, 20);
        g.setFill(Color.LIME);
        g.fillRect(8, 8, 4, 4);
        return canvas;
    }

    @Test
    void samplesNearestPixelOfTheScaledPicture() throws Exception {
        Image image = WaitForAsyncUtils.asyncFx(() -> {
            ZoomPicture picture = new ZoomPicture();
            // canvas pixel c shows at map pixel 2c − 10 on a 60×30 map
            picture.show(canvas(), 2, -10, -10, 60, 30);
            assertTrue(picture.isShown());
            return picture.view().getImage();
        }).get();
        assertEquals(60, image.getWidth());
        assertEquals(30, image.getHeight());
        var pixels = image.getPixelReader();
        // map (0, 0) ← canvas (5, 5): red; map (30, 4) ← canvas (20, 7): blue
        assertEquals(Color.RED, pixels.getColor(0, 0));
        assertEquals(Color.BLUE, pixels.getColor(30, 4));
        assertEquals(Color.RED, pixels.getColor(29, 4), "canvas x 19.75 is still red");
        // the green square, canvas (8..12, 8..12), lands on map (6..14, 6..14)
        assertEquals(Color.LIME, pixels.getColor(6, 6));
        assertEquals(Color.LIME, pixels.getColor(13, 13));
        assertEquals(Color.RED, pixels.getColor(14, 14));
        assertEquals(Color.BLUE, pixels.getColor(59, 29), "map (59, 29) ← canvas (34.75, 19.75)");
    }

    @Test
    void leavesWhatThePictureDoesNotCoverTransparent() throws Exception {
        Image image = WaitForAsyncUtils.asyncFx(() -> {
            ZoomPicture picture = new ZoomPicture();
            // zoomed out: canvas pixel c shows at map pixel c / 2 + 10
            picture.show(canvas(), 0.5, 10, 10, 60, 30);
            return picture.view().getImage();
        }).get();
        var pixels = image.getPixelReader();
        assertEquals(0, pixels.getColor(5, 5).getOpacity(), 1e-9, "left of and above the picture");
        assertEquals(Color.RED, pixels.getColor(12, 12));
        assertEquals(Color.BLUE, pixels.getColor(28, 12));
        assertEquals(0, pixels.getColor(31, 12).getOpacity(), 1e-9, "right of the picture (canvas x 42.5)");
        assertEquals(0, pixels.getColor(12, 21).getOpacity(), 1e-9, "below the picture (canvas y 23)");
    }
}
