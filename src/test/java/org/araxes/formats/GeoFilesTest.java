// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.araxes.formats.GeoFiles.Format;
import org.araxes.io.GeoJsonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("GeoFiles: the one format dispatcher")
class GeoFilesTest {

    @TempDir
    Path folder;

    private Path file(String name, String text) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private Path bytes(String name, String hex) throws IOException {
        return Files.write(folder.resolve(name), HexFormat.of().parseHex(hex));
    }

    @Nested
    @DisplayName("tells the format by content first, then by extension")
    class Kinds {

        @ParameterizedTest(name = "{0} is {2}")
        @CsvSource(delimiter = '|', value = {
            // content wins over a misleading extension
            "layer.kml | {\"type\":\"FeatureCollection\",\"features\":[]} | GEOJSON",
            "world.json | {\"type\":\"Topology\",\"objects\":{},\"arcs\":[]} | TOPOJSON",
            // a GeoJSON whose property mentions Topology after the feature type is still GeoJSON
            "odd.geojson | {\"type\":\"Feature\",\"properties\":{\"type\":\"Topology\"},\"geometry\":null} | GEOJSON",
            "places.xml | <?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml> | KML",
            // KML without a namespace and without a declaration
            "places.txt | <kml><Document/></kml> | KML",
            "track.xml | <?xml version=\"1.0\"?><!-- a comment first --><gpx version=\"1.1\"/> | GPX",
            "events.csv | event_date,latitude,longitude,source | CSV",
            // no content sign: the extension says
            "empty.kml | '' | KML"})
        void byContentThenExtension(String name, String text, Format expected) throws IOException {
            assertEquals(expected, GeoFiles.kind(file(name, text)).format());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "layer.geojson | 53514c69746520666f726d6174203300 | GEOPACKAGE",
            "places.fgb | 6667620300000000 | FLATGEOBUF",
            "places.shp | 0000270a000000000000 | SHAPEFILE"})
        void binaryByFirstBytes(String name, String hex, Format expected) throws IOException {
            assertEquals(expected, GeoFiles.kind(bytes(name, hex)).format());
        }

        @ParameterizedTest(name = "{0}: {2}")
        @CsvSource(delimiter = '|', value = {
            "roads.dbf | 03790c1a | a Shapefile: open the .shp with its .dbf",
            "roads.shx | 0000270a000000000000 | the .shx index of a Shapefile: open the .shp with its .dbf",
            "roads.prj | 47454f47435322 | the .prj part of a Shapefile: open the .shp",
            "map.pdf | 255044462d312e34 | a PDF document",
            "places.geojson.gz | 1f8b0800000000000003 | a gzip-compressed file"})
        void partsAndOthersAreNamed(String name, String hex, String expected) throws IOException {
            GeoFiles.Kind kind = GeoFiles.kind(bytes(name, hex));
            assertNull(kind.format());
            assertTrue(kind.refusal().contains(expected), kind.refusal());
        }

        @Test
        @DisplayName("GML is named GML, with the command that converts it")
        void gml() throws IOException {
            GeoFiles.Kind kind = GeoFiles.kind(file("roads.xml", "<?xml version=\"1.0\"?><ogr:FeatureCollection"
                    + " xmlns:ogr=\"http://ogr.maptools.org/\" xmlns:gml=\"http://www.opengis.net/gml\"><gml:boundedBy/>"
                    + "</ogr:FeatureCollection>"));
            assertTrue(kind.refusal().startsWith("the file is GML"), kind.refusal());
        }

        @Test
        @DisplayName("a folder is refused as a folder")
        void folder() {
            assertEquals("this is a folder, not a file", GeoFiles.kind(folder).refusal());
        }
    }

    @Nested
    @DisplayName("reads")
    class Reads {

        @Test
        @DisplayName("GeoJSON through the GeoJSON reader")
        void geoJson() throws IOException {
            GeoJsonResult result = GeoFiles.read(file("p.geojson", "{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},"
                    + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[45,39]}}"));
            assertEquals(1, result.features().size());
            assertEquals("A", result.features().get(0).text("name"));
        }

        @Test
        @DisplayName("a CSV given as a layer is named a CSV table with WKT, and says how to convert it")
        void csvWithWkt() throws IOException {
            GeoJsonResult result = GeoFiles.read(file("roads.csv", "id,WKT\n1,\"LINESTRING (45 39, 46 39)\"\n"));
            assertTrue(result.features().isEmpty());
            assertTrue(result.problems().get(0).message().startsWith("the file is a CSV table with WKT geometries"),
                    result.problems().toString());
        }
    }
}
