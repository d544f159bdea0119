// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.raster;

import java.util.Arrays;

/**
 * Map markers drawn straight into pixels: cluster rings divided by category with a white core and
 * an outline, and text from glyph masks, antialiased and composited "source over" into one
 * premultiplied ARGB buffer that the caller blits once. A thousand clusters cost a few milliseconds
 * here, against a few hundred as separate canvas arcs and texts on JavaFX's software pipeline.
 *
 * <p>Not thread-safe; one instance per picture. Colours are non-premultiplied {@code 0xAARRGGBB}.
 */
public final class MarkerRaster {

    private final int width;
    private final int height;
    private final int[] pixels;
    private int minX;
    private int minY;
    private int maxX;
    private int maxY;

    /** A transparent picture. */
    public MarkerRaster(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        minX = width;
        minY = height;
        maxX = -1;
        maxY = -1;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, premultiplied ARGB, row by row. */
    public int[] pixels() {
        return pixels;
    }

    /** True when nothing has been drawn. */
    public boolean isEmpty() {
        return maxX < minX;
    }

    /** Left edge of the part drawn on (inclusive). */
    public int dirtyMinX() {
        return minX;
    }

    /** Top edge of the part drawn on (inclusive). */
    public int dirtyMinY() {
        return minY;
    }

    /** Right edge of the part drawn on (inclusive). */
    public int dirtyMaxX() {
        return maxX;
    }

    /** Bottom edge of the part drawn on (inclusive). */
    public int dirtyMaxY() {
        return maxY;
    }

    /** Clears to transparent. */
    public void clear() {
        Arrays.fill(pixels, 0);
        minX = width;
        minY = height;
        maxX = -1;
        maxY = -1;
    }

    /**
     * A cluster symbol: a disc of radius {@code r} divided into sectors by share (clockwise on
     * screen from the top, as JavaFX arcs from 90° counter-clockwise), a core of radius
     * {@code coreFraction · r} in {@code coreColor}, and a one-pixel-wide outline of width
     * {@code outlineWidth} in {@code outlineColor}.
     *
     * @param colors  sector colours
     * @param weights sector weights (counts), same length as colors, summing to more than 0
     */
    public void cluster(double cx, double cy, double r, int[] colors, int[] weights, int sectors,
                        double coreFraction, int coreColor, int outlineColor, double outlineWidth) {
        double total = 0;
        for (int i = 0; i < sectors; i++) {
            total += weights[i];
        }
        double[] ends = new double[sectors];
        double sum = 0;
        for (int i = 0; i < sectors; i++) {
            sum += weights[i];
            ends[i] = sum / total;
        }
        double core = r * coreFraction;
        double half = outlineWidth / 2;
        int x0 = Math.max(0, (int) Math.floor(cx - r - half - 1));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + r + half + 1));
        int y0 = Math.max(0, (int) Math.floor(cy - r - half - 1));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + r + half + 1));
        if (x0 > x1 || y0 > y1) {
            return;
        }
        touch(x0, y0, x1, y1);
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            int row = y * width;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double d = Math.sqrt(dx * dx + dy * dy);
                double outer = r + 0.5 - d;
                if (outer <= -half - 0.5) {
                    continue;
                }
                int index = row + x;
                if (outer > 0) {
                    double coverage = Math.min(1, outer);
                    int color;
                    if (d < core + 0.5) {
                        color = coreColor;
                        double ringShare = Math.max(0, Math.min(1, d - core + 0.5));
                        if (ringShare > 0) {
                            color = mix(sectorColor(colors, ends, sectors, dx, dy), coreColor, 1 - ringShare);
                        }
                    } else {
                        color = sectorColor(colors, ends, sectors, dx, dy);
                    }
                    pixels[index] = over(pixels[index], color, coverage);
                }
                double line = half + 0.5 - Math.abs(d - r);
                if (line > 0) {
                    pixels[index] = over(pixels[index], outlineColor, Math.min(1, line));
                }
            }
        }
    }

    private static int sectorColor(int[] colors, double[] ends, int sectors, double dx, double dy) {
        if (sectors == 1) {
            return colors[0];
        }
        // angle from the top, counter-clockwise on screen (JavaFX arcs from 90°)
        double angle = fastAtan2(-dx, -dy); // 0 at the top, increasing towards the left
        double t = angle / (2 * Math.PI);
        if (t < 0) {
            t += 1;
        }
        for (int i = 0; i < sectors; i++) {
            if (t < ends[i]) {
                return colors[i];
            }
        }
        return colors[sectors - 1];
    }

    /** atan2 within about 0.005 rad, in −π..π. */
    static double fastAtan2(double y, double x) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax == 0 && ay == 0) {
            return 0;
        }
        double a = Math.min(ax, ay) / Math.max(ax, ay);
        double s = a * a;
        double r = ((-0.0464964749 * s + 0.15931422) * s - 0.327622764) * s * a + a;
        if (ay > ax) {
            r = Math.PI / 2 - r;
        }
        if (x < 0) {
            r = Math.PI - r;
        }
        return y < 0 ? -r : r;
    }

    /**
     * Draws an alpha mask (a glyph) in a colour with its top-left corner at (x, y).
     *
     * @param mask  coverage 0–255, row by row
     * @param maskW mask width
     * @param maskH mask height
     */
    public void mask(int x, int y, byte[] mask, int maskW, int maskH, int color) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width - 1, x + maskW - 1);
        int y1 = Math.min(height - 1, y + maskH - 1);
        if (x0 > x1 || y0 > y1) {
            return;
        }
        touch(x0, y0, x1, y1);
        for (int py = y0; py <= y1; py++) {
            int maskRow = (py - y) * maskW - x;
            int row = py * width;
            for (int px = x0; px <= x1; px++) {
                int a = mask[maskRow + px] & 0xff;
                if (a != 0) {
                    pixels[row + px] = over(pixels[row + px], color, a / 255.0);
                }
            }
        }
    }

    private void touch(int x0, int y0, int x1, int y1) {
        minX = Math.min(minX, x0);
        minY = Math.min(minY, y0);
        maxX = Math.max(maxX, x1);
        maxY = Math.max(maxY, y1);
    }

    /** Non-premultiplied a over b by t (0 = b, 1 = a), as non-premultiplied. */
    private static int mix(int a, int b, double t) {
        int r = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            double v = ((a >>> shift) & 0xff) * t + ((b >>> shift) & 0xff) * (1 - t);
            r |= ((int) Math.round(v)) << shift;
        }
        return r;
    }

    /** A premultiplied destination with a non-premultiplied source over it, at a coverage. */
    private static int over(int dst, int src, double coverage) {
        double sa = ((src >>> 24) / 255.0) * coverage;
        if (sa <= 0) {
            return dst;
        }
        double keep = 1 - sa;
        int a = (int) Math.round(sa * 255 + (dst >>> 24) * keep);
        int r = (int) Math.round(((src >> 16) & 0xff) * sa + ((dst >> 16) & 0xff) * keep);
        int g = (int) Math.round(((src >> 8) & 0xff) * sa + ((dst >> 8) & 0xff) * keep);
        int b = (int) Math.round((src & 0xff) * sa + (dst & 0xff) * keep);
        return (Math.min(255, a) << 24) | (Math.min(255, r) << 16) | (Math.min(255, g) << 8) | Math.min(255, b);
    }
}
