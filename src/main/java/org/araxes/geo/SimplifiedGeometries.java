// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Geometries simplified for drawing at each whole zoom level and found by the area in view.
 *
 * <p>At zoom z a geometry is simplified to half a screen pixel ({@code t = 0.5 × 360 / (256 × 2^z)}
 * degrees): first the vertices within t of the last one kept are dropped ({@link RadialThinning}),
 * then Douglas–Peucker with t; no outline moves by more than a pixel, so what is drawn looks the
 * same as the full geometry while shedding the vertices a screen cannot show. The copies are for
 * drawing: a ring may touch or cross itself within that pixel (no topology repair). Simplified
 * copies are made on first use and cached per level and shared by every user of the same geometry
 * ({@link #simplify}), with each area's label point ({@link #interiorPoint}); zoom levels
 * from {@link #FULL_DETAIL_ZOOM} on use the original geometries.
 * Lookups use an STR-tree over the original envelopes. Safe for concurrent use.
 */
public final class SimplifiedGeometries {

    /** From this zoom on, geometries are drawn as they are. */
    public static final int FULL_DETAIL_ZOOM = 14;

    private final List<Geometry> originals;
    private final STRtree index = new STRtree();
    private final ConcurrentHashMap<Integer, List<Geometry>> byLevel = new ConcurrentHashMap<>();

    /** @param geometries the full-resolution geometries, lon/lat; nulls are skipped */
    public SimplifiedGeometries(List<Geometry> geometries) {
        this.originals = geometries.stream().filter(g -> g != null && !g.isEmpty()).toList();
        for (int i = 0; i < originals.size(); i++) {
            index.insert(originals.get(i).getEnvelopeInternal(), i);
        }
        index.build();
    }

    /** How many geometries there are. */
    public int size() {
        return originals.size();
    }

    /**
     * The geometries whose envelopes meet a box, simplified for a zoom, in their original order.
     *
     * @param visible the lon/lat box in view
     * @param zoom    the (fractional) zoom they will be drawn at
     */
    public List<Geometry> visible(Envelope visible, double zoom) {
        List<Geometry> level = level(zoom);
        @SuppressWarnings("unchecked")
        List<Integer> hits = new ArrayList<>(index.query(visible));
        hits.sort(null);
        List<Geometry> result = new ArrayList<>(hits.size());
        for (int i : hits) {
            result.add(level.get(i));
        }
        return result;
    }

    /** Index of each geometry returned by {@link #visible}, in the same order. */
    public List<Integer> visibleIndices(Envelope visible) {
        @SuppressWarnings("unchecked")
        List<Integer> hits = new ArrayList<>(index.query(visible));
        hits.sort(null);
        return hits;
    }

    /** The geometry at an index simplified for a zoom. */
    public Geometry simplified(int index, double zoom) {
        return level(zoom).get(index);
    }

    private List<Geometry> level(double zoom) {
        int level = Math.max(0, (int) Math.floor(zoom));
        if (level >= FULL_DETAIL_ZOOM) {
            return originals;
        }
        return byLevel.computeIfAbsent(level, z -> {
            List<Geometry> simplified = new ArrayList<>(originals.size());
            for (Geometry geometry : originals) {
                simplified.add(simplify(geometry, z));
            }
            return simplified;
        });
    }

    /**
     * Makes the simplified copies of geometries for a zoom ahead of their first drawing, as
     * {@link #visible} would (shared through their user data): the start does it on a thread of its
     * own for the zoom the map will open at, while JavaFX starts and the window is built; and the
     * {@link #interiorPoint} of each area.
     */
    public static void prepare(Iterable<Geometry> geometries, double zoom) {
        int level = Math.max(0, (int) Math.floor(zoom));
        if (level >= FULL_DETAIL_ZOOM) {
            return;
        }
        for (Geometry geometry : geometries) {
            if (geometry != null && !geometry.isEmpty()) {
                simplify(geometry, level);
                if (geometry instanceof Polygonal) {
                    interiorPoint(geometry);
                }
            }
        }
    }

    /**
     * A geometry simplified for a zoom level, made once per geometry and level: the copies are kept
     * in the geometry's user data, so every user of the same geometry shares them (the offline
     * basemap and the land and water layers draw the same polygons), or taken from a copy kept
     * before ({@link #keep}). A geometry whose user data holds something else is simplified each
     * time.
     */
    public static Geometry simplify(Geometry geometry, int level) {
        Copies copies = copiesOf(geometry);
        if (copies == null) {
            return simplifyNow(geometry, level);
        }
        synchronized (copies) {
            if (copies.byLevel[level] == null) {
                copies.byLevel[level] = keptOrNew(geometry, level, copies.kept[level]);
                copies.kept[level] = null;
            }
            return copies.byLevel[level];
        }
    }

    private static Geometry keptOrNew(Geometry geometry, int level, java.util.function.Supplier<Geometry> kept) {
        if (kept != null) {
            try {
                Geometry copy = kept.get();
                if (copy != null) {
                    return copy;
                }
            } catch (RuntimeException e) {
                // a kept copy that cannot be read: made anew, as without one
            }
        }
        return simplifyNow(geometry, level);
    }

    /**
     * Gives a geometry the copy simplified for a level that was made before (the layer cache keeps
     * those of the bundled data, made when Araxes was built): it is taken from {@code copy}, once,
     * when first drawn at that level, instead of simplified then. Ignored when the geometry's user
     * data holds something else or the level is drawn at full detail.
     */
    public static void keep(Geometry geometry, int level, java.util.function.Supplier<Geometry> copy) {
        Copies copies = level < 0 || level >= FULL_DETAIL_ZOOM ? null : copiesOf(geometry);
        if (copies != null) {
            synchronized (copies) {
                if (copies.byLevel[level] == null) {
                    copies.kept[level] = copy;
                }
            }
        }
    }

    /** Gives a geometry the {@link #interiorPoint} found before (kept with its copies). */
    public static void keepInteriorPoint(Geometry geometry, Point point) {
        Copies copies = copiesOf(geometry);
        if (copies != null) {
            synchronized (copies) {
                copies.interiorPoint = point;
            }
        }
    }

    /**
     * The levels a geometry has a copy for, made or kept, in ascending order (the layer cache
     * writes them).
     */
    public static List<Integer> levelsKept(Geometry geometry) {
        Object data = geometry.getUserData();
        List<Integer> levels = new ArrayList<>();
        if (data instanceof Copies copies) {
            synchronized (copies) {
                for (int level = 0; level < FULL_DETAIL_ZOOM; level++) {
                    if (copies.byLevel[level] != null || copies.kept[level] != null) {
                        levels.add(level);
                    }
                }
            }
        }
        return levels;
    }

    /** The interior point found for a geometry, or null when none was found yet. */
    public static Point interiorPointIfFound(Geometry geometry) {
        Object data = geometry.getUserData();
        if (data instanceof Copies copies) {
            synchronized (copies) {
                return copies.interiorPoint;
            }
        }
        return null;
    }

    /** The copies kept in a geometry's user data (made on first call), or null when it holds something else. */
    private static Copies copiesOf(Geometry geometry) {
        synchronized (geometry) {
            Object data = geometry.getUserData();
            if (data == null) {
                Copies copies = new Copies();
                geometry.setUserData(copies);
                return copies;
            }
            return data instanceof Copies c ? c : null;
        }
    }

    /**
     * The point a geometry's name is drawn at: JTS's interior point of the full geometry, made once
     * and kept with its simplified copies (it visits every vertex: ~50,000 for the bundled areas,
     * which every paint of the map took before). The start makes those of the areas ahead
     * ({@link #prepare}).
     */
    public static Point interiorPoint(Geometry geometry) {
        Copies copies = copiesOf(geometry);
        if (copies == null) {
            return geometry.getInteriorPoint();
        }
        synchronized (copies) {
            if (copies.interiorPoint == null) {
                copies.interiorPoint = geometry.getInteriorPoint();
            }
            return copies.interiorPoint;
        }
    }

    private static Geometry simplifyNow(Geometry geometry, int level) {
        double tolerance = 0.5 * 360.0 / WebMercator.worldSize(level);
        // Douglas–Peucker costs O(n log n) JTS objects; at the levels a map opens at most vertices
        // lie within half a pixel of the one before (82,000 of the bundled data's vertices thin
        // to 17,000 at zoom 6), so they go first in one pass
        DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(RadialThinning.thin(geometry, tolerance));
        simplifier.setDistanceTolerance(tolerance);
        // only drawn (filled even-odd, stroked), so rings that come to touch or cross within half a
        // pixel are left so: mending them with buffer(0) took half the first paint of a cold start,
        // and can drop a part of a polygon besides
        simplifier.setEnsureValid(false);
        Geometry s = simplifier.getResultGeometry();
        return s.isEmpty() ? geometry : s;
    }

    /** The simplified copies of one geometry, by zoom level, and its label point (the geometry's user data). */
    private static final class Copies {
        final Geometry[] byLevel = new Geometry[FULL_DETAIL_ZOOM];
        /** Copies made before, taken when first needed ({@link #keep}). */
        @SuppressWarnings("unchecked")
        final java.util.function.Supplier<Geometry>[] kept = new java.util.function.Supplier[FULL_DETAIL_ZOOM];
        Point interiorPoint;
    }
}
