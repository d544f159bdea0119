// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

/**
 * Spherical Web Mercator in "world pixels", the projection of slippy-map tiles and of Gluon Maps.
 *
 * <p>At zoom {@code z} the world is {@code 256 * 2^z} pixels wide and tall; x grows east from
 * longitude -180, y grows south from latitude {@link #MAX_LATITUDE}. Zoom may be fractional. The
 * formulas are the ones Gluon Maps' {@code BaseMap} uses, so vectors drawn with them sit exactly on
 * its tiles. Latitudes beyond ±{@link #MAX_LATITUDE} are clamped. Stateless and thread-safe.
 */
public final class WebMercator {

    /** Side of one tile in pixels. */
    public static final int TILE_SIZE = 256;

    /** The latitude where the square Web Mercator world ends, in degrees. */
    public static final double MAX_LATITUDE = 85.0511287798066;

    /** Mean Earth radius used by Web Mercator, in metres (WGS84 semi-major axis). */
    public static final double EARTH_RADIUS_M = 6378137.0;

    private WebMercator() {
    }

    /** World size in pixels at the given (possibly fractional) zoom. */
    public static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** World-pixel x of a longitude in degrees. */
    public static double worldX(double lon, double zoom) {
        return (lon + 180.0) / 360.0 * worldSize(zoom);
    }

    /** World-pixel y of a latitude in degrees (clamped to the Mercator limit). */
    public static double worldY(double lat, double zoom) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double rad = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * worldSize(zoom);
    }

    /** Longitude in degrees of a world-pixel x. */
    public static double longitude(double worldX, double zoom) {
        return worldX / worldSize(zoom) * 360.0 - 180.0;
    }

    /** Latitude in degrees of a world-pixel y. */
    public static double latitude(double worldY, double zoom) {
        double n = Math.PI - 2.0 * Math.PI * worldY / worldSize(zoom);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /**
     * Ground distance covered by one screen pixel at a latitude, in metres. This is the true scale of
     * a Mercator map there: it shrinks with the cosine of the latitude.
     */
    public static double metresPerPixel(double lat, double zoom) {
        return Math.cos(Math.toRadians(lat)) * 2 * Math.PI * EARTH_RADIUS_M / worldSize(zoom);
    }
}
