// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("GeometryRepair: validate first, repair only what is invalid, within a budget")
class GeometryRepairTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static Geometry wkt(String text) throws Exception {
        return new WKTReader(FACTORY).read(text);
    }

    /** A ring of n vertices at random angles and radii around (45, 39): it crosses itself many times. */
    static Polygon scribble(int n, long seed) {
        Random random = new Random(seed);
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double radius = 0.2 + random.nextDouble();
            ring[i] = new Coordinate(45 + radius * Math.cos(angle), 39 + radius * Math.sin(angle));
        }
        ring[n] = ring[0].copy();
        return FACTORY.createPolygon(ring);
    }

    @Test
    @DisplayName("a valid polygon is returned as it is, with no problem")
    void validIsUntouched() throws Exception {
        Geometry square = wkt("POLYGON ((45 39, 46 39, 46 40, 45 40, 45 39))");
        GeometryRepair.Outcome outcome = GeometryRepair.check(square, GeometryRepair.DEFAULT_BUDGET);
        assertSame(square, outcome.geometry());
        assertNull(outcome.problem());
    }

    @Test
    @DisplayName("a bow tie is repaired into a valid polygon of both its halves, and the place is named")
    void bowTieRepaired() throws Exception {
        GeometryRepair.Outcome outcome = GeometryRepair.check(
                wkt("POLYGON ((45 39, 46 40, 46 39, 45 40, 45 39))"), GeometryRepair.DEFAULT_BUDGET);
        assertTrue(outcome.repaired());
        assertTrue(outcome.geometry().isValid());
        assertEquals(0.5, outcome.geometry().getArea(), 1e-9);
        assertEquals("the polygon is not valid (rings cross each other near 45.5, 39.5); repaired", outcome.problem());
    }

    @Test
    @Timeout(60)
    @DisplayName("a scribbled ring of 1,000 vertices is kept as drawn at once (its repair took 35 s)")
    void scribbleOfAThousandKept() {
        Polygon scribble = scribble(1_000, 1);
        GeometryRepair.Outcome outcome = GeometryRepair.check(scribble, GeometryRepair.DEFAULT_BUDGET);
        assertSame(scribble, outcome.geometry());
        assertFalse(outcome.repaired());
        assertTrue(outcome.problem().endsWith("kept as drawn, not repaired: its rings cross more than 1,000 times"),
                outcome.problem());
    }

    @Test
    @Timeout(60)
    @DisplayName("a scribbled ring of 3,000 vertices is kept as drawn (validate ran past 300 s)")
    void scribbleOfThreeThousandKept() {
        GeometryRepair.Outcome outcome = GeometryRepair.check(scribble(3_000, 2), GeometryRepair.DEFAULT_BUDGET);
        assertFalse(outcome.repaired());
        assertTrue(outcome.problem().contains("kept as drawn"), outcome.problem());
    }

    @Test
    @Timeout(120)
    @DisplayName("a scribbled ring of 1,000,000 vertices is kept as drawn by its size alone (it ran past 300 s at 4.7 GB)")
    void scribbleOfAMillionKept() {
        GeometryRepair.Outcome outcome = GeometryRepair.check(scribble(1_000_000, 3), GeometryRepair.DEFAULT_BUDGET);
        assertFalse(outcome.repaired());
        assertTrue(outcome.problem().contains("it has 1,000,001 vertices, more than the 200,000 a repair may take"),
                outcome.problem());
    }

    @Test
    @DisplayName("in a multipolygon only the invalid part is repaired; a part over the budget is kept as drawn")
    void onlyTheInvalidPart() throws Exception {
        Geometry multi = wkt("MULTIPOLYGON (((45 39, 46 40, 46 39, 45 40, 45 39)), ((47 39, 48 39, 48 40, 47 40, 47 39)))");
        GeometryRepair.Outcome outcome = GeometryRepair.check(multi, GeometryRepair.DEFAULT_BUDGET);
        assertTrue(outcome.geometry().isValid());
        assertEquals(1.5, outcome.geometry().getArea(), 1e-9);
        GeometryRepair.Outcome small = GeometryRepair.check(multi, new GeometryRepair.Budget(4, 1));
        assertTrue(small.problem().endsWith("1 part kept as drawn, not repaired (part 0: it has 5 vertices, more than"
                + " the 4 a repair may take)"), small.problem());
    }

    @Test
    @DisplayName("checking only says what a repair would do and repairs nothing")
    void checkingOnly() throws Exception {
        Geometry bowTie = wkt("POLYGON ((45 39, 46 40, 46 39, 45 40, 45 39))");
        GeometryRepair.Outcome outcome = GeometryRepair.check(bowTie, GeometryRepair.DEFAULT_BUDGET, false);
        assertSame(bowTie, outcome.geometry());
        assertTrue(outcome.problem().endsWith("; it is repaired when opened"), outcome.problem());
    }

    @Test
    @DisplayName("crossings are counted up to the limit and no further")
    void crossingsStopAtTheLimit() {
        assertEquals(11, GeometryRepair.crossings(scribble(1_000, 4), 11));
    }
}
