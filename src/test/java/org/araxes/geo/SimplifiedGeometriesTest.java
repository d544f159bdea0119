// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.araxes.io.GeoJsonReader;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class SimplifiedGeometriesTest {

    private static final List<Geometry> COUNTRIES = new GeoJsonReader().read(Path.of("geodata/countries.geojson"))
            .features().stream().map(GeoFeature::geometry).filter(Objects::nonNull).toList();

    @Test
    void eachLevelShedsVerticesButNotArea() {
        SimplifiedGeometries geometries = new SimplifiedGeometries(COUNTRIES);
        for (int zoom = 3; zoom <= 12; zoom++) {
            double tolerance = 0.5 * 360.0 / WebMercator.worldSize(zoom);
            long before = 0;
            long after = 0;
            for (int i = 0; i < COUNTRIES.size(); i++) {
                Geometry original = COUNTRIES.get(i);
                Geometry simplified = geometries.simplified(i, zoom + 0.5);
                before += original.getNumPoints();
                after += simplified.getNumPoints();
                long large = java.util.stream.IntStream.range(0, original.getNumGeometries())
                        .mapToObj(original::getGeometryN)
                        .filter(part -> Math.min(part.getEnvelopeInternal().getWidth(), part.getEnvelopeInternal().getHeight()) > 8 * tolerance)
                        .count();
                assertTrue(simplified.getNumGeometries() >= large, "zoom " + zoom + ", feature " + i
                        + ": parts larger than a few pixels stay (only specks vanish): " + simplified.getNumGeometries() + " < " + large);
                // each vertex moves the outline by at most the tolerance: the area by at most
                // tolerance × outline length
                double bound = tolerance * original.getLength();
                assertTrue(Math.abs(original.getArea() - simplified.getArea()) <= bound,
                        "zoom " + zoom + ", feature " + i + ": area " + simplified.getArea() + " vs " + original.getArea());
            }
            assertTrue(after < before, "zoom " + zoom + " sheds vertices: " + after + " of " + before);
        }
    }

    @Test
    void preparedCopiesAreTheOnesDrawnAndMadeOnce() {
        List<Geometry> fresh = new GeoJsonReader().read(Path.of("geodata/countries.geojson"))
                .features().stream().map(GeoFeature::geometry).filter(Objects::nonNull).toList();
        fresh.forEach(g -> assertEquals(null, g.getUserData(), "read anew: no copies yet"));
        SimplifiedGeometries.prepare(fresh, 7.6);
        SimplifiedGeometries geometries = new SimplifiedGeometries(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            Geometry prepared = SimplifiedGeometries.simplify(fresh.get(i), 7);
            assertSame(prepared, geometries.simplified(i, 7.2), "the layer draws the copy made ahead, at level 7");
            assertTrue(prepared.getNumPoints() <= fresh.get(i).getNumPoints());
        }
        SimplifiedGeometries.prepare(fresh, SimplifiedGeometries.FULL_DETAIL_ZOOM + 1.0); // nothing to make
    }

    @Test
    void aKeptCopyIsTakenOnceWhenFirstDrawnAndOneThatCannotBeReadIsMadeAnew() {
        Geometry fresh = new GeoJsonReader().read(Path.of("geodata/countries.geojson")).features().get(0).geometry();
        Geometry reference = new GeoJsonReader().read(Path.of("geodata/countries.geojson")).features().get(0).geometry();
        Geometry stand = reference.getEnvelope();
        int[] asked = {0};
        SimplifiedGeometries.keep(fresh, 6, () -> {
            asked[0]++;
            return stand;
        });
        SimplifiedGeometries.keep(fresh, 7, () -> {
            throw new IllegalArgumentException("unknown geometry type 99");
        });
        SimplifiedGeometries.keep(fresh, SimplifiedGeometries.FULL_DETAIL_ZOOM, () -> stand); // ignored
        assertEquals(List.of(6, 7), SimplifiedGeometries.levelsKept(fresh));
        assertEquals(0, asked[0], "read only when drawn");
        assertSame(stand, SimplifiedGeometries.simplify(fresh, 6));
        assertSame(stand, SimplifiedGeometries.simplify(fresh, 6));
        assertEquals(1, asked[0]);
        assertTrue(SimplifiedGeometries.simplify(reference, 7).equalsExact(SimplifiedGeometries.simplify(fresh, 7)),
                "made anew");
        org.locationtech.jts.geom.Point label = fresh.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(45, 40));
        SimplifiedGeometries.keepInteriorPoint(fresh, label);
        assertSame(label, SimplifiedGeometries.interiorPoint(fresh));
        assertSame(label, SimplifiedGeometries.interiorPointIfFound(fresh));
    }

    @Test
    void fullDetailFromLevel14AndLookupsInOrder() {
        SimplifiedGeometries geometries = new SimplifiedGeometries(COUNTRIES);
        assertSame(COUNTRIES.get(0), geometries.simplified(0, SimplifiedGeometries.FULL_DETAIL_ZOOM));
        List<Integer> all = geometries.visibleIndices(new Envelope(-180, 180, -90, 90));
        assertEquals(COUNTRIES.size(), all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1) < all.get(i));
        }
    }

    @Test
    void usersOfTheSameGeometriesShareTheirCopies() {
        // the offline basemap and the countries layer simplify the same polygons
        SimplifiedGeometries basemap = new SimplifiedGeometries(COUNTRIES);
        SimplifiedGeometries layer = new SimplifiedGeometries(COUNTRIES.subList(1, COUNTRIES.size()));
        for (int i = 1; i < COUNTRIES.size(); i++) {
            assertSame(basemap.simplified(i, 7.3), layer.simplified(i - 1, 7.9), "feature " + i + " made once");
        }
        Geometry taken = COUNTRIES.get(0).copy();
        taken.setUserData("someone else's");
        Geometry simplified = new SimplifiedGeometries(List.of(taken)).simplified(0, 7);
        assertEquals("someone else's", taken.getUserData(), "user data of others is left alone");
        assertTrue(simplified.getNumPoints() < taken.getNumPoints());
    }

    @Test
    void labelPointsAreJtsInteriorPointsMadeOnceAndAheadByPrepare() {
        List<Geometry> fresh = new GeoJsonReader().read(Path.of("geodata/countries.geojson"))
                .features().stream().map(GeoFeature::geometry).filter(Objects::nonNull).toList();
        SimplifiedGeometries.prepare(fresh, 6.5);
        for (Geometry geometry : fresh) {
            org.locationtech.jts.geom.Point point = SimplifiedGeometries.interiorPoint(geometry);
            assertTrue(point.equalsExact(geometry.getInteriorPoint()), "JTS's interior point");
            assertSame(point, SimplifiedGeometries.interiorPoint(geometry), "made once, by prepare");
            assertTrue(geometry.covers(point), "inside the area");
        }
        Geometry taken = COUNTRIES.get(0).copy();
        taken.setUserData("someone else's");
        assertTrue(SimplifiedGeometries.interiorPoint(taken).equalsExact(taken.getInteriorPoint()));
        assertEquals("someone else's", taken.getUserData(), "user data of others is left alone");
    }
}
