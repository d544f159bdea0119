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

    @Test
    @DisplayName("filled rows and rectangles equal a pixel-by-pixel sum of every sub-scanline's coverage")
    void sameAsPerPixelCoverage() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int width = 1 + random.nextInt(60);
            int height = 1 + random.nextInt(40);
            int colour = trial % 3 == 0 ? 0x80336699 : 0xFF000000 | random.nextInt(0x1000000);
            PolygonRasterizer raster = new PolygonRasterizer(width, height);
            raster.fill(0xFFF4F1EA);
            int[] expected = raster.pixels().clone();
            double[][] rings;
            if (trial % 2 == 0) {
                double x0 = random.nextDouble() * (width + 20) - 10;
                double y0 = random.nextDouble() * (height + 20) - 10;
                double x1 = random.nextDouble() * (width + 20) - 10;
                double y1 = random.nextDouble() * (height + 20) - 10;
                raster.fillRectangle(x0, y0, x1, y1, colour);
                rings = new double[][] {{x0, y0, x1, y0, x1, y1, x0, y1}};
            } else {
                int points = 3 + random.nextInt(12);
                double[] ring = new double[2 * points];
                for (int i = 0; i < ring.length; i += 2) {
                    ring[i] = random.nextDouble() * (width + 20) - 10;
                    ring[i + 1] = random.nextDouble() * (height + 20) - 10;
                }
                rings = new double[][] {ring};
                raster.fillPolygon(rings, colour);
            }
            fillPixelByPixel(expected, width, height, rings, colour);
            for (int i = 0; i < expected.length; i++) {
                for (int shift = 0; shift < 32; shift += 8) {
                    int want = expected[i] >>> shift & 0xFF;
                    int got = raster.pixels()[i] >>> shift & 0xFF;
                    assertEquals(want, got, 1, "trial " + trial + ", pixel " + i % width + "," + i / width);
                }
            }
        }
    }

    /**
     * The reference: each sub-scanline's spans (even-odd) added to each pixel they cross, pixel by
     * pixel, then composited as the rasteriser does.
     */
    private static void fillPixelByPixel(int[] pixels, int width, int height, double[][] rings, int colour) {
        for (int row = 0; row < height; row++) {
            float[] coverage = new float[width];
            for (int s = 0; s < 4; s++) {
                double sy = row + (s + 0.5) / 4;
                java.util.List<Double> crossings = new java.util.ArrayList<>();
                for (double[] ring : rings) {
                    int n = ring.length / 2;
                    for (int i = 0; i < n; i++) {
                        int j = (i + 1) % n;
                        double ay = ring[2 * i + 1];
                        double by = ring[2 * j + 1];
                        double top = Math.min(ay, by);
                        double bottom = Math.max(ay, by);
                        if (ay != by && top <= sy && sy < bottom) {
                            double t = (sy - ay) / (by - ay);
                            crossings.add(ring[2 * i] + t * (ring[2 * j] - ring[2 * i]));
                        }
                    }
                }
                java.util.Collections.sort(crossings);
                for (int c = 0; c + 1 < crossings.size(); c += 2) {
                    for (int x = 0; x < width; x++) {
                        double overlap = Math.min(x + 1, crossings.get(c + 1)) - Math.max(x, crossings.get(c));
                        if (overlap > 0) {
                            coverage[x] += (float) (overlap / 4);
                        }
                    }
                }
            }
            for (int x = 0; x < width; x++) {
                float c = Math.min(1f, coverage[x]);
                if (c > 0.002f) {
                    pixels[row * width + x] = PolygonRasterizer.blend(pixels[row * width + x], colour,
                            Math.round((colour >>> 24) * c));
                }
            }
        }
    }
}
