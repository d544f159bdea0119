// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.araxes.geo.GeoFeature;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class GeoJsonReaderTest {

    private final GeoJsonReader reader = new GeoJsonReader();

    private GeoJsonResult read(String json) {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.geojson");
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    @Test
    @DisplayName("a streamed read can leave repeated ids to its caller")
    void duplicateIdsLeftToTheCaller() {
        String json = collection("{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":null,\"properties\":{}}",
                "{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":null,\"properties\":{}}");
        List<String> ids = new java.util.ArrayList<>();
        GeoJsonResult checked = reader.readEach(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.geojson",
                f -> ids.add(f.id()));
        assertEquals(1, checked.problems().stream().filter(p -> p.message().startsWith("duplicate id")).count());
        GeoJsonResult unchecked = reader.readEach(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.geojson",
                f -> ids.add(f.id()), false);
        assertEquals(List.of(), unchecked.problems());
        assertEquals(List.of("a", "a", "a", "a"), ids);
    }

    @Test
    @DisplayName("streamed features have the same properties as read ones: values, types, nesting, order, nulls")
    void streamedPropertiesEqualReadOnes() {
        String json = collection("{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":null,\"properties\":{"
                + "\"title\":\"Kapan\",\"n\":3,\"big\":12345678901,\"huge\":123456789012345678901234567890,"
                + "\"x\":1.5,\"ok\":true,\"none\":null,\"names\":{\"hy\":\"Կապան\",\"az\":\"Qafan\"},"
                + "\"sources\":[{\"url\":\"https://example.org\",\"quote\":\"q\"},[1,2],\"s\"]}}");
        Map<String, Object> read = read(json).features().get(0).properties();
        List<Map<String, Object>> streamed = new java.util.ArrayList<>();
        reader.readEach(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.geojson",
                f -> streamed.add(f.properties()));
        Map<String, Object> each = streamed.get(0);
        assertEquals(read, each);
        assertEquals(read.hashCode(), each.hashCode());
        assertEquals(List.copyOf(read.keySet()), List.copyOf(each.keySet()), "members in file order");
        assertEquals(Long.class, each.get("big").getClass());
        assertEquals(java.math.BigInteger.class, each.get("huge").getClass());
        assertEquals(Integer.class, each.get("n").getClass());
        assertEquals(Double.class, each.get("x").getClass());
        assertTrue(each.containsKey("none"));
        assertNull(each.get("none"));
        assertNull(each.get("absent"));
        assertEquals("Կապան", ((Map<?, ?>) each.get("names")).get("hy"));
        assertEquals(List.of(1, 2), ((List<?>) each.get("sources")).get(1));
    }

    @Nested
    @DisplayName("Awkward but legal documents")
    class Awkward {

        @Test
        @DisplayName("an empty object is reported as not GeoJSON and gives no features")
        void emptyObject() {
            GeoJsonResult result = read("{}");
            assertTrue(result.features().isEmpty());
            assertEquals(1, result.problems().size());
            assertTrue(result.problems().get(0).message().contains("no \"type\""), result.problems().toString());
        }

        @Test
        @DisplayName("a line or area north of the region (the Russia–Ukraine border, the Sea of Azov) is not taken for swapped coordinates; a point still is")
        void swappedIsForPoints() {
            GeoJsonResult line = read(collection("{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\","
                    + "\"coordinates\":[[38.2,47.1],[39.7,47.8],[40.1,49.6]]},\"properties\":{}}"));
            assertTrue(line.problems().isEmpty(), line.problems().toString());
            // a file of places in the region with one typed as [latitude, longitude]
            String[] places = {"[45.4,38.9]", "[46.4,39.2]", "[47.0,40.0]", "[44.5,40.2]", "[46.0,38.1]", "[39.2,46.4]"};
            String[] features = new String[places.length];
            for (int i = 0; i < places.length; i++) {
                features[i] = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":" + places[i]
                        + "},\"properties\":{}}";
            }
            GeoJsonResult points = read(collection(features));
            assertEquals(1, points.problems().size(), points.problems().toString());
            assertTrue(points.problems().get(0).message().contains("look swapped"), points.problems().toString());
        }

        @Test
        @DisplayName("an empty collection reads cleanly")
        void emptyCollection() {
            GeoJsonResult result = read(collection());
            assertTrue(result.features().isEmpty());
            assertTrue(result.problems().isEmpty());
        }

        @Test
        @DisplayName("a null geometry is kept as a feature without a place")
        void nullGeometry() {
            GeoJsonResult result = read(collection("{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"name\":\"Nowhere\"}}"));
            assertEquals(1, result.features().size());
            assertNull(result.features().get(0).geometry());
            assertEquals("Nowhere", result.features().get(0).name("en"));
            assertTrue(result.problems().isEmpty());
        }

        @Test
        @DisplayName("missing properties read as an empty map and the id falls back to the index")
        void missingProperties() {
            GeoJsonResult result = read(collection("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[46.4,39.2]}}"));
            GeoFeature feature = result.features().get(0);
            assertEquals(Map.of(), feature.properties());
            assertEquals("#0", feature.id());
        }

        @Test
        @DisplayName("every property is kept, nested objects and arrays included")
        void keepsProperties() {
            GeoJsonResult result = read(collection("""
                    {"type":"Feature","id":"place-kapan",
                     "geometry":{"type":"Point","coordinates":[46.4058,39.2076]},
                     "properties":{"name":"Kapan","names":{"hy":"Կապան","ru":"Капан"},
                                   "alt_names":[{"name":"Kafan","used_by":"older sources"}],"rank":3}}
                    """));
            GeoFeature kapan = result.features().get(0);
            assertEquals("place-kapan", kapan.id());
            assertEquals("Կապան", kapan.name("hy"));
            assertEquals("Kapan", kapan.name("fa"), "falls back to name");
            assertEquals(3, kapan.number("rank", 0));
            assertEquals(1, kapan.list("alt_names").size());
        }

        @Test
        @DisplayName("a single Feature and a bare geometry are read as one feature")
        void singleFeatureAndBareGeometry() {
            assertEquals(1, read("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[45,39]}}").features().size());
            assertEquals(1, read("{\"type\":\"LineString\",\"coordinates\":[[45,39],[46,39.5]]}").features().size());
        }

        @Test
        @DisplayName("a bare geometry collection and a single Feature keep their members in any order, streamed: the last of a repeated one counts")
        void bareGeometryMembersInAnyOrder() {
            GeoJsonResult bare = read("""
                    {"geometries":[{"type":"Point","coordinates":[1,1]}],"bbox":[0,0,1,1],
                     "geometries":[{"coordinates":[[[45,39],[46,39],[46,40],[45,39]]],"type":"Polygon"},
                                   {"type":"LineString","coordinates":[[45,39],[46,39.5]]}],
                     "type":"GeometryCollection"}""");
            assertEquals(List.of(), bare.problems());
            assertEquals("GEOMETRYCOLLECTION (POLYGON ((45 39, 46 39, 46 40, 45 39)), LINESTRING (45 39, 46 39.5))",
                    bare.features().get(0).geometry().toText());
            GeoJsonResult feature = read("""
                    {"geometry":{"type":"Point","coordinates":[45,39]},"id":"baku","type":"Feature",
                     "properties":{"name":"Bakı"},"coordinates":[1,2]}""");
            assertEquals("POINT (45 39)", feature.features().get(0).geometry().toText());
            assertEquals("baku", feature.features().get(0).id());
            assertEquals("Bakı", feature.features().get(0).properties().get("name"));
        }

        @Test
        @DisplayName("the araxes member names the layer; without it the title comes from the file name")
        void layerInfo() {
            GeoJsonResult described = read("""
                    {"type":"FeatureCollection","araxes":{"title":"Rivers","kind":"river","order":40,
                     "credit":"GSHHG (LGPL-3+)"},"features":[]}""");
            assertEquals("Rivers", described.info().title());
            assertEquals(LayerInfo.Kind.RIVER, described.info().kind());
            assertEquals(40, described.info().order());
            assertEquals("GSHHG (LGPL-3+)", described.info().credit());
            assertEquals("Test", read(collection()).info().title());
        }
    }

    @Nested
    @DisplayName("Geometries")
    class Geometries {

        @Test
        @DisplayName("a polygon keeps its hole")
        void polygonWithHole() throws Exception {
            GeoJsonResult result = read(collection("""
                    {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[
                      [[45,39],[46,39],[46,40],[45,40],[45,39]],
                      [[45.4,39.4],[45.4,39.6],[45.6,39.6],[45.6,39.4],[45.4,39.4]]]}}"""));
            Polygon polygon = (Polygon) result.features().get(0).geometry();
            assertEquals(1, polygon.getNumInteriorRing());
            assertTrue(polygon.equalsExact(new WKTReader().read(
                    "POLYGON ((45 39, 46 39, 46 40, 45 40, 45 39), (45.4 39.4, 45.4 39.6, 45.6 39.6, 45.6 39.4, 45.4 39.4))")));
            assertEquals(1.0 - 0.04, polygon.getArea(), 1e-9);
        }

        @Test
        @DisplayName("a multipolygon keeps every part, like Azerbaijan with Nakhchivan")
        void multiPolygon() {
            GeoJsonResult result = read(collection("""
                    {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[
                      [[[45,39],[46,39],[46,40],[45,40],[45,39]]],
                      [[[47,39],[48,39],[48,40],[47,40],[47,39]]]]}}"""));
            MultiPolygon multi = (MultiPolygon) result.features().get(0).geometry();
            assertEquals(2, multi.getNumGeometries());
            assertTrue(result.problems().isEmpty());
        }

        @Test
        @DisplayName("coordinates are longitude first: x is the longitude")
        void lonLatOrder() {
            GeoFeature baku = read(collection("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[49.8671,40.4093]}}"))
                    .features().get(0);
            assertEquals(49.8671, baku.geometry().getCoordinate().x);
            assertEquals(40.4093, baku.geometry().getCoordinate().y);
        }

        @Test
        @DisplayName("an unclosed ring is closed with a warning")
        void unclosedRing() {
            GeoJsonResult result = read(collection("""
                    {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[45,39],[46,39],[46,40],[45,40]]]}}"""));
            assertEquals(1, result.features().size());
            assertTrue(result.features().get(0).geometry().isValid());
            assertEquals(Problem.Severity.WARNING, result.problems().get(0).severity());
            assertTrue(result.problems().get(0).message().contains("not closed"));
        }

        @Test
        @DisplayName("a self-intersecting ring is repaired with a warning")
        void bowTie() {
            GeoJsonResult result = read(collection("""
                    {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[45,39],[46,40],[46,39],[45,40],[45,39]]]}}"""));
            assertEquals(1, result.features().size());
            assertTrue(result.features().get(0).geometry().isValid());
            assertTrue(result.problems().get(0).message().contains("repaired"));
        }
    }

    @Test
    @DisplayName("checking only (validate) names the problems in the order of the file, while polygons are checked beside the parser")
    void checkingOnlyKeepsTheOrder() {
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[45,39],[46,40],[46,39],[45,40],[45,39]]]}";
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[45,39],[46,39],[46,40],[45,40]]]}";
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[45,39],[46,39],[46,40],[45,40],[45,39]]]}";
        List<String> features = new java.util.ArrayList<>();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String geometry = switch (i % 4) {
                case 0 -> bowTie;
                case 1 -> open;
                case 2 -> square;
                default -> "{\"type\":\"Point\",\"coordinates\":[\"x\",39]}";
            };
            features.add("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + geometry + "}");
            switch (i % 4) {
                case 0 -> expected.add("feature " + i + ": the polygon is not valid (rings cross each other near 45.5, 39.5); it is repaired when opened");
                case 1 -> expected.add("feature " + i + ": a ring was not closed (its last position differs from its first); closed it");
                case 3 -> expected.add("feature " + i + ": a position must hold numbers, found [\"x\",39.0]; feature left out");
                default -> {
                }
            }
        }
        GeoJsonResult checked = reader.checkingOnly().readEach(
                new ByteArrayInputStream(collection(features.toArray(new String[0])).getBytes(StandardCharsets.UTF_8)),
                "t.geojson", f -> { });
        assertEquals(expected, checked.problems().stream()
                .map(p -> p.place().replaceAll(" \\(line \\d+\\)", "") + ": " + p.message()).toList());
    }

    @Nested
    @DisplayName("Bad features are left out, the rest loads, and the problem names the place")
    class BadFeatures {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            // coordinates of the wrong type
            "'{\"type\":\"Point\",\"coordinates\":\"x\"}' | needs a \"coordinates\" array",
            // latitude first, as people often write it
            "'{\"type\":\"Point\",\"coordinates\":[39.2,146.4]}' | looks like [latitude, longitude]",
            // plainly out of range
            "'{\"type\":\"Point\",\"coordinates\":[200,100]}' | outside longitude",
            // 1e400 overflows to infinity
            "'{\"type\":\"Point\",\"coordinates\":[1e400,39]}' | not a finite number",
            // a string where a number belongs
            "'{\"type\":\"Point\",\"coordinates\":[\"46\",39]}' | must hold numbers",
            // a ring of three points
            "'{\"type\":\"Polygon\",\"coordinates\":[[[45,39],[46,39],[45,39]]]}' | at least 4 positions",
            // unknown type
            "'{\"type\":\"Circle\",\"coordinates\":[45,39]}' | unknown geometry type",
        })
        void badGeometry(String geometry, String expected) {
            GeoJsonResult result = read(collection(
                    "{\"type\":\"Feature\",\"id\":\"bad\",\"properties\":{},\"geometry\":" + geometry + "}",
                    "{\"type\":\"Feature\",\"id\":\"good\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[45,39]}}"));
            assertEquals(List.of("good"), result.features().stream().map(GeoFeature::id).toList());
            Problem problem = result.problems().get(0);
            assertEquals("test.geojson", problem.file());
            assertTrue(problem.place().startsWith("feature 0"), problem.place());
            assertTrue(problem.place().contains("\"bad\""), problem.place());
            assertTrue(problem.message().contains(expected), problem.message());
        }

        @Test
        @DisplayName("duplicate ids are kept with a warning")
        void duplicateIds() {
            String point = "{\"type\":\"Feature\",\"id\":\"x\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[45,39]}}";
            GeoJsonResult result = read(collection(point, point));
            assertEquals(2, result.features().size());
            assertTrue(result.problems().get(0).message().contains("duplicate id"));
        }

        @Test
        @DisplayName("truncated JSON keeps the features before the break and names the line")
        void truncated() {
            String point = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[45,39]}}";
            GeoJsonResult result = read("{\"type\":\"FeatureCollection\",\"features\":[\n" + point + ",\n" + point + ",\n{\"type\":\"Fea");
            assertEquals(2, result.features().size());
            assertTrue(result.hasErrors());
            assertTrue(result.problems().get(0).place().startsWith("line 4"), result.problems().get(0).place());
            assertTrue(result.problems().get(0).message().startsWith("the file ends in the middle of the JSON"),
                    result.problems().get(0).message());
        }

        @Test
        @DisplayName("an empty file says so")
        void emptyFile() {
            assertEquals("the file is empty", read("").problems().get(0).message());
        }

        @Test
        @DisplayName("deep nesting stops at the limit with a message naming the limit")
        void deepNesting() {
            GeoJsonReader strict = new GeoJsonReader(StreamReadConstraints.builder().maxNestingDepth(50).build());
            String deep = "{\"type\":\"FeatureCollection\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + ",\"features\":[]}";
            GeoJsonResult result = strict.read(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)), "deep.geojson");
            assertTrue(result.problems().get(0).message().contains("nesting depth limit"), result.problems().toString());
        }

        @Test
        @DisplayName("a byte-order mark is accepted")
        void byteOrderMark() {
            GeoJsonResult result = read("\uFEFF" + collection());
            assertFalse(result.hasErrors(), result.problems().toString());
        }
    }
}
