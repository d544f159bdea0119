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
        Template t = Template.of(r, coreFraction, outlineWidth);
        // sector ends as angle fractions scaled to 0..65536
        long total = 0;
        for (int i = 0; i < sectors; i++) {
            total += weights[i];
        }
        int[] ends = new int[sectors];
        long sum = 0;
        for (int i = 0; i < sectors; i++) {
            sum += weights[i];
            ends[i] = (int) (sum * 65536 / Math.max(1, total));
        }
        ends[sectors - 1] = Integer.MAX_VALUE;
        int corePre = premultiply(coreColor);
        int outlinePre = premultiply(outlineColor);
        int[] sectorPre = new int[sectors];
        for (int i = 0; i < sectors; i++) {
            sectorPre[i] = premultiply(colors[i]);
        }
        int left = (int) Math.round(cx) - t.half;
        int top = (int) Math.round(cy) - t.half;
        int x0 = Math.max(0, left);
        int y0 = Math.max(0, top);
        int x1 = Math.min(width - 1, left + t.size - 1);
        int y1 = Math.min(height - 1, top + t.size - 1);
        if (x0 > x1 || y0 > y1) {
            return;
        }
        touch(x0, y0, x1, y1);
        for (int y = y0; y <= y1; y++) {
            int row = y * width;
            int trow = (y - top) * t.size - left;
            for (int x = x0; x <= x1; x++) {
                int k = trow + x;
                int cover = t.cover[k] & 0xff;
                int index = row + x;
                if (cover != 0) {
                    int zone = t.zone[k];
                    int color;
                    if (zone == CORE) {
                        color = corePre;
                    } else {
                        int angle = t.angle[k] & 0xffff;
                        int s = 0;
                        while (angle >= ends[s]) {
                            s++;
                        }
                        color = zone == SECTOR ? sectorPre[s] : lerpPre(sectorPre[s], corePre, (t.rim[k] & 0xff) / 255.0);
                    }
                    pixels[index] = overPre(pixels[index], color, cover == 255 ? 256 : cover);
                }
                int line = t.line[k] & 0xff;
                if (line != 0) {
                    pixels[index] = overPre(pixels[index], outlinePre, line == 255 ? 256 : line);
                }
            }
        }
    }

    /**
     * A translucent disc with a dashed outline (an incident's radius of doubt): fill over the disc,
     * then dashes of {@code dash} pixels with gaps of {@code gap} along the circle.
     */
    public void dashedCircle(double cx, double cy, double r, int fillColor, int strokeColor, double lineWidth,
                             double dash, double gap) {
        double half = lineWidth / 2;
        int x0 = Math.max(0, (int) Math.floor(cx - r - half - 1));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + r + half + 1));
        int y0 = Math.max(0, (int) Math.floor(cy - r - half - 1));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + r + half + 1));
        if (x0 > x1 || y0 > y1) {
            return;
        }
        touch(x0, y0, x1, y1);
        int fillPre = premultiply(fillColor);
        int strokePre = premultiply(strokeColor);
        double inner = Math.max(0, r - half - 1);
        double innerSq = inner * inner;
        double period = dash + gap;
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            int row = y * width;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double dSq = dx * dx + dy * dy;
                int index = row + x;
                if (dSq < innerSq) {
                    pixels[index] = overPre(pixels[index], fillPre, 256);
                    continue;
                }
                double d = Math.sqrt(dSq);
                double cover = Math.min(1, r + 0.5 - d);
                if (cover > 0) {
                    pixels[index] = overPre(pixels[index], fillPre, (int) (cover * 256));
                }
                double line = half + 0.5 - Math.abs(d - r);
                if (line > 0) {
                    double along = (Math.atan2(dy, dx) + Math.PI) * r;
                    if (along % period < dash) {
                        pixels[index] = overPre(pixels[index], strokePre, (int) (Math.min(1, line) * 256));
                    }
                }
            }
        }
    }

    private static final byte SECTOR = 0;
    private static final byte CORE = 1;
    private static final byte RIM = 2;

    /**
     * Per-pixel geometry of a cluster symbol of one radius (to a quarter pixel), worked out once:
     * disc coverage, outline coverage, core or sector or the rim between, and the angle.
     */
    private static final class Template {
        private static final java.util.Map<Long, Template> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        final int size;
        final int half;
        final byte[] cover;
        final byte[] line;
        final byte[] zone;
        final byte[] rim;
        final short[] angle;

        static Template of(double r, double coreFraction, double outlineWidth) {
            long key = (Math.round(r * 4) << 40) ^ (Math.round(coreFraction * 1000) << 20) ^ Math.round(outlineWidth * 100);
            return CACHE.computeIfAbsent(key, k -> new Template(Math.round(r * 4) / 4.0, coreFraction, outlineWidth));
        }

        private Template(double r, double coreFraction, double outlineWidth) {
            double halfLine = outlineWidth / 2;
            half = (int) Math.ceil(r + halfLine + 1);
            size = 2 * half + 1;
            cover = new byte[size * size];
            line = new byte[size * size];
            zone = new byte[size * size];
            rim = new byte[size * size];
            angle = new short[size * size];
            double core = r * coreFraction;
            for (int y = 0; y < size; y++) {
                double dy = y - half;
                for (int x = 0; x < size; x++) {
                    double dx = x - half;
                    int k = y * size + x;
                    double d = Math.sqrt(dx * dx + dy * dy);
                    cover[k] = (byte) Math.round(255 * Math.max(0, Math.min(1, r + 0.5 - d)));
                    line[k] = (byte) Math.round(255 * Math.max(0, Math.min(1, halfLine + 0.5 - Math.abs(d - r))));
                    double share = d - core + 0.5; // 0 inside the core, 1 in the ring
                    zone[k] = share <= 0 ? CORE : share >= 1 ? SECTOR : RIM;
                    rim[k] = (byte) Math.round(255 * Math.max(0, Math.min(1, share)));
                    double t = Math.atan2(-dx, -dy) / (2 * Math.PI);
                    angle[k] = (short) Math.min(65535, (int) ((t < 0 ? t + 1 : t) * 65536));
                }
            }
        }
    }

    /** A non-premultiplied colour, premultiplied. */
    static int premultiply(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb;
        }
        int r = ((argb >> 16) & 0xff) * a / 255;
        int g = ((argb >> 8) & 0xff) * a / 255;
        int b = (argb & 0xff) * a / 255;
        return (a << 24) | (r << 16) | (g << 8) | b;
    }

    /** Premultiplied colours a and b mixed: t = 0 gives b, 1 gives a. */
    private static int lerpPre(int a, int b, double t) {
        int w = (int) (Math.max(0, Math.min(1, t)) * 256);
        int r = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            int v = (((a >>> shift) & 0xff) * w + ((b >>> shift) & 0xff) * (256 - w)) >> 8;
            r |= v << shift;
        }
        return r;
    }

    /** A premultiplied source over a premultiplied destination at a coverage of 0–256. */
    private static int overPre(int dst, int src, int coverage) {
        if (coverage >= 256 && (src >>> 24) == 255) {
            return src;
        }
        int sa = ((src >>> 24) * coverage) >> 8;
        int keep = 255 - sa;
        int a = sa + ((dst >>> 24) * keep + 127) / 255;
        int r = ((((src >> 16) & 0xff) * coverage) >> 8) + (((dst >> 16) & 0xff) * keep + 127) / 255;
        int g = ((((src >> 8) & 0xff) * coverage) >> 8) + (((dst >> 8) & 0xff) * keep + 127) / 255;
        int b = (((src & 0xff) * coverage) >> 8) + ((dst & 0xff) * keep + 127) / 255;
        return (Math.min(255, a) << 24) | (Math.min(255, r) << 16) | (Math.min(255, g) << 8) | Math.min(255, b);
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
        int pre = premultiply(color);
        for (int py = y0; py <= y1; py++) {
            int maskRow = (py - y) * maskW - x;
            int row = py * width;
            for (int px = x0; px <= x1; px++) {
                int a = mask[maskRow + px] & 0xff;
                if (a != 0) {
                    pixels[row + px] = overPre(pixels[row + px], pre, a + (a >> 7));
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

}
