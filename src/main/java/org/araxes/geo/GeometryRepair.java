// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks polygons and repairs the invalid ones whose repair is cheap, keeping the others as drawn.
 *
 * <p>A valid polygon costs one {@link IsValidOp} (noding with monotone chains: near-linear on real
 * data, and it stops at the first fault). Only an invalid polygon is looked at further, one polygon
 * part at a time: a part is repaired with JTS {@link GeometryFixer} (OverlayNG) only when it has at
 * most {@link Budget#maxVertices} vertices and its rings cross at most {@link Budget#maxCrossings}
 * times (the crossings are counted by a noder that stops at the limit, so counting is bounded too).
 * A part over the budget is kept exactly as drawn — Araxes fills rings even-odd and strokes them, so
 * it still looks as its author drew it — and the warning says so and why. The repair of a polygon
 * whose parts are each valid but overlap one another is the same bounded {@link GeometryFixer} on
 * the whole, under the same budget.
 *
 * <p>Why a budget rather than a clock: {@link GeometryFixer} cannot be interrupted, and its cost
 * grows with the number of crossings and holes, not the size of the file (a scribbled ring of 3,000
 * vertices ran past 300 s; the 1.77-million-vertex sea polygon of {@code @geo-maps/earth-seas-10m}
 * with one self-touch past 300 s). Decision 0015 has the figures.
 *
 * <p>Stateless and thread-safe.
 */
public final class GeometryRepair {

    /**
     * What a repair may cost per polygon part.
     *
     * @param maxVertices  largest part (all its rings) that is repaired
     * @param maxCrossings most crossings of its rings a repaired part may have
     * @param maxRings     most rings (its outline and holes) a repaired part may have: JTS unions
     *                     the holes of a polygon it fixes, which took minutes for a country with
     *                     hundreds of lakes
     */
    public record Budget(int maxVertices, int maxCrossings, int maxRings) {
        public Budget {
            if (maxVertices < 4 || maxCrossings < 1 || maxRings < 1) {
                throw new IllegalArgumentException("a repair budget needs at least 4 vertices, 1 crossing and 1 ring");
            }
        }

        /** A budget of vertices and crossings with the default number of rings. */
        public Budget(int maxVertices, int maxCrossings) {
            this(maxVertices, maxCrossings, 100);
        }
    }

    /** The default budget: parts up to 200,000 vertices, 1,000 crossings and 100 rings (decision 0015). */
    public static final Budget DEFAULT_BUDGET = new Budget(200_000, 1_000, 100);

    /**
     * What was found and done.
     *
     * @param geometry the geometry to use: the input when it was valid or kept, else the repair
     * @param problem  null when the input was valid; else what was wrong and what was done, in plain words
     * @param repaired whether {@code geometry} is a repair (false when valid or kept as drawn)
     */
    public record Outcome(Geometry geometry, String problem, boolean repaired) {
    }

    private GeometryRepair() {
    }

    /**
     * Checks a geometry and repairs it within the budget. Non-polygonal geometries are returned as
     * they are.
     */
    public static Outcome check(Geometry geometry, Budget budget) {
        return check(geometry, budget, true);
    }

    /**
     * Checks a geometry; with {@code repair} false only says what a repair would do, judged by the
     * budget of the whole geometry, and repairs nothing (what {@code araxes validate} needs: the
     * check alone, near-linear). Non-polygonal geometries are returned as they are.
     */
    public static Outcome check(Geometry geometry, Budget budget, boolean repair) {
        if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
            return new Outcome(geometry, null, false);
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return new Outcome(geometry, null, false);
        }
        String what = "the polygon is not valid (" + describe(error) + ")";
        if (!repair) {
            String over = overBudget(geometry, budget);
            return new Outcome(geometry, what + (over == null ? "; it is repaired when opened"
                    : "; kept as drawn when opened (" + over + (geometry instanceof MultiPolygon
                    ? "; its parts within the limit are repaired)" : ")")), false);
        }
        if (geometry instanceof Polygon polygon) {
            String over = overBudget(polygon, budget);
            return over == null
                    ? new Outcome(GeometryFixer.fix(polygon), what + "; repaired", true)
                    : new Outcome(polygon, what + "; kept as drawn, not repaired: " + over, false);
        }
        MultiPolygon multi = (MultiPolygon) geometry;
        List<Polygon> parts = new ArrayList<>(multi.getNumGeometries());
        int repairedParts = 0;
        int keptParts = 0;
        String keptReason = null;
        for (int i = 0; i < multi.getNumGeometries(); i++) {
            Polygon part = (Polygon) multi.getGeometryN(i);
            if (new IsValidOp(part).isValid()) {
                parts.add(part);
                continue;
            }
            String over = overBudget(part, budget);
            if (over != null) {
                keptParts++;
                keptReason = keptReason == null ? "part " + i + ": " + over : keptReason;
                parts.add(part);
                continue;
            }
            repairedParts++;
            Geometry fixed = GeometryFixer.fix(part);
            for (int j = 0; j < fixed.getNumGeometries(); j++) {
                if (fixed.getGeometryN(j) instanceof Polygon p && !p.isEmpty()) {
                    parts.add(p);
                }
            }
        }
        Geometry joined = geometry.getFactory().createMultiPolygon(parts.toArray(new Polygon[0]));
        if (keptParts > 0) {
            return new Outcome(repairedParts == 0 ? geometry : joined, what + "; " + (repairedParts == 0 ? ""
                    : repairedParts + " part" + (repairedParts == 1 ? "" : "s") + " repaired, ") + keptParts
                    + " part" + (keptParts == 1 ? "" : "s") + " kept as drawn, not repaired (" + keptReason + ")",
                    repairedParts > 0);
        }
        // with no part repaired the parts are those found invalid together above: no second check
        if (repairedParts > 0 && joined.isValid()) {
            return new Outcome(joined, what + "; repaired", true);
        }
        // the parts are valid but some overlap or touch along a line: join only those, each group
        // within the same budget (a union of every part of a country took over a minute)
        return joinOverlapping(parts, geometry, what, budget);
    }

    /**
     * Joins the parts that overlap one another (found with an STR-tree of their envelopes and a
     * prepared {@code intersects}), each group by a union within the budget; parts that overlap
     * nothing stay as they are.
     */
    private static Outcome joinOverlapping(List<Polygon> parts, Geometry input, String what, Budget budget) {
        int n = parts.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        org.locationtech.jts.index.strtree.STRtree index = new org.locationtech.jts.index.strtree.STRtree();
        for (int i = 0; i < n; i++) {
            index.insert(parts.get(i).getEnvelopeInternal(), i);
        }
        for (int i = 0; i < n; i++) {
            org.locationtech.jts.geom.prep.PreparedGeometry prepared = null;
            for (Object found : index.query(parts.get(i).getEnvelopeInternal())) {
                int j = (Integer) found;
                if (j <= i || root(group, i) == root(group, j)) {
                    continue;
                }
                prepared = prepared != null ? prepared
                        : org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(parts.get(i));
                if (prepared.intersects(parts.get(j))) {
                    group[root(group, j)] = root(group, i);
                }
            }
        }
        java.util.Map<Integer, List<Polygon>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(group, i), k -> new ArrayList<>()).add(parts.get(i));
        }
        List<Polygon> result = new ArrayList<>();
        String kept = null;
        for (List<Polygon> members : groups.values()) {
            if (members.size() == 1) {
                result.add(members.get(0));
                continue;
            }
            Geometry together = input.getFactory().createMultiPolygon(members.toArray(new Polygon[0]));
            String over = overBudget(together, budget);
            if (over != null) {
                kept = kept == null ? over : kept;
                result.addAll(members);
                continue;
            }
            Geometry union = GeometryFixer.fix(together);
            for (int k = 0; k < union.getNumGeometries(); k++) {
                if (union.getGeometryN(k) instanceof Polygon p && !p.isEmpty()) {
                    result.add(p);
                }
            }
        }
        Geometry joined = input.getFactory().createMultiPolygon(result.toArray(new Polygon[0]));
        return kept == null
                ? new Outcome(joined, what + "; repaired", true)
                : new Outcome(joined, what + "; parts that overlap are kept as drawn, not joined: " + kept, true);
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    /** Null when repairing the polygonal geometry fits the budget; else why not, in plain words. */
    private static String overBudget(Geometry polygonal, Budget budget) {
        int vertices = polygonal.getNumPoints();
        if (vertices > budget.maxVertices()) {
            return String.format(Locale.ROOT, "it has %,d vertices, more than the %,d a repair may take", vertices,
                    budget.maxVertices());
        }
        int rings = 0;
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            rings += 1 + ((Polygon) polygonal.getGeometryN(i)).getNumInteriorRing();
        }
        if (rings > budget.maxRings()) {
            return String.format(Locale.ROOT, "it has %,d rings, more than the %,d a repair may take", rings,
                    budget.maxRings());
        }
        int crossings = crossings(polygonal, budget.maxCrossings() + 1);
        if (crossings > budget.maxCrossings()) {
            return String.format(Locale.ROOT, "its rings cross more than %,d times", budget.maxCrossings());
        }
        return null;
    }

    /**
     * How many times the rings of a polygonal geometry cross or touch one another or themselves
     * (neighbouring segments of a ring excepted), counting up to {@code stopAt} and no further.
     */
    static int crossings(Geometry polygonal, int stopAt) {
        List<SegmentString> rings = new ArrayList<>();
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) polygonal.getGeometryN(i);
            addRing(polygon.getExteriorRing(), rings);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                addRing(polygon.getInteriorRingN(h), rings);
            }
        }
        CrossingCounter counter = new CrossingCounter(stopAt);
        MCIndexNoder noder = new MCIndexNoder();
        noder.setSegmentIntersector(counter);
        noder.computeNodes(rings);
        return counter.count;
    }

    private static void addRing(LinearRing ring, List<SegmentString> rings) {
        Coordinate[] coordinates = ring.getCoordinates();
        if (coordinates.length >= 2) {
            rings.add(new NodedSegmentString(coordinates, null));
        }
    }

    /** Counts intersections between segments that are not neighbours on one ring; done at a limit. */
    private static final class CrossingCounter implements SegmentIntersector {
        private final int stopAt;
        private final LineIntersector intersector = new RobustLineIntersector();
        int count;

        CrossingCounter(int stopAt) {
            this.stopAt = stopAt;
        }

        @Override
        public void processIntersections(SegmentString a, int i, SegmentString b, int j) {
            if (a == b) {
                int last = a.size() - 2; // index of the closing segment
                if (i == j || Math.abs(i - j) == 1 || (i == 0 && j == last) || (j == 0 && i == last)) {
                    return;
                }
            }
            Coordinate[] p = a.getCoordinates();
            Coordinate[] q = b.getCoordinates();
            intersector.computeIntersection(p[i], p[i + 1], q[j], q[j + 1]);
            if (intersector.hasIntersection()) {
                count++;
            }
        }

        @Override
        public boolean isDone() {
            return count >= stopAt;
        }
    }

    /** A validation error in plain words, by its type (never JTS's own English), with its place. */
    static String describe(TopologyValidationError error) {
        String what = switch (error.getErrorType()) {
            case TopologyValidationError.RING_SELF_INTERSECTION -> "a ring touches or crosses itself";
            case TopologyValidationError.SELF_INTERSECTION -> "rings cross each other";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "a hole lies outside its polygon";
            case TopologyValidationError.NESTED_HOLES -> "a hole lies inside another hole";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "holes cut the polygon in two";
            case TopologyValidationError.NESTED_SHELLS -> "one part lies inside another";
            case TopologyValidationError.DUPLICATE_RINGS -> "a ring is repeated";
            case TopologyValidationError.TOO_FEW_POINTS -> "a ring has too few distinct points";
            case TopologyValidationError.RING_NOT_CLOSED -> "a ring is not closed";
            default -> "its rings are not a valid polygon";
        };
        Coordinate at = error.getCoordinate();
        return at == null || !Double.isFinite(at.x) || !Double.isFinite(at.y) ? what : what + " near " + lonLat(at);
    }

    /** A coordinate as longitude, latitude, as in the file, without trailing zeros. */
    private static String lonLat(Coordinate c) {
        return number(c.x) + ", " + number(c.y);
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
