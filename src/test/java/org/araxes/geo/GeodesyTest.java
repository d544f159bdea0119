// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class GeodesyTest {

    @Test
    @DisplayName("Wellington to Salamanca is 19,959,679.267 m, GeographicLib's published example")
    void publishedDistance() {
        assertEquals(19_959_679.267, Geodesy.distance(174.81, -41.32, -5.50, 40.96), 0.001);
    }

    @Test
    @DisplayName("one degree of latitude near 39° N is about 111.0 km on WGS84")
    void degreeOfLatitude() {
        // meridian arc per degree at 39°N on WGS84: 111,023 m (from the standard series)
        assertEquals(111_023, Geodesy.distance(46, 38.5, 46, 39.5), 20);
    }

    @Test
    @DisplayName("a line's length is the sum of its geodesic segments")
    void lineLength() throws Exception {
        var line = new WKTReader().read("LINESTRING (46 38.5, 46 39.5, 46 40.5)");
        assertEquals(Geodesy.distance(46, 38.5, 46, 39.5) + Geodesy.distance(46, 39.5, 46, 40.5), Geodesy.length(line), 1e-6);
    }

    @Test
    @DisplayName("a polygon's area subtracts its holes and does not depend on winding")
    void area() throws Exception {
        WKTReader wkt = new WKTReader();
        double outer = Geodesy.area(wkt.read("POLYGON ((45 39, 46 39, 46 40, 45 40, 45 39))"));
        double clockwise = Geodesy.area(wkt.read("POLYGON ((45 39, 45 40, 46 40, 46 39, 45 39))"));
        double withHole = Geodesy.area(wkt.read(
                "POLYGON ((45 39, 46 39, 46 40, 45 40, 45 39), (45.25 39.25, 45.75 39.25, 45.75 39.75, 45.25 39.75, 45.25 39.25))"));
        assertEquals(outer, clockwise, 1e-3);
        // a 1°×1° cell at 39.5°N: about 111.05 km × 85.9 km
        assertEquals(9_540e6, outer, 40e6);
        assertEquals(outer * 0.75, withHole, outer * 0.01);
    }
}
