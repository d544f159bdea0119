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
