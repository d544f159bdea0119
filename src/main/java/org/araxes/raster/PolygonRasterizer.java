// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.raster;

import java.util.Arrays;

/**
 * Fills polygons into an ARGB pixel buffer with anti-aliased edges, in plain Java so it runs on any
 * thread and needs no graphics toolkit.
 *
 * <p>Coverage is computed on four sub-scanlines per pixel row with exact horizontal span coverage,
 * which gives 4×N anti-aliasing at a fraction of supersampling's cost; the pixels a span covers
 * whole are summed once a row from the steps at its ends, so a row costs its width once however many
 * spans cross it. Rings of one polygon are
 * combined with the even-odd rule, so holes stay empty. Colours are non-premultiplied ARGB
 * ({@code 0xAARRGGBB}); drawing composites "source over". Not thread-safe: one rasteriser per thread.
 */
public final class PolygonRasterizer {

    private static final int SUBSAMPLES = 4;

    private final int width;
    private final int height;
    private final int[] pixels;
    /** Coverage of the current row's pixels by span ends, by sub-scanline (each adds up to 1/4). */
    private final float[] coverage;
    /** Steps of the whole-pixel coverage of the current row's spans, summed along the row. */
    private final float[] interior;

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
        this.interior = new float[width + 2];
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
     * Coordinates are in pixels; fractional edges are anti-aliased as {@link #fillPolygon} does
     * (four sub-scanlines a row, exact horizontal coverage), but rows are filled whole: the
     * basemap fills the map's whole picture with land this way before each paint.
     */
    public void fillRectangle(double x0, double y0, double x1, double y1, int argb) {
        if (!Double.isFinite(x0 + y0 + x1 + y1)) {
            return;
        }
        double left = Math.max(0, Math.min(x0, x1));
        double right = Math.min(width, Math.max(x0, x1));
        double top = Math.min(y0, y1);
        double bottom = Math.max(y0, y1);
        if (right <= left || top == bottom) {
            return;
        }
        int rowStart = Math.max(0, (int) Math.floor(top));
        int rowEnd = Math.min(height - 1, (int) Math.ceil(bottom));
        int first = (int) left;
        int last = Math.min(width - 1, (int) Math.ceil(right) - 1);
        int alpha = argb >>> 24;
        for (int row = rowStart; row <= rowEnd; row++) {
            int inside = 0;
            for (int s = 0; s < SUBSAMPLES; s++) {
                double sy = row + (s + 0.5) / SUBSAMPLES;
                if (sy >= top && sy < bottom) {
                    inside++;
                }
            }
            if (inside == 0) {
                continue;
            }
            float rowCoverage = (float) inside / SUBSAMPLES;
            int offset = row * width;
            if (first == last) {
                put(offset + first, argb, alpha, (float) (right - left) * rowCoverage);
                continue;
            }
            put(offset + first, argb, alpha, (float) (first + 1 - left) * rowCoverage);
            if (inside == SUBSAMPLES && alpha == 255) {
                Arrays.fill(pixels, offset + first + 1, offset + last, argb);
            } else {
                for (int x = first + 1; x < last; x++) {
                    put(offset + x, argb, alpha, rowCoverage);
                }
            }
            put(offset + last, argb, alpha, (float) (right - last) * rowCoverage);
        }
    }

    /** Composites a colour over one pixel with a coverage (clamped to 1; a trace is left alone). */
    private void put(int index, int argb, int alpha, float coverage) {
        float c = Math.min(1f, coverage);
        if (c > 0.002f) {
            pixels[index] = blend(pixels[index], argb, Math.round(alpha * c));
        }
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
                    // the pixels between are covered whole: a step up at first + 1, down at last,
                    // summed along the row below (one pass a row, not one a span)
                    interior[first + 1] += 1f / SUBSAMPLES;
                    interior[last] -= 1f / SUBSAMPLES;
                    coverage[last] += (float) ((right - last) / SUBSAMPLES);
                }
            }
            if (spanMax < 0) {
                continue;
            }
            int offset = row * width;
            float inner = 0;
            for (int x = spanMin; x <= spanMax; x++) {
                inner += interior[x];
                float c = coverage[x] + inner;
                if (c >= 1f && alpha == 255) {
                    pixels[offset + x] = argb;
                } else {
                    put(offset + x, argb, alpha, c);
                }
            }
            // only the touched cells are cleared (the step down at spanMax + 1 is never set)
            Arrays.fill(coverage, spanMin, spanMax + 1, 0f);
            Arrays.fill(interior, spanMin, spanMax + 2, 0f);
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
