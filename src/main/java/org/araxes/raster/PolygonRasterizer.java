// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.raster;

import java.util.Arrays;

/**
 * Fills polygons into an ARGB pixel buffer with anti-aliased edges, in plain Java so it runs on any
 * thread and needs no graphics toolkit.
 *
 * <p>Coverage is computed on four sub-scanlines per pixel row with exact horizontal span coverage,
 * which gives 4×N anti-aliasing at a fraction of supersampling's cost. Rings of one polygon are
 * combined with the even-odd rule, so holes stay empty. Colours are non-premultiplied ARGB
 * ({@code 0xAARRGGBB}); drawing composites "source over". Not thread-safe: one rasteriser per thread.
 */
public final class PolygonRasterizer {

    private static final int SUBSAMPLES = 4;

    private final int width;
    private final int height;
    private final int[] pixels;
    private final float[] coverage;

    // Edge table, reused between polygons.
    private double[] edgeX0 = new double[256];
    private double[] edgeY0 = new double[256];
    private double[] edgeX1 = new double[256];
    private double[] edgeY1 = new double[256];
    private int edgeCount;

    /**
     * A transparent buffer of the given size.
     *
     * @param width  pixels, positive
     * @param height pixels, positive
     */
    public PolygonRasterizer(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
        }
        if ((long) width * height > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("image too large: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        this.coverage = new float[width + 2];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row by row from the top left; the live buffer, not a copy. */
    public int[] pixels() {
        return pixels;
    }

    /**
     * Turns the pixels into premultiplied ARGB in place (what JavaFX draws without converting: an
     * image over them needs no copy) and returns them; the buffer is not drawn into after that.
     */
    public int[] toPremultiplied() {
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            int a = p >>> 24;
            if (a != 255) {
                pixels[i] = a == 0 ? 0 : (a << 24) | ((p >> 16 & 0xFF) * a / 255 << 16)
                        | ((p >> 8 & 0xFF) * a / 255 << 8) | ((p & 0xFF) * a / 255);
            }
        }
        return pixels;
    }

    /** Sets every pixel to a colour. */
    public void fill(int argb) {
        Arrays.fill(pixels, argb);
    }

    /**
     * Fills a rectangle (clipped to the buffer) with a colour, composited over what is there.
     * Coordinates are in pixels; fractional edges are anti-aliased.
     */
    public void fillRectangle(double x0, double y0, double x1, double y1, int argb) {
        fillPolygon(new double[][] {{x0, y0, x1, y0, x1, y1, x0, y1}}, argb);
    }

    /**
     * Fills one polygon. Each ring is an array of screen coordinates {@code x0, y0, x1, y1, …}; rings
     * are closed implicitly; the first ring is the shell and the others holes, combined even-odd.
     */
    public void fillPolygon(double[][] rings, int argb) {
        edgeCount = 0;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] ring : rings) {
            int points = ring.length / 2;
            if (points < 3) {
                continue;
            }
            for (int i = 0; i < points; i++) {
                int j = (i + 1) % points;
                double ax = ring[2 * i];
                double ay = ring[2 * i + 1];
                double bx = ring[2 * j];
                double by = ring[2 * j + 1];
                if (ay == by || !Double.isFinite(ax + ay + bx + by)) {
                    continue;
                }
                if (ay < by) {
                    addEdge(ax, ay, bx, by);
                } else {
                    addEdge(bx, by, ax, ay);
                }
                minY = Math.min(minY, Math.min(ay, by));
                maxY = Math.max(maxY, Math.max(ay, by));
            }
        }
        if (edgeCount == 0) {
            return;
        }
        int rowStart = Math.max(0, (int) Math.floor(minY));
        int rowEnd = Math.min(height - 1, (int) Math.ceil(maxY));
        sortEdgesByTop();
        int[] active = new int[edgeCount];
        double[] crossings = new double[edgeCount];
        int nextEdge = 0;
        int activeCount = 0;
        int alpha = argb >>> 24;
        for (int row = rowStart; row <= rowEnd; row++) {
            Arrays.fill(coverage, 0f);
            int spanMin = width;
            int spanMax = -1;
            for (int s = 0; s < SUBSAMPLES; s++) {
                double sy = row + (s + 0.5) / SUBSAMPLES;
                while (nextEdge < edgeCount && edgeY0[nextEdge] <= sy) {
                    active[activeCount++] = nextEdge++;
                }
                int crossingCount = 0;
                int kept = 0;
                for (int a = 0; a < activeCount; a++) {
                    int e = active[a];
                    if (edgeY1[e] <= sy) {
                        continue; // edge ended above this sub-scanline: drop it
                    }
                    active[kept++] = e;
                    if (edgeY0[e] <= sy) {
                        double t = (sy - edgeY0[e]) / (edgeY1[e] - edgeY0[e]);
                        crossings[crossingCount++] = edgeX0[e] + t * (edgeX1[e] - edgeX0[e]);
                    }
                }
                activeCount = kept;
                Arrays.sort(crossings, 0, crossingCount);
                for (int c = 0; c + 1 < crossingCount; c += 2) {
                    double left = Math.max(0, crossings[c]);
                    double right = Math.min(width, crossings[c + 1]);
                    if (right <= left) {
                        continue;
                    }
                    int first = (int) left;
                    int last = Math.min(width - 1, (int) Math.ceil(right) - 1);
                    spanMin = Math.min(spanMin, first);
                    spanMax = Math.max(spanMax, last);
                    if (first == last) {
                        coverage[first] += (float) ((right - left) / SUBSAMPLES);
                        continue;
                    }
                    coverage[first] += (float) ((first + 1 - left) / SUBSAMPLES);
                    for (int x = first + 1; x < last; x++) {
                        coverage[x] += 1f / SUBSAMPLES;
                    }
                    coverage[last] += (float) ((right - last) / SUBSAMPLES);
                }
            }
            int offset = row * width;
            for (int x = spanMin; x <= spanMax; x++) {
                float c = Math.min(1f, coverage[x]);
                if (c > 0.002f) {
                    pixels[offset + x] = blend(pixels[offset + x], argb, Math.round(alpha * c));
                }
            }
        }
    }

    private void addEdge(double x0, double y0, double x1, double y1) {
        if (edgeCount == edgeX0.length) {
            int size = edgeCount * 2;
            edgeX0 = Arrays.copyOf(edgeX0, size);
            edgeY0 = Arrays.copyOf(edgeY0, size);
            edgeX1 = Arrays.copyOf(edgeX1, size);
            edgeY1 = Arrays.copyOf(edgeY1, size);
        }
        edgeX0[edgeCount] = x0;
        edgeY0[edgeCount] = y0;
        edgeX1[edgeCount] = x1;
        edgeY1[edgeCount] = y1;
        edgeCount++;
    }

    private void sortEdgesByTop() {
        Integer[] order = new Integer[edgeCount];
        for (int i = 0; i < edgeCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(edgeY0[a], edgeY0[b]));
        double[] x0 = new double[edgeCount];
        double[] y0 = new double[edgeCount];
        double[] x1 = new double[edgeCount];
        double[] y1 = new double[edgeCount];
        for (int i = 0; i < edgeCount; i++) {
            x0[i] = edgeX0[order[i]];
            y0[i] = edgeY0[order[i]];
            x1[i] = edgeX1[order[i]];
            y1[i] = edgeY1[order[i]];
        }
        System.arraycopy(x0, 0, edgeX0, 0, edgeCount);
        System.arraycopy(y0, 0, edgeY0, 0, edgeCount);
        System.arraycopy(x1, 0, edgeX1, 0, edgeCount);
        System.arraycopy(y1, 0, edgeY1, 0, edgeCount);
    }

    /** "Source over" of a colour with the given alpha (0–255) onto a non-premultiplied pixel. */
    static int blend(int destination, int colour, int alpha) {
        if (alpha <= 0) {
            return destination;
        }
        int destinationAlpha = destination >>> 24;
        if (alpha >= 255 || destinationAlpha == 0) {
            return (alpha << 24) | (colour & 0xFFFFFF);
        }
        int outAlpha = alpha + destinationAlpha * (255 - alpha) / 255;
        int r = channel(colour >> 16, destination >> 16, alpha, destinationAlpha, outAlpha);
        int g = channel(colour >> 8, destination >> 8, alpha, destinationAlpha, outAlpha);
        int b = channel(colour, destination, alpha, destinationAlpha, outAlpha);
        return (outAlpha << 24) | (r << 16) | (g << 8) | b;
    }

    private static int channel(int source, int destination, int alpha, int destinationAlpha, int outAlpha) {
        int s = source & 0xFF;
        int d = destination & 0xFF;
        return Math.min(255, (s * alpha + d * destinationAlpha * (255 - alpha) / 255) / Math.max(1, outAlpha));
    }
}
