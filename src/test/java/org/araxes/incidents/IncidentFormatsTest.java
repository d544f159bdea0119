// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Incidents from any format: flat properties map exactly as CSV rows do")
class IncidentFormatsTest {

    private static Path fixture(String name) {
        try {
            return Path.of(IncidentFormatsTest.class.getResource("/org/araxes/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    @DisplayName("an ACLED export as KML (GDAL wrote it from acled.csv)")
    class AcledKml {

        @Test
        @DisplayName("becomes the same incidents as the CSV it was made from, but for the file each source names")
        void sameAsItsCsv() {
            IncidentResult kml = new IncidentReader().read(fixture("acled.kml"));
            IncidentResult csv = new IncidentReader().read(fixture("acled.csv"));
            assertTrue(kml.problems().isEmpty(), kml.problems().toString());
            assertEquals(3, kml.incidents().size());
            assertEquals(csv.incidents().size(), kml.incidents().size());
            for (int i = 0; i < 3; i++) {
                Incident fromKml = kml.incidents().get(i);
                Incident fromCsv = csv.incidents().get(i);
                Incident.Source kmlSource = fromKml.sources().get(0);
                assertEquals("acled.kml", kmlSource.file());
                Incident.Source csvSource = fromCsv.sources().get(0);
                Incident sameFile = new Incident(fromCsv.id(), fromCsv.title(), fromCsv.summary(), fromCsv.category(),
                        fromCsv.actors(), fromCsv.status(), fromCsv.role(), fromCsv.date(), fromCsv.location(), fromCsv.point(),
                        List.of(new Incident.Source("acled.kml", csvSource.publisher(), csvSource.author(), csvSource.title(),
                                csvSource.published(), csvSource.quote())));
                assertEquals(sameFile, fromKml);
            }
        }

        @Test
        @DisplayName("with the right dates, categories, actors and sources")
        void fields() {
            List<Incident> incidents = new IncidentReader().read(fixture("acled.kml")).incidents();
            Incident embassy = incidents.get(0);
            assertEquals("inc-acled-irn1001", embassy.id());
            assertEquals(LocalDate.of(2023, 1, 27), embassy.date().start());
            assertEquals(DatePrecision.DAY, embassy.date().precision());
            assertEquals(Category.ATTACK, embassy.category());
            assertEquals(List.of("Iran", "Azerbaijan"), embassy.actors());
            assertEquals(Role.PRIMARY, embassy.role());
            assertEquals("The Central Asia-Caucasus Analyst", embassy.sources().get(0).publisher());
            assertEquals("Azerbaijan's embassy in Tehran was attacked on 27 January 2023.", embassy.sources().get(0).quote());
            assertEquals("Attack in Tehran (2023-01-27)", embassy.title());
            assertEquals(51.389, embassy.point().lon(), 1e-9);
            assertEquals(35.689, embassy.point().lat(), 1e-9);
            Incident exercise = incidents.get(1);
            assertEquals(Category.MILITARY_EXERCISE, exercise.category());
            assertEquals(LocalDate.of(2021, 10, 1), exercise.date().start());
            assertEquals(LocationPrecision.REGION, exercise.location().precision());
            assertEquals("Alma center", exercise.sources().get(0).publisher());
            Incident expulsions = incidents.get(2);
            assertEquals(Category.ARREST_OR_EXPULSION, expulsions.category());
            assertEquals(LocalDate.of(2023, 4, 6), expulsions.date().start());
            assertEquals("Jam News", expulsions.sources().get(0).publisher());
        }
    }

    @Nested
    @DisplayName("GPX waypoints (GDAL wrote them from waypoints.csv)")
    class Waypoints {

        @Test
        @DisplayName("become incidents: time the date, name the title, src the source, the point the place")
        void waypoints() {
            IncidentResult result = new IncidentReader().read(fixture("waypoints.gpx"));
            assertTrue(result.problems().isEmpty(), result.problems().toString());
            assertEquals(2, result.incidents().size());
            Incident bridge = result.incidents().get(0);
            assertEquals(LocalDate.of(2021, 8, 1), bridge.date().start());
            assertEquals(DatePrecision.DAY, bridge.date().precision());
            assertEquals("Khudafarin bridge called a bridge of friendship", bridge.title());
            assertEquals("Jam News", bridge.sources().get(0).publisher());
            assertEquals("waypoints.gpx", bridge.sources().get(0).file());
            assertEquals(Category.OTHER, bridge.category());
            assertEquals(46.933, bridge.point().lon(), 1e-9);
            assertEquals("inc-csv-2021-08-01-f0", bridge.id());
            assertEquals(LocalDate.of(2022, 10, 21), result.incidents().get(1).date().start());
        }

        @Test
        @DisplayName("a waypoint without a source is not an incident, and says what it lacks")
        void noSource(@TempDir Path folder) throws IOException {
            Path file = Files.writeString(folder.resolve("w.gpx"), "<gpx><wpt lat=\"39\" lon=\"46\"><name>A</name>"
                    + "<time>2021-08-01T00:00:00Z</time></wpt></gpx>", StandardCharsets.UTF_8);
            IncidentResult result = new IncidentReader().read(file);
            assertTrue(result.incidents().isEmpty());
            assertEquals("w.gpx", result.problems().get(0).file());
            assertEquals("feature 0 (no id)", result.problems().get(0).place());
            assertTrue(result.problems().get(0).message().startsWith("not an incident: no source"),
                    result.problems().get(0).message());
        }
    }

    @Nested
    @DisplayName("KML placemarks with TimeStamp and TimeSpan")
    class KmlTimes {

        @Test
        @DisplayName("a TimeSpan is a span of days from begin to end; a TimeStamp a day")
        void spans(@TempDir Path folder) throws IOException {
            Path file = Files.writeString(folder.resolve("events.kml"), """
                    <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
                      <Placemark id="exercise"><name>Iranian exercise</name>
                        <TimeSpan><begin>2021-10-01</begin><end>2021-10-08</end></TimeSpan>
                        <ExtendedData><Data name="source"><value>Alma center</value></Data></ExtendedData>
                        <Point><coordinates>47.1,39.2</coordinates></Point></Placemark>
                      <Placemark id="consulate"><name>Kapan consulate opens</name>
                        <TimeStamp><when>2022-10-21T10:00:00+04:00</when></TimeStamp>
                        <ExtendedData><Data name="source"><value>Jam News</value></Data></ExtendedData>
                        <Point><coordinates>46.4058,39.2076</coordinates></Point></Placemark>
                    </Document></kml>""", StandardCharsets.UTF_8);
            IncidentResult result = new IncidentReader().read(file);
            assertTrue(result.problems().isEmpty(), result.problems().toString());
            Incident exercise = result.incidents().get(0);
            assertEquals("exercise", exercise.id());
            assertEquals(LocalDate.of(2021, 10, 1), exercise.date().start());
            assertEquals(LocalDate.of(2021, 10, 8), exercise.date().end());
            assertEquals(DatePrecision.APPROXIMATE, exercise.date().precision());
            Incident consulate = result.incidents().get(1);
            assertEquals(LocalDate.of(2022, 10, 21), consulate.date().start());
            assertEquals(consulate.date().start(), consulate.date().end());
        }
    }

    @Nested
    @DisplayName("GeoJSON and the one check of what a file is")
    class GeoJsonAndKinds {

        @Test
        @DisplayName("a GeoJSON layer of ACLED's columns maps as the CSV rows do; Araxes's own format as before")
        void flatGeoJson(@TempDir Path folder) throws IOException {
            Path file = Files.writeString(folder.resolve("acled.geojson"), """
                    {"type":"FeatureCollection","features":[
                     {"type":"Feature","properties":{"event_id_cnty":"AZE1003","event_date":"6 April 2023",
                      "event_type":"Strategic developments","sub_event_type":"Arrests","actor1":"Azerbaijan","actor2":"Iran",
                      "location":"Baku","source":"Jam News","notes":"Four Iranian embassy employees were expelled."},
                      "geometry":{"type":"Point","coordinates":[49.8671,40.4093]}}]}""", StandardCharsets.UTF_8);
            IncidentResult result = new IncidentReader().read(file);
            assertTrue(result.problems().stream().noneMatch(p -> p.severity() == org.araxes.io.Problem.Severity.ERROR),
                    result.problems().toString());
            Incident incident = result.incidents().get(0);
            assertEquals("inc-acled-aze1003", incident.id());
            assertEquals(Category.ARREST_OR_EXPULSION, incident.category());
            assertEquals(LocalDate.of(2023, 4, 6), incident.date().start());
            assertEquals(49.8671, incident.point().lon(), 1e-9);
        }

        @Test
        @DisplayName("a GeoPackage named .csv is named a GeoPackage, not read as a broken table")
        void sqliteNamedCsv(@TempDir Path folder) throws IOException {
            Path file = Files.write(folder.resolve("events.csv"), "SQLite format 3\0 and pages".getBytes(StandardCharsets.ISO_8859_1));
            IncidentResult result = new IncidentReader().read(file);
            assertTrue(result.incidents().isEmpty());
            assertEquals(1, result.problems().size());
            assertTrue(result.problems().get(0).message().contains("GeoPackage"), result.problems().toString());
        }

        @Test
        @DisplayName("a Shapefile's .dbf given alone says to open the .shp with its .dbf beside it")
        void dbfAlone(@TempDir Path folder) throws IOException {
            Path file = Files.write(folder.resolve("events.dbf"), new byte[] {3, 121, 12, 26, 3, 0, 0, 0});
            IncidentResult result = new IncidentReader().read(file);
            assertTrue(result.problems().get(0).message().contains("open the .shp with its .dbf beside it"),
                    result.problems().toString());
        }
    }
}
