// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Marker rasterising")
class MarkerRasterTest {

    private static final int RED = 0xffff0000;
    private static final int BLUE = 0xff0000ff;
    private static final int WHITE = 0xffffffff;
    private static final int BLACK = 0xff000000;

    private static MarkerRaster half(int redWeight, int blueWeight) {
        MarkerRaster raster = new MarkerRaster(60, 60);
        raster.cluster(30, 30, 20, new int[] {RED, BLUE}, new int[] {redWeight, blueWeight}, 2, 0.5, WHITE, BLACK, 1);
        return raster;
    }

    private static int at(MarkerRaster raster, int x, int y) {
        return raster.pixels()[y * raster.width() + x];
    }

    @Test
    @DisplayName("divides the ring by weight from the top, counter-clockwise, with a core in the middle")
    void sectors() {
        MarkerRaster raster = half(1, 1);
        assertEquals(WHITE, at(raster, 30, 30), "core");
        assertEquals(RED, at(raster, 15, 30), "left of centre: the first half, counter-clockwise from the top");
        assertEquals(BLUE, at(raster, 45, 30), "right of centre: the second half");
        assertEquals(0, at(raster, 2, 2), "outside stays transparent");
        assertEquals(0xff, at(raster, 30, 10) >>> 24, "the outline is opaque");
    }

    @Test
    @DisplayName("one sector fills the whole ring")
    void oneSector() {
        MarkerRaster raster = half(3, 0);
        assertEquals(RED, at(raster, 45, 30));
        assertEquals(RED, at(raster, 15, 30));
    }

    @Test
    @DisplayName("remembers the part drawn on, clipped to the picture")
    void dirty() {
        MarkerRaster raster = new MarkerRaster(50, 50);
        assertTrue(raster.isEmpty());
        raster.cluster(45, 45, 10, new int[] {RED}, new int[] {1}, 1, 0.5, WHITE, BLACK, 1);
        assertEquals(49, raster.dirtyMaxX());
        assertTrue(raster.dirtyMinX() >= 32 && raster.dirtyMinX() <= 34);
        raster.clear();
        assertTrue(raster.isEmpty());
    }

    @Test
    @DisplayName("draws glyph masks in a colour and refuses an empty picture")
    void masks() {
        MarkerRaster raster = new MarkerRaster(10, 10);
        raster.mask(2, 2, new byte[] {(byte) 255, 0, 0, (byte) 255}, 2, 2, BLACK);
        assertEquals(BLACK, at(raster, 2, 2));
        assertEquals(0, at(raster, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> new MarkerRaster(0, 5));
    }
}
