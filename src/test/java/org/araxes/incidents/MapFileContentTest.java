// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.araxes.incidents.MapFileContent.Holds;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("What a map file holds, told by its content")
class MapFileContentTest {

    private static GeoJsonResult read(String name, String json) {
        return new GeoJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Nested
    @DisplayName("the bundled files")
    class Bundled {

        @Test
        @DisplayName("the incidents are incidents and every other bundled file is a layer")
        void bundled() throws IOException {
            int files = 0;
            try (DirectoryStream<Path> all = Files.newDirectoryStream(Path.of("geodata"), "*.geojson")) {
                for (Path file : all) {
                    Holds expected = file.getFileName().toString().equals("incidents.geojson") ? Holds.INCIDENTS : Holds.LAYER;
                    assertEquals(expected, MapFileContent.of(new GeoJsonReader().read(file)), file.toString());
                    files++;
                }
            }
            assertTrue(files >= 10, files + " bundled files");
        }
    }

    @Nested
    @DisplayName("a file without a header")
    class NoHeader {

        @Test
        @DisplayName("points with an Araxes date object are incidents, whatever the file is called")
        void araxesDates() {
            GeoJsonResult read = read("roads.geojson", """
                    {"type": "FeatureCollection", "features": [
                      {"type": "Feature", "id": "a", "geometry": {"type": "Point", "coordinates": [46.4, 39.2]},
                       "properties": {"title": "A", "date": {"start": "2023-01-27"}}},
                      {"type": "Feature", "id": "b", "geometry": null,
                       "properties": {"title": "B", "date": {"start": "2023-01-28"}}}]}
                    """);
            assertEquals(Holds.INCIDENTS, MapFileContent.of(read));
        }

        @Test
        @DisplayName("points with ACLED's event_date are incidents")
        void acledDates() {
            GeoJsonResult read = read("export.geojson", """
                    {"type": "FeatureCollection", "features": [
                      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [46.4, 39.2]},
                       "properties": {"event_date": "2023-01-27", "event_type": "Battles", "notes": "n"}}]}
                    """);
            assertEquals(Holds.INCIDENTS, MapFileContent.of(read));
        }

        @Test
        @DisplayName("points with a plain table's date and title are incidents; a date alone is not")
        void plainTable() {
            assertEquals(Holds.INCIDENTS, MapFileContent.of(read("table.geojson", """
                    {"type": "FeatureCollection", "features": [
                      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [46.4, 39.2]},
                       "properties": {"date": "2023-01-27", "title": "Shooting", "source": "Agency"}}]}
                    """)));
            assertEquals(Holds.LAYER, MapFileContent.of(read("surveys.geojson", """
                    {"type": "FeatureCollection", "features": [
                      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [46.4, 39.2]},
                       "properties": {"date": "2019-06-01", "name": "Survey point 4"}}]}
                    """)));
        }

        @Test
        @DisplayName("a layer with incident-like names, titles and categories but no dates is a layer")
        void incidentLikeNames() {
            GeoJsonResult read = read("incidents.geojson", """
                    {"type": "FeatureCollection", "features": [
                      {"type": "Feature", "id": "inc-1", "geometry": {"type": "Point", "coordinates": [46.4, 39.2]},
                       "properties": {"id": "inc-1", "name": "Attack on the Kapan road", "title": "Kapan attack",
                                      "category": "attack", "status": "confirmed", "actors": ["Azerbaijan"]}},
                      {"type": "Feature", "id": "inc-2", "geometry": {"type": "Point", "coordinates": [45.4, 39.2]},
                       "properties": {"id": "inc-2", "name": "Incident at Nakhchivan", "category": "border_clash"}}]}
                    """);
            assertEquals(Holds.LAYER, MapFileContent.of(read));
        }

        @Test
        @DisplayName("dated lines and areas are a layer (incidents are points)")
        void datedLines() {
            GeoJsonResult read = read("pipelines.geojson", """
                    {"type": "FeatureCollection", "features": [
                      {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[46, 39], [47, 40]]},
                       "properties": {"date": {"start": "2006-05-25"}, "event_date": "2006-05-25"}}]}
                    """);
            assertEquals(Holds.LAYER, MapFileContent.of(read));
        }

        @Test
        @DisplayName("a few dated points among many undated ones are a layer; half or more are incidents")
        void share() {
            String dated = """
                    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [46, 39]}, "properties": {"event_date": "2023-01-01"}}""";
            String plain = """
                    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [46, 39]}, "properties": {"name": "x"}}""";
            assertEquals(Holds.LAYER, MapFileContent.of(read("a.geojson",
                    "{\"type\": \"FeatureCollection\", \"features\": [" + dated + "," + plain + "," + plain + "]}")));
            assertEquals(Holds.INCIDENTS, MapFileContent.of(read("b.geojson",
                    "{\"type\": \"FeatureCollection\", \"features\": [" + dated + "," + plain + "]}")));
        }

        @Test
        @DisplayName("an empty or broken file is a layer (its problems show in the layer panel)")
        void empty() {
            assertEquals(Holds.LAYER, MapFileContent.of(read("empty.geojson", "{\"type\": \"FeatureCollection\", \"features\": []}")));
            assertEquals(Holds.LAYER, MapFileContent.of(read("broken.geojson", "{\"type\": \"FeatureCol")));
        }
    }

    @Nested
    @DisplayName("a file with a header")
    class Header {

        @Test
        @DisplayName("a header naming a layer kind makes a layer even of dated points")
        void headerLayer() {
            GeoJsonResult read = read("incidents.geojson", """
                    {"type": "FeatureCollection", "araxes": {"title": "Towns", "kind": "place"}, "features": [
                      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [46.4, 39.2]},
                       "properties": {"name": "Kapan", "event_date": "2023-01-27"}}]}
                    """);
            assertEquals(Holds.LAYER, MapFileContent.of(read));
        }

        @Test
        @DisplayName("a header naming incidents makes incidents even when every feature is broken")
        void headerIncidents() throws IOException {
            Path truncated = Path.of("src/test/resources/org/araxes/corpus/incidents-truncated.geojson");
            assertEquals(Holds.INCIDENTS, MapFileContent.of(new GeoJsonReader().read(truncated)));
        }
    }

    @ParameterizedTest(name = "{0} is a table of incidents")
    @ValueSource(strings = {"acled.csv", "EXPORT.TSV", "list.txt"})
    void tables(String name) {
        assertTrue(MapFileContent.isTable(name));
    }

    @Test
    @DisplayName("GeoJSON files are not tables")
    void notTables() {
        assertFalse(MapFileContent.isTable("incidents.geojson"));
        assertFalse(MapFileContent.isTable("csv.json"));
    }
}
