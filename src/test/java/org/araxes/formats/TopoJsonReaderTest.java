// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

@DisplayName("TopoJsonReader")
class TopoJsonReaderTest {

    private static GeoJsonResult topo(String text) {
        return TopoJsonReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.topojson");
    }

    @Nested
    @DisplayName("files mapshaper wrote (counts and extent as ogrinfo gives them)")
    class Real {

        @Test
        @DisplayName("countries.topojson (quantized): 6 countries within GDAL's extent 43..51, 36..42.5")
        void quantized() {
            GeoJsonResult result = GeoFiles.read(Fixtures.of("countries.topojson"));
            assertEquals(6, result.features().size(), result.problems().toString());
            Envelope all = new Envelope();
            result.features().forEach(f -> all.expandToInclude(f.geometry().getEnvelopeInternal()));
            assertEquals(43.0, all.getMinX(), 1e-6);
            assertEquals(51.0, all.getMaxX(), 1e-6);
            assertEquals(36.0, all.getMinY(), 1e-6);
            assertEquals(42.5, all.getMaxY(), 1e-6);
            GeoFeature armenia = result.features().stream().filter(f -> "Armenia".equals(f.text("name"))).findFirst().orElseThrow();
            assertEquals("countries", armenia.text(TopoJsonReader.OBJECT_PROPERTY));
            // GDAL's first vertex of Armenia: 43.8120812081208 41.1485148514851
            Coordinate first = armenia.geometry().getCoordinates()[0];
            assertEquals(43.8120812081208, first.x, 1e-9);
            assertEquals(41.1485148514851, first.y, 1e-9);
            assertTrue(armenia.geometry().isValid());
        }

        @Test
        @DisplayName("rivers.topojson (not quantized): 19 lines")
        void plain() {
            GeoJsonResult result = GeoFiles.read(Fixtures.of("rivers.topojson"));
            assertEquals(19, result.features().size(), result.problems().toString());
            assertTrue(result.features().stream().allMatch(f -> f.geometry().getGeometryType().endsWith("LineString")));
        }
    }

    @Nested
    @DisplayName("arcs and objects")
    class Arcs {

        @Test
        @DisplayName("two polygons share an arc, one reversed (-1, that is ~0); the rings close; ids and properties kept")
        void sharedArc() {
            GeoJsonResult result = topo("""
                    {"type":"Topology","objects":{"fields":{"type":"GeometryCollection","geometries":[
                      {"type":"Polygon","id":"west","properties":{"name":"West"},"arcs":[[0,1]]},
                      {"type":"Polygon","id":"east","arcs":[[-1,2]]}]}},
                     "arcs":[[[45,39],[45,40]],[[45,40],[44,40],[44,39],[45,39]],[[45,39],[46,39],[46,40],[45,40]]]}""");
            assertTrue(result.problems().isEmpty(), result.problems().toString());
            assertEquals(2, result.features().size());
            GeoFeature west = result.features().get(0);
            assertEquals("west", west.id());
            assertEquals("West", west.text("name"));
            assertEquals("fields", west.text("topojson_object"));
            assertEquals(1.0, west.geometry().getArea(), 1e-12);
            assertEquals(1.0, result.features().get(1).geometry().getArea(), 1e-12);
        }

        @Test
        @DisplayName("a quantized point uses the transform without deltas")
        void quantizedPoint() {
            GeoJsonResult result = topo("""
                    {"type":"Topology","transform":{"scale":[0.01,0.01],"translate":[40,30]},
                     "objects":{"p":{"type":"Point","coordinates":[500,900]}},"arcs":[]}""");
            assertEquals(45.0, result.features().get(0).geometry().getCoordinate().x, 1e-9);
            assertEquals(39.0, result.features().get(0).geometry().getCoordinate().y, 1e-9);
        }

        @Test
        @DisplayName("an arc index that names no arc leaves its geometry out, named by object and index")
        void badArcIndex() {
            GeoJsonResult result = topo("""
                    {"type":"Topology","objects":{"l":{"type":"GeometryCollection","geometries":[
                      {"type":"LineString","arcs":[7]},{"type":"LineString","arcs":[0]}]}},
                     "arcs":[[[45,39],[46,39]]]}""");
            assertEquals(1, result.features().size());
            assertEquals("object \"l\", geometry 0", result.problems().get(0).place());
            assertEquals("arc index 7 names no arc (the topology has 1); left out", result.problems().get(0).message());
        }

        @Test
        @DisplayName("a file cut short names its line and column")
        void truncated() {
            GeoJsonResult result = topo("{\"type\":\"Topology\",\"objects\":{},\"arcs\":[[[45,39],");
            assertTrue(result.features().isEmpty());
            assertTrue(result.problems().get(0).place().startsWith("line 1"), result.problems().toString());
        }

        @Test
        @DisplayName("members in sorted order (arcs before type) are still told apart as TopoJSON")
        void typeLast() throws java.io.IOException {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("sorted", ".json");
            try {
                StringBuilder arcs = new StringBuilder();
                for (int i = 0; i < 20_000; i++) {
                    arcs.append(i == 0 ? "" : ",").append("[[45,39],[46,39]]");
                }
                java.nio.file.Files.writeString(file, "{\"arcs\":[" + arcs + "],\"objects\":{\"l\":{\"type\":\"LineString\","
                        + "\"arcs\":[0]}},\"type\":\"Topology\"}");
                assertEquals(GeoFiles.Format.GEOJSON, GeoFiles.kind(file).format(), "not seen in the first bytes");
                GeoJsonResult result = GeoFiles.read(file);
                assertEquals(1, result.features().size(), result.problems().toString());
            } finally {
                java.nio.file.Files.delete(file);
            }
        }
    }
}
