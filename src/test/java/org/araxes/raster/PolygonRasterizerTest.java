// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolygonRasterizerTest {

    private static final int RED = 0xFFFF0000;

    @Test
    @DisplayName("a pixel-aligned square fills exactly its pixels")
    void alignedSquare() {
        PolygonRasterizer raster = new PolygonRasterizer(10, 10);
        raster.fillRectangle(2, 3, 6, 8, RED);
        int filled = 0;
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                int pixel = raster.pixels()[y * 10 + x];
                boolean inside = x >= 2 && x < 6 && y >= 3 && y < 8;
                assertEquals(inside ? RED : 0, pixel, "pixel " + x + "," + y);
                filled += inside ? 1 : 0;
            }
        }
        assertEquals(20, filled);
    }

    @Test
    @DisplayName("a half-covered pixel gets half the alpha")
    void antiAliasedEdge() {
        PolygonRasterizer raster = new PolygonRasterizer(4, 4);
        raster.fillRectangle(0, 0, 1.5, 4, RED);
        int alpha = raster.pixels()[1] >>> 24;
        assertEquals(128, alpha, 2);
    }

    @Test
    @DisplayName("a hole stays empty (even-odd)")
    void hole() {
        PolygonRasterizer raster = new PolygonRasterizer(10, 10);
        raster.fillPolygon(new double[][] {
            {0, 0, 10, 0, 10, 10, 0, 10},
            {3, 3, 7, 3, 7, 7, 3, 7}}, RED);
        assertEquals(RED, raster.pixels()[1 * 10 + 1]);
        assertEquals(0, raster.pixels()[5 * 10 + 5]);
    }

    @Test
    @DisplayName("a triangle covers half its bounding box")
    void triangleArea() {
        PolygonRasterizer raster = new PolygonRasterizer(100, 100);
        raster.fillPolygon(new double[][] {{0, 0, 100, 0, 0, 100}}, RED);
        double coverage = 0;
        for (int pixel : raster.pixels()) {
            coverage += (pixel >>> 24) / 255.0;
        }
        assertEquals(5000, coverage, 60);
    }

    @Test
    @DisplayName("shapes beyond the buffer are clipped, not wrapped")
    void clipping() {
        PolygonRasterizer raster = new PolygonRasterizer(10, 10);
        raster.fillRectangle(-50, -50, 5, 200, RED);
        assertEquals(RED, raster.pixels()[0]);
        assertEquals(0, raster.pixels()[9]);
        assertTrue(raster.pixels()[99] == 0);
    }

    @Test
    @DisplayName("translucent colours composite over what is there")
    void blending() {
        int half = PolygonRasterizer.blend(0xFF0000FF, 0xFFFF0000, 128);
        assertEquals(0xFF, half >>> 24);
        assertEquals(128, (half >> 16) & 0xFF, 1);
        assertEquals(127, half & 0xFF, 1);
    }
}
