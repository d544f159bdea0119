// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

/**
 * A scale bar of a round length: 1, 2 or 5 times a power of ten metres, as long as possible
 * without passing a maximum number of pixels.
 *
 * @param metres    the ground length the bar stands for
 * @param pixels    the bar's length on screen
 * @param label     the length in words, for example {@code "50 km"} or {@code "500 m"}
 */
public record ScaleBar(double metres, double pixels, String label) {

    public ScaleBar {
        if (!(metres > 0) || !(pixels > 0)) {
            throw new IllegalArgumentException("a scale bar needs positive lengths");
        }
    }

    /**
     * The scale bar for a map at a latitude.
     *
     * @param metresPerPixel ground metres per screen pixel where the bar is drawn (see
     *                       {@link WebMercator#metresPerPixel}); positive
     * @param maxPixels      the longest the bar may be, in pixels; positive
     */
    public static ScaleBar forResolution(double metresPerPixel, double maxPixels) {
        if (!(metresPerPixel > 0) || !(maxPixels > 0)) {
            throw new IllegalArgumentException("resolution and width must be positive");
        }
        double maxMetres = metresPerPixel * maxPixels;
        double power = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        double metres = power;
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= maxMetres) {
                metres = step * power;
                break;
            }
        }
        return new ScaleBar(metres, metres / metresPerPixel, format(metres));
    }

    private static String format(double metres) {
        if (metres >= 1000) {
            double km = metres / 1000;
            return (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " km";
        }
        return (metres == Math.rint(metres) ? String.valueOf((long) metres) : String.valueOf(metres)) + " m";
    }
}
