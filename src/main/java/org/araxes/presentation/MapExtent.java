// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

/**
 * What part of the map a view shows: a centre and a zoom level, or a box to fit into the window
 * (which keeps the same ground in view on any screen).
 */
public sealed interface MapExtent permits MapExtent.Centre, MapExtent.Box {

    /**
     * A centre point and a Web Mercator zoom level.
     *
     * @param lon  longitude of the centre, −180..180
     * @param lat  latitude of the centre, −85..85
     * @param zoom zoom level, 0..20
     */
    record Centre(double lon, double lat, double zoom) implements MapExtent {
        public Centre {
            check(lon, -180, 180, "longitude");
            check(lat, -85.06, 85.06, "latitude");
            check(zoom, 0, 20, "zoom");
        }

        /**
         * The centre of a map that may have been panned past the antimeridian or zoomed past the
         * limits: the longitude wrapped into −180..180 (426.7 is 66.7), the latitude and zoom
         * clamped to their ranges; NaN or infinite values give the centre of the world.
         */
        public static Centre onMap(double lon, double lat, double zoom) {
            double wrapped = !Double.isFinite(lon) ? 0 : lon >= -180 && lon <= 180 ? lon : ((lon + 180) % 360 + 360) % 360 - 180;
            return new Centre(wrapped, Double.isFinite(lat) ? Math.max(-85.06, Math.min(85.06, lat)) : 0,
                    Double.isFinite(zoom) ? Math.max(0, Math.min(20, zoom)) : 0);
        }
    }

    /**
     * A lon/lat box, fitted into the window when shown.
     *
     * @param west  western longitude
     * @param south southern latitude
     * @param east  eastern longitude, east of {@code west}
     * @param north northern latitude, north of {@code south}
     */
    record Box(double west, double south, double east, double north) implements MapExtent {
        public Box {
            check(west, -180, 180, "west");
            check(east, -180, 180, "east");
            check(south, -85.06, 85.06, "south");
            check(north, -85.06, 85.06, "north");
            if (east <= west || north <= south) {
                throw new IllegalArgumentException("the box is empty: west " + west + ", south " + south
                        + ", east " + east + ", north " + north + " (west must be less than east, south less than north)");
            }
        }

        /** The centre of the box (plain average of the corners). */
        public double centreLon() {
            return (west + east) / 2;
        }

        /** The centre latitude of the box. */
        public double centreLat() {
            return (south + north) / 2;
        }
    }

    private static void check(double value, double min, double max, String what) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(what + " " + value + " is outside " + min + ".." + max);
        }
    }
}
