// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Lengths and areas on the WGS84 ellipsoid, computed with GeographicLib (Karney's geodesic
 * algorithms, accurate to nanometres), never in degrees. Geometries are lon/lat (x = longitude).
 * Stateless and thread-safe.
 */
public final class Geodesy {

    private Geodesy() {
    }

    /** The geodesic distance between two points, in metres. */
    public static double distance(double lon1, double lat1, double lon2, double lat2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
    }

    /** The length of every line and polygon ring of a geometry, in metres; 0 for points. */
    public static double length(Geometry geometry) {
        double total = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof LineString line) {
                total += lineLength(line);
            } else if (part instanceof Polygon polygon) {
                total += lineLength(polygon.getExteriorRing());
            }
        }
        return total;
    }

    private static double lineLength(LineString line) {
        Coordinate[] c = line.getCoordinates();
        double length = 0;
        for (int i = 1; i < c.length; i++) {
            length += distance(c[i - 1].x, c[i - 1].y, c[i].x, c[i].y);
        }
        return length;
    }

    /** The area of the polygons of a geometry, holes subtracted, in square metres; 0 for others. */
    public static double area(Geometry geometry) {
        double total = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                total += ringArea(polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    total -= ringArea(polygon.getInteriorRingN(h));
                }
            }
        }
        return total;
    }

    /**
     * Measures a path of points given as longitudes and latitudes: its length along geodesics and,
     * when closed (three points or more), the perimeter and the enclosed area of the polygon.
     *
     * @param lons   longitudes in degrees
     * @param lats   latitudes in degrees, as many as longitudes
     * @param closed whether the last point joins the first
     * @return the measure; area and perimeter are 0 for an open path
     */
    public static PathMeasure measure(double[] lons, double[] lats, boolean closed) {
        if (lons.length != lats.length) {
            throw new IllegalArgumentException("as many longitudes as latitudes are needed");
        }
        double length = 0;
        for (int i = 1; i < lons.length; i++) {
            length += distance(lons[i - 1], lats[i - 1], lons[i], lats[i]);
        }
        if (!closed || lons.length < 3) {
            return new PathMeasure(length, 0, 0);
        }
        PolygonArea polygon = new PolygonArea(Geodesic.WGS84, false);
        for (int i = 0; i < lons.length; i++) {
            polygon.AddPoint(lats[i], lons[i]);
        }
        PolygonResult result = polygon.Compute(false, true);
        return new PathMeasure(length, result.perimeter, Math.abs(result.area));
    }

    /**
     * What {@link #measure} finds.
     *
     * @param length       metres along the open path
     * @param perimeter    metres around the closed polygon (0 when open)
     * @param area         square metres inside the closed polygon, whatever the winding (0 when open)
     */
    public record PathMeasure(double length, double perimeter, double area) {
        public PathMeasure {
            if (length < 0 || perimeter < 0 || area < 0) {
                throw new IllegalArgumentException("measures are never negative");
            }
        }
    }

    private static double ringArea(LineString ring) {
        PolygonArea polygon = new PolygonArea(Geodesic.WGS84, false);
        Coordinate[] c = ring.getCoordinates();
        int n = c.length > 1 && c[0].equals2D(c[c.length - 1]) ? c.length - 1 : c.length;
        for (int i = 0; i < n; i++) {
            polygon.AddPoint(c[i].y, c[i].x);
        }
        PolygonResult result = polygon.Compute(false, true);
        return Math.abs(result.area);
    }
}
