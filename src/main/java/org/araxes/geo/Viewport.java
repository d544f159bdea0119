// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the world a map shows and how big: the one transform between longitude/latitude and
 * screen pixels that every renderer receives.
 *
 * <p>A screen point is {@code (worldX + translateX, worldY + translateY)}, exactly as in Gluon Maps'
 * {@code BaseMap}, where world coordinates come from {@link WebMercator}. Coordinates are always
 * given as (longitude, latitude), x before y, in degrees; this class is where lon/lat becomes
 * pixels and nowhere else. Immutable and thread-safe.
 *
 * @param zoom       Web Mercator zoom, fractional allowed, non-negative
 * @param translateX screen x of world x = 0, in pixels
 * @param translateY screen y of world y = 0, in pixels
 * @param width      screen width in pixels, positive
 * @param height     screen height in pixels, positive
 */
public record Viewport(double zoom, double translateX, double translateY, double width, double height) {

    public Viewport {
        if (!(zoom >= 0 && zoom <= 30)) {
            throw new IllegalArgumentException("zoom must be within 0..30, was " + zoom);
        }
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
        }
        if (!Double.isFinite(translateX) || !Double.isFinite(translateY)) {
            throw new IllegalArgumentException("translation must be finite");
        }
    }

    /** A viewport of the given size centred on a point at a zoom. */
    public static Viewport centeredOn(double lon, double lat, double zoom, double width, double height) {
        return new Viewport(zoom,
                width / 2 - WebMercator.worldX(lon, zoom),
                height / 2 - WebMercator.worldY(lat, zoom),
                width, height);
    }

    /**
     * The largest zoom at which the whole box fits the given size, centred on the box. The zoom is
     * fractional so the box fills the size exactly in one dimension.
     *
     * @param bounds box in degrees (x = longitude, y = latitude), not empty
     */
    public static Viewport fitting(Envelope bounds, double width, double height) {
        if (bounds.isNull()) {
            throw new IllegalArgumentException("cannot fit an empty box");
        }
        double spanX = WebMercator.worldX(bounds.getMaxX(), 0) - WebMercator.worldX(bounds.getMinX(), 0);
        double spanY = WebMercator.worldY(bounds.getMinY(), 0) - WebMercator.worldY(bounds.getMaxY(), 0);
        double zoomX = spanX > 0 ? log2(width / spanX) : 30;
        double zoomY = spanY > 0 ? log2(height / spanY) : 30;
        double zoom = Math.max(0, Math.min(30, Math.min(zoomX, zoomY)));
        double centreX = (WebMercator.worldX(bounds.getMinX(), zoom) + WebMercator.worldX(bounds.getMaxX(), zoom)) / 2;
        double centreY = (WebMercator.worldY(bounds.getMinY(), zoom) + WebMercator.worldY(bounds.getMaxY(), zoom)) / 2;
        return new Viewport(zoom, width / 2 - centreX, height / 2 - centreY, width, height);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    /** Screen x of a longitude. */
    public double screenX(double lon) {
        return WebMercator.worldX(lon, zoom) + translateX;
    }

    /** Screen y of a latitude. */
    public double screenY(double lat) {
        return WebMercator.worldY(lat, zoom) + translateY;
    }

    /** Longitude under a screen x. */
    public double longitude(double screenX) {
        return WebMercator.longitude(screenX - translateX, zoom);
    }

    /** Latitude under a screen y. */
    public double latitude(double screenY) {
        return WebMercator.latitude(screenY - translateY, zoom);
    }

    /** Longitude of the centre of the screen. */
    public double centerLongitude() {
        return longitude(width / 2);
    }

    /** Latitude of the centre of the screen. */
    public double centerLatitude() {
        return latitude(height / 2);
    }

    /** The lon/lat box the screen shows. */
    public Envelope visibleBounds() {
        return new Envelope(longitude(0), longitude(width), latitude(height), latitude(0));
    }

    /** Size in degrees of one pixel at this zoom, measured along longitude (for simplification). */
    public double degreesPerPixel() {
        return 360.0 / WebMercator.worldSize(zoom);
    }

    /** Metres on the ground per screen pixel at the centre of the screen. */
    public double metresPerPixelAtCenter() {
        return WebMercator.metresPerPixel(centerLatitude(), zoom);
    }

    /** The same view, panned by a number of screen pixels (positive dx moves the content left). */
    public Viewport pannedBy(double dx, double dy) {
        return new Viewport(zoom, translateX - dx, translateY - dy, width, height);
    }

    /** The same view zoomed by {@code delta} levels keeping the ground point under the pivot fixed. */
    public Viewport zoomedBy(double delta, double pivotX, double pivotY) {
        double newZoom = Math.max(0, Math.min(30, zoom + delta));
        double factor = Math.pow(2, newZoom - zoom);
        return new Viewport(newZoom,
                pivotX - (pivotX - translateX) * factor,
                pivotY - (pivotY - translateY) * factor,
                width, height);
    }

    /** The same ground centre and zoom in a screen of another size. */
    public Viewport resized(double newWidth, double newHeight) {
        return centeredOn(centerLongitude(), centerLatitude(), zoom, newWidth, newHeight);
    }
}
