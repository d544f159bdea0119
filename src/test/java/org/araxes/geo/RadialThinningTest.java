// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

class RadialThinningTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    @DisplayName("a dense line keeps its ends and every dropped vertex stays within the distance of the thinned line")
    void denseLine() {
        Coordinate[] points = new Coordinate[1001];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Coordinate(i * 0.001, Math.sin(i * 0.01) * 0.05);
        }
        LineString line = FACTORY.createLineString(points);
        Geometry thinned = RadialThinning.thin(line, 0.01);
        assertTrue(thinned.getNumPoints() < 200, "thinned to " + thinned.getNumPoints());
        assertEquals(points[0], thinned.getCoordinates()[0]);
        assertEquals(points[1000], thinned.getCoordinates()[thinned.getNumPoints() - 1]);
        for (Coordinate point : points) {
            assertTrue(thinned.distance(FACTORY.createPoint(point)) <= 0.01 + 1e-12, "vertex " + point);
        }
    }

    @Test
    @DisplayName("rings stay closed; a ring that would keep fewer than four points is left whole")
    void rings() {
        Polygon big = (Polygon) FACTORY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(0.5, 0.001),
            new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 1), new Coordinate(0, 0)});
        Polygon thinned = (Polygon) RadialThinning.thin(big, 0.01);
        assertTrue(thinned.getExteriorRing().isClosed());
        assertEquals(6, thinned.getNumPoints(), "nothing within 0.01 of its neighbour");
        Polygon tiny = (Polygon) FACTORY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(0.001, 0),
            new Coordinate(0.001, 0.001), new Coordinate(0, 0)});
        assertEquals(tiny, RadialThinning.thin(tiny, 0.01), "a speck is left to Douglas–Peucker");
    }
}
