// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a graticule (meridians and parallels) for a view: every 1° when zoomed out, every
 * 0.5° at middle zooms, every 0.1° when zoomed in, each with its label ("39°N", "46.5°E").
 * Plain values; the map draws them.
 */
public final class Graticule {

    private Graticule() {
    }

    /**
     * A graticule line.
     *
     * @param meridian true for a meridian (constant longitude), false for a parallel
     * @param value    its longitude or latitude in degrees
     * @param label    the label, such as "46°E" or "38.5°N"
     */
    public record Line(boolean meridian, double value, String label) {
        public Line {
            if (!Double.isFinite(value) || label == null || label.isBlank()) {
                throw new IllegalArgumentException("a graticule line needs a finite value and a label");
            }
        }
    }

    /** The spacing in degrees for a Web Mercator zoom level: 1° below 8, 0.5° below 10, else 0.1°. */
    public static double step(double zoom) {
        if (zoom < 8) {
            return 1;
        }
        return zoom < 10 ? 0.5 : 0.1;
    }

    /**
     * The lines crossing a lon/lat box at a spacing, meridians west to east then parallels south
     * to north. Values are whole multiples of the step (no drift: 46.3, not 46.30000000001).
     *
     * @throws IllegalArgumentException for a step that is not positive, or a box that would need
     *                                  more than 2,000 lines
     */
    public static List<Line> lines(double minLon, double minLat, double maxLon, double maxLat, double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("the step must be positive: " + step);
        }
        double south = Math.max(-85, minLat);
        double north = Math.min(85, maxLat);
        long firstLon = (long) Math.ceil(minLon / step - 1e-9);
        long lastLon = (long) Math.floor(maxLon / step + 1e-9);
        long firstLat = (long) Math.ceil(south / step - 1e-9);
        long lastLat = (long) Math.floor(north / step + 1e-9);
        if ((lastLon - firstLon) + (lastLat - firstLat) > 2000) {
            throw new IllegalArgumentException("too many graticule lines for step " + step);
        }
        List<Line> lines = new ArrayList<>();
        for (long i = firstLon; i <= lastLon; i++) {
            double lon = round(i * step);
            if (lon >= -180 && lon <= 180) {
                lines.add(new Line(true, lon, label(lon, step, "E", "W")));
            }
        }
        for (long i = firstLat; i <= lastLat; i++) {
            double lat = round(i * step);
            lines.add(new Line(false, lat, label(lat, step, "N", "S")));
        }
        return lines;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    /** "46°E", "38.5°N", "0°", with as many decimals as the step needs. */
    static String label(double value, double step, String positive, String negative) {
        int decimals = step >= 1 ? 0 : step >= 0.1 - 1e-9 ? 1 : 2;
        String number = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(value));
        if (decimals > 0 && number.endsWith("0") && Math.abs(value - Math.rint(value)) < 1e-9) {
            number = String.format(Locale.ROOT, "%.0f", Math.abs(value));
        }
        String hemisphere = value > 0 ? positive : value < 0 ? negative : "";
        return number + "°" + hemisphere;
    }
}
