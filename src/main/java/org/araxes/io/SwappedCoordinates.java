// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Notices points whose latitude and longitude were probably given the wrong way round, judged
 * against the file's own extent rather than any fixed region: Moscow in a file of world capitals is
 * not suspect, a point at (39.2, 46.0) among points around (46, 39) is.
 *
 * <p>Every point of a file is added as it is read (12 bytes each: two floats and a key the caller
 * chooses, such as a feature index or a line number). The file's extent is then taken robustly:
 * the lower and upper quartile of longitudes and of latitudes (from histograms of 0.1°, one pass),
 * widened by 1.5 times the spread between them plus a degree (Tukey's fences). A point is flagged
 * when it lies outside that box and its swapped coordinates lie inside it. Files of fewer than
 * {@link #MIN_POINTS} points flag nothing: there is no extent to judge by.
 *
 * <p>Not thread-safe; one instance per read.
 */
public final class SwappedCoordinates {

    /** Fewest points that give a file an extent of its own. */
    public static final int MIN_POINTS = 4;

    private static final int BINS_PER_DEGREE = 10;

    private float[] lons = new float[64];
    private float[] lats = new float[64];
    private long[] keys = new long[64];
    private int size;

    /** Adds one point (longitude, latitude in degrees, already in range) with the caller's key. */
    public void add(double lon, double lat, long key) {
        if (size == lons.length) {
            int grown = size + (size >> 1);
            lons = Arrays.copyOf(lons, grown);
            lats = Arrays.copyOf(lats, grown);
            keys = Arrays.copyOf(keys, grown);
        }
        lons[size] = (float) lon;
        lats[size] = (float) lat;
        keys[size] = key;
        size++;
    }

    /** A point found suspect: the caller's key and its coordinates as read. */
    public record Suspect(long key, double lon, double lat) {
        /** The warning for it, in plain words. */
        public String message() {
            return "coordinates (longitude " + round(lon) + ", latitude " + round(lat) + ") look swapped: read the other"
                    + " way round they fall among the file's other points; check that longitude comes first";
        }

        private static double round(double v) {
            return Math.round(v * 1e4) / 1e4; // kept as float: 4 decimals are what it holds
        }
    }

    /** The points that look swapped for this file's extent, in the order they were added. */
    public List<Suspect> suspects() {
        List<Suspect> suspects = new ArrayList<>();
        if (size < MIN_POINTS) {
            return suspects;
        }
        double[] lonFence = fences(lons, 180);
        double[] latFence = fences(lats, 90);
        for (int i = 0; i < size; i++) {
            float lon = lons[i];
            float lat = lats[i];
            boolean inside = lon >= lonFence[0] && lon <= lonFence[1] && lat >= latFence[0] && lat <= latFence[1];
            boolean swappedInside = lat >= lonFence[0] && lat <= lonFence[1] && lon >= latFence[0] && lon <= latFence[1];
            if (!inside && swappedInside) {
                suspects.add(new Suspect(keys[i], lon, lat));
            }
        }
        return suspects;
    }

    /** The low and high fence of one coordinate: quartiles from a histogram, widened. */
    private double[] fences(float[] values, int limit) {
        int[] bins = new int[2 * limit * BINS_PER_DEGREE + 1];
        for (int i = 0; i < size; i++) {
            int bin = (int) Math.floor((values[i] + limit) * BINS_PER_DEGREE);
            bins[Math.max(0, Math.min(bins.length - 1, bin))]++;
        }
        double low = quantile(bins, size / 4.0, limit);
        double high = quantile(bins, size * 3 / 4.0, limit) + 1.0 / BINS_PER_DEGREE;
        double spread = high - low;
        return new double[] {low - 1.5 * spread - 1, high + 1.5 * spread + 1};
    }

    private static double quantile(int[] bins, double rank, int limit) {
        long seen = 0;
        for (int b = 0; b < bins.length; b++) {
            seen += bins[b];
            if (seen > rank) {
                return (double) b / BINS_PER_DEGREE - limit;
            }
        }
        return limit;
    }
}
