// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.raster;

import java.util.ArrayList;
import java.util.List;
import org.araxes.geo.SimplifiedGeometries;
import org.araxes.geo.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Paints the offline basemap: land, inland and sea water, and a "no data" tone outside the area the
 * bundled data covers. Used for map tiles and for exports, so both look the same. Thread-safe: it
 * keeps only immutable data and caches that are safe for concurrent use.
 */
public final class BasemapPainter {

    /** Colour outside the area the data covers. */
    public static final int NO_DATA = 0xFFDCDCD8;
    /** Colour of water. */
    public static final int WATER = 0xFFB5D0E0;
    /** Colour of land. */
    public static final int LAND = 0xFFF4F1EA;

    private final SimplifiedGeometries land;
    private final SimplifiedGeometries water;
    private final Envelope coverage;

    /**
     * @param land     land polygons (lon/lat); their box is the area the data covers
     * @param water    water polygons (lon/lat), drawn over land
     * @param coverage the lon/lat box the data covers; everything outside is "no data"
     */
    public BasemapPainter(List<Geometry> land, List<Geometry> water, Envelope coverage) {
        this.land = new SimplifiedGeometries(land);
        this.water = new SimplifiedGeometries(water);
        this.coverage = new Envelope(coverage);
    }

    /** The box the data covers (land unless water says otherwise), in degrees. */
    public Envelope coverage() {
        return new Envelope(coverage);
    }

    /** The water polygons visible in a box, simplified for a zoom (the SVG export draws these). */
    public List<Geometry> water(Envelope visible, double zoom) {
        return water.visible(visible, zoom);
    }

    /** Paints the basemap for a viewport into a rasteriser of the viewport's size. */
    public void paint(PolygonRasterizer target, Viewport viewport) {
        target.fill(NO_DATA);
        if (coverage.isNull()) {
            return;
        }
        // Inside the covered box everything is land unless a water layer says otherwise: a country
        // missing from the land layer must not turn into sea.
        target.fillRectangle(viewport.screenX(coverage.getMinX()), viewport.screenY(coverage.getMaxY()),
                viewport.screenX(coverage.getMaxX()), viewport.screenY(coverage.getMinY()), LAND);
        Envelope visible = viewport.visibleBounds();
        fill(target, viewport, water, visible, WATER);
    }

    private static void fill(PolygonRasterizer target, Viewport viewport, SimplifiedGeometries geometries,
                             Envelope visible, int colour) {
        for (Geometry geometry : geometries.visible(visible, viewport.zoom())) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (geometry.getGeometryN(i) instanceof Polygon polygon
                        && polygon.getEnvelopeInternal().intersects(visible)) {
                    target.fillPolygon(screenRings(polygon, viewport), colour);
                }
            }
        }
    }

    /** The rings of a polygon as screen coordinate arrays, shell first. */
    public static double[][] screenRings(Polygon polygon, Viewport viewport) {
        List<double[]> rings = new ArrayList<>(polygon.getNumInteriorRing() + 1);
        rings.add(screen(polygon.getExteriorRing(), viewport));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(screen(polygon.getInteriorRingN(i), viewport));
        }
        return rings.toArray(new double[0][]);
    }

    private static double[] screen(LineString ring, Viewport viewport) {
        Coordinate[] coordinates = ring.getCoordinates();
        double[] xy = new double[coordinates.length * 2];
        for (int i = 0; i < coordinates.length; i++) {
            xy[2 * i] = viewport.screenX(coordinates[i].x);
            xy[2 * i + 1] = viewport.screenY(coordinates[i].y);
        }
        return xy;
    }
}
