// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Reading incident GeoJSON")
class IncidentReaderTest {

    private static final String GOOD_PROPERTIES = """
            "title": "T", "summary": "S", "category": "%s", "actors": ["Iran"], "status": "reported",
            "role": "primary", "location": {"name": "Kapan", "precision": "town", "note": ""},
            "sources": [{"file": "000.txt", "publisher": "P", "author": "A", "title": "X",
                         "published": "2022-11", "quote": "A quote."}]""";

    static String feature(String id, String category, String date, String geometry) {
        return """
                {"type": "Feature", "id": "%s", "geometry": %s,
                 "properties": {"id": "%s", "date": %s, %s}}""".formatted(id, geometry, id, date,
                GOOD_PROPERTIES.formatted(category));
    }

    static String day(String start) {
        return "{\"start\": \"" + start + "\", \"precision\": \"day\", \"basis\": \"stated\", \"note\": \"n\"}";
    }

    static IncidentResult read(String... features) {
        String json = "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
        return new IncidentReader().readGeoJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.geojson");
    }

    static final String KAPAN = "{\"type\": \"Point\", \"coordinates\": [46.4058, 39.2076]}";

    @Test
    @DisplayName("keeps the file's order in the result and the chronological order in its store")
    void fileOrder() {
        IncidentResult result = read(feature("inc-late", "attack", day("2023-01-27"), KAPAN),
                feature("inc-early", "war", day("1992-01-01"), KAPAN),
                feature("inc-middle", "diplomatic", day("2022-10-21"), KAPAN));
        assertEquals(List.of("inc-late", "inc-early", "inc-middle"), result.incidents().stream().map(Incident::id).toList());
        assertEquals(List.of("inc-early", "inc-middle", "inc-late"), result.store().all().stream().map(Incident::id).toList());
        assertEquals(0, result.store().indexOf("inc-early"));
    }

    @Test
    @DisplayName("a good feature becomes an incident with every field")
    void readsAGoodFeature() {
        IncidentResult result = read(feature("inc-a", "diplomatic", day("2022-10-21"), KAPAN));
        assertEquals(List.of(), result.problems());
        Incident incident = result.incidents().get(0);
        assertEquals("inc-a", incident.id());
        assertEquals(Category.DIPLOMATIC, incident.category());
        assertEquals(LocalDate.of(2022, 10, 21), incident.date().start());
        assertEquals(LocalDate.of(2022, 10, 21), incident.date().end());
        assertEquals(46.4058, incident.point().lon());
        assertEquals("A quote.", incident.sources().get(0).quote());
    }

    @Nested
    @DisplayName("bad features are reported by file, index and id, and the rest still load")
    class BadFeatures {

        @ParameterizedTest(name = "date {0} is refused because {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2021-13-45 | there is no month 13
                2021-02-30 | February 2021 has no day 30
                2021-2-3   | expected YYYY-MM-DD
                yesterday  | expected YYYY-MM-DD
                """)
        void badDates(String date, String why) {
            IncidentResult result = read(feature("inc-bad", "attack", day(date), KAPAN),
                    feature("inc-good", "attack", day("2021-01-01"), KAPAN));
            assertEquals(List.of("inc-good"), result.incidents().stream().map(Incident::id).toList());
            Problem problem = result.problems().get(0);
            assertEquals("test.geojson", problem.file());
            assertEquals("feature 0 (id \"inc-bad\")", problem.place());
            assertTrue(problem.message().contains("bad date \"" + date + "\""), problem.message());
            assertTrue(problem.message().contains(why), problem.message());
            assertEquals(Problem.Severity.ERROR, problem.severity());
        }

        @Test
        @DisplayName("an empty date.start is reported like a missing one, and the next feature still loads")
        void emptyStart() {
            // it threw a NullPointerException out of the reader (a When of null), ending the whole read
            IncidentResult result = read(feature("inc-empty", "war", day(""), "null"),
                    feature("inc-good", "attack", day("2021-01-01"), KAPAN));
            assertEquals(List.of("inc-good"), result.incidents().stream().map(Incident::id).toList());
            assertEquals("no date.start; left out", result.problems().get(0).message());
        }

        @Test
        @DisplayName("an end before the start is an error")
        void endBeforeStart() {
            String date = "{\"start\": \"2022-05-02\", \"end\": \"2022-05-01\", \"precision\": \"approximate\", \"basis\": \"inferred\", \"note\": \"n\"}";
            IncidentResult result = read(feature("inc-x", "war", date, "null"));
            assertTrue(result.incidents().isEmpty());
            assertTrue(result.problems().get(0).message().contains("date.end 2022-05-01 is before date.start 2022-05-02"));
        }

        @Test
        @DisplayName("the second feature with an id is left out, the first kept")
        void duplicateId() {
            IncidentResult result = read(feature("inc-d", "war", day("2020-01-01"), "null"),
                    feature("inc-d", "attack", day("2020-01-02"), "null"));
            assertEquals(1, result.incidents().size());
            assertEquals(Category.WAR, result.incidents().get(0).category());
            assertEquals(1, result.problems().size(), result.problems().toString());
            assertEquals("feature 1 (id \"inc-d\")", result.problems().get(0).place());
            assertTrue(result.problems().get(0).message().startsWith("duplicate id \"inc-d\""));
        }

        @Test
        @DisplayName("an incident without a source is left out")
        void noSource() {
            String f = feature("inc-s", "war", day("2020-01-01"), "null")
                    .replaceAll("(?s)\"sources\": \\[.*?\\]", "\"sources\": []");
            IncidentResult result = read(f);
            assertTrue(result.incidents().isEmpty(), result.toString());
            assertTrue(result.problems().stream().anyMatch(p -> p.message().startsWith("no source")), result.problems().toString());
        }

        @Test
        @DisplayName("an unknown category is kept as other, with a warning naming the allowed ones")
        void unknownCategory() {
            IncidentResult result = read(feature("inc-c", "skirmish", day("2020-01-01"), "null"));
            assertEquals(Category.OTHER, result.incidents().get(0).category());
            Problem problem = result.problems().get(0);
            assertEquals(Problem.Severity.WARNING, problem.severity());
            assertTrue(problem.message().contains("unknown category \"skirmish\""));
            assertTrue(problem.message().contains("military_exercise"));
        }

        @Test
        @DisplayName("latitude first, out of range, is said to be swapped")
        void swappedOutOfRange() {
            IncidentResult result = read(feature("inc-w", "war", day("2020-01-01"),
                    "{\"type\": \"Point\", \"coordinates\": [39.2, 146.4]}"));
            assertTrue(result.incidents().isEmpty());
            assertTrue(result.problems().get(0).message().contains("[latitude, longitude]"), result.problems().toString());
            assertTrue(result.problems().get(0).place().contains("inc-w"));
        }

        @Test
        @DisplayName("latitude first among the file's region points is loaded, with a warning that it looks swapped")
        void swappedInRange() {
            IncidentResult result = read(feature("inc-k", "war", day("2020-01-01"),
                    "{\"type\": \"Point\", \"coordinates\": [39.2076, 46.4058]}"),
                    point("inc-a", 46.40, 39.20), point("inc-b", 45.90, 39.50), point("inc-c", 46.70, 38.90),
                    point("inc-d", 44.80, 39.80));
            assertEquals(5, result.incidents().size());
            assertEquals(List.of("feature 0"), result.problems().stream()
                    .filter(p -> p.message().contains("look swapped")).map(Problem::place).toList(), result.problems().toString());
        }

        @Test
        @DisplayName("Moscow, Kyiv and Ankara among other cities of the world are not taken for swapped")
        void citiesOfTheWorldAreNotSwapped() {
            IncidentResult result = read(point("moscow", 37.6173, 55.7558), point("kyiv", 30.5234, 50.4501),
                    point("ankara", 32.8597, 39.9334), point("baku", 49.8671, 40.4093), point("tehran", 51.3890, 35.6892),
                    point("yerevan", 44.5152, 40.1872), point("cairo", 31.2357, 30.0444), point("lima", -77.0428, -12.0464));
            assertEquals(8, result.incidents().size());
            assertTrue(result.problems().stream().noneMatch(p -> p.message().contains("swapped")), result.problems().toString());
        }

        @Test
        @DisplayName("a file of one city alone is not taken for swapped: there is no extent to judge by")
        void oneCityAlone() {
            IncidentResult result = read(point("moscow", 37.6173, 55.7558));
            assertTrue(result.problems().stream().noneMatch(p -> p.message().contains("swapped")), result.problems().toString());
        }

        private String point(String id, double lon, double lat) {
            return feature(id, "war", day("2020-01-01"), "{\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}");
        }

        @Test
        @DisplayName("coordinates outside the world are an error")
        void outOfRange() {
            IncidentResult result = read(feature("inc-o", "war", day("2020-01-01"),
                    "{\"type\": \"Point\", \"coordinates\": [200, 100]}"));
            assertTrue(result.incidents().isEmpty());
            assertTrue(result.problems().get(0).message().contains("outside longitude -180..180"), result.problems().toString());
        }
    }

    @Test
    @DisplayName("month and year precision without an end cover the month and the year")
    void impliedEnds() {
        IncidentResult result = read(
                feature("inc-m", "war", "{\"start\": \"2024-02-01\", \"precision\": \"month\", \"note\": \"n\"}", "null"),
                feature("inc-y", "war", "{\"start\": \"2021-01-01\", \"precision\": \"year\", \"note\": \"n\"}", "null"));
        assertEquals(LocalDate.of(2024, 2, 29), result.incidents().get(0).date().end());
        assertEquals(LocalDate.of(2021, 12, 31), result.incidents().get(1).date().end());
    }

    @Test
    @DisplayName("broken JSON keeps the features before the break and says where")
    void brokenJson() {
        String json = "{\"type\": \"FeatureCollection\", \"features\": [" + feature("inc-1", "war", day("2020-01-01"), "null")
                + ", {\"type\": \"Feature\", \"geometry\": nul";
        IncidentResult result = new IncidentReader().readGeoJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "broken.geojson");
        assertEquals(1, result.incidents().size());
        assertTrue(result.problems().get(0).place().startsWith("line "), result.problems().toString());
    }

    @Test
    @DisplayName("a missing file gives one plain problem")
    void missingFile() {
        IncidentResult result = new IncidentReader().read(Path.of("no/such/incidents.geojson"));
        assertTrue(result.incidents().isEmpty());
        assertEquals("the file does not exist", result.problems().get(0).message());
    }

    @Test
    @DisplayName("source links are offered only for http and https")
    void links() {
        assertTrue(Incident.Source.webLink("https://example.org/a").isPresent());
        assertTrue(Incident.Source.webLink("http://example.org/a").isPresent());
        assertTrue(Incident.Source.webLink("file:///etc/passwd").isEmpty());
        assertTrue(Incident.Source.webLink("javascript:alert(1)").isEmpty());
        assertTrue(Incident.Source.webLink("000_adae4599e5ad419d.txt").isEmpty());
        assertNull(null);
    }
}
