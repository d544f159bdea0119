// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The measure tool's arithmetic, checked against GeographicLib's own published test values (the
 * "Planimeter" cases of its test suite, identical in its C, Java, JavaScript and Python ports).
 */
class GeodesyMeasureTest {

    @Nested
    @DisplayName("closed paths")
    class Closed {

        @Test
        @DisplayName("the diamond (0,-1) (-1,0) (0,1) (1,0) has perimeter 627,598.2731 m and area 24,619,419,146 m²")
        void diamond() {
            // GeographicLib test Planimeter0, polygon pc (lat, lon): {0,-1}, {-1,0}, {0,1}, {1,0}
            var m = Geodesy.measure(new double[] {-1, 0, 1, 0}, new double[] {0, -1, 0, 1}, true);
            assertEquals(627_598.2731, m.perimeter(), 1e-4);
            assertEquals(24_619_419_146.0, m.area(), 1);
        }

        @Test
        @DisplayName("the octant (90,0) (0,0) (0,90) has perimeter 30,022,685 m and area 63,758,202,715,511 m²")
        void octant() {
            // GeographicLib test Planimeter0, polygon pd
            var m = Geodesy.measure(new double[] {0, 0, 90}, new double[] {90, 0, 0}, true);
            assertEquals(30_022_685, m.perimeter(), 1);
            assertEquals(63_758_202_715_511.0, m.area(), 1);
        }

        @Test
        @DisplayName("the area does not depend on the winding")
        void winding() {
            var ccw = Geodesy.measure(new double[] {-1, 0, 1, 0}, new double[] {0, -1, 0, 1}, true);
            var cw = Geodesy.measure(new double[] {0, 1, 0, -1}, new double[] {1, 0, -1, 0}, true);
            assertEquals(ccw.area(), cw.area(), 1e-3);
        }
    }

    @Nested
    @DisplayName("open paths")
    class Open {

        @Test
        @DisplayName("a path's length is the sum of its geodesic legs, with no area")
        void length() {
            var m = Geodesy.measure(new double[] {174.81, -5.50}, new double[] {-41.32, 40.96}, false);
            // GeographicLib's published Wellington–Salamanca example
            assertEquals(19_959_679.267, m.length(), 0.001);
            assertEquals(0, m.area());
            assertEquals(0, m.perimeter());
        }

        @Test
        @DisplayName("two points closed still have no area")
        void twoPointsClosed() {
            assertEquals(0, Geodesy.measure(new double[] {45, 46}, new double[] {39, 39}, true).area());
        }

        @Test
        @DisplayName("longitudes and latitudes of different counts are refused")
        void mismatch() {
            assertThrows(IllegalArgumentException.class, () -> Geodesy.measure(new double[] {1}, new double[0], false));
        }
    }
}
