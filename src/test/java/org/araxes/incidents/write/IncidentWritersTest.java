// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Incident writers")
class IncidentWritersTest {

    static final List<Incident> BUNDLED = new IncidentReader().read(Path.of("geodata/incidents.geojson")).incidents();

    /** Incidents that test a writer: quotes, separators, newlines, formulas, non-Latin text, every precision, no point. */
    static List<Incident> awkward() {
        Incident.Source plain = new Incident.Source("https://example.org/a?b=1&c=2", "Jam News", "Ə. Məmmədov",
                "“Quoted” title, with, commas", "2023-04", "He said \"no\"; then\nleft.");
        Incident.Source formula = new Incident.Source("notes.csv", "=HYPERLINK(\"http://evil\",\"x\")", "+1 analyst",
                "-rf title", "2021", "@SUM(A1:A9)");
        Incident.Source apostrophe = new Incident.Source("x", "'=already quoted", "'plain apostrophe", "\tTabbed",
                "unknown", "\rcarriage");
        return List.of(
                new Incident("inc-quotes", "A \"quoted\", comma'd title", "Line one.\nLine two, with \"quotes\".",
                        Category.DIPLOMATIC, List.of("Iran", "Azerbaijan", "Armenia"), Status.CORROBORATED, Role.PRIMARY,
                        Incident.When.day(LocalDate.of(2022, 10, 21)),
                        new Incident.Place("Kapan, Armenia", LocationPrecision.TOWN, "note, with comma"),
                        new Incident.Point(46.4058, 39.2076), List.of(plain, formula)),
                new Incident("inc-non-latin", "Təbriz — تبریز — Թավրիզ", "Ирано-азербайджанская граница.",
                        Category.STATEMENT, List.of("İlham Əliyev", "ابراهیم رئیسی"), Status.DISPUTED, Role.BACKGROUND,
                        new Incident.When(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 31), DatePrecision.MONTH,
                                DateBasis.INFERRED, "October; year inferred"),
                        new Incident.Place("Tabriz", LocationPrecision.REGION, ""),
                        new Incident.Point(-46.2919123, -38.0800001), List.of(apostrophe)),
                new Incident("inc-year-span-no-point", "-5 degrees", "=1+2",
                        Category.WAR, List.of("=cmd|' /C calc'!A0"), Status.REPORTED, Role.BACKGROUND,
                        new Incident.When(LocalDate.of(1992, 1, 1), LocalDate.of(1994, 12, 31), DatePrecision.YEAR,
                                DateBasis.STATED, "1992-94"),
                        new Incident.Place("unknown", LocationPrecision.NONE, ""), null, List.of(plain)),
                new Incident("inc-approximate", "@mention", "-42",
                        Category.OTHER, List.of(), Status.REPORTED, Role.PRIMARY,
                        new Incident.When(LocalDate.of(2023, 1, 27), LocalDate.of(2023, 2, 2), DatePrecision.APPROXIMATE,
                                DateBasis.INFERRED, ""),
                        new Incident.Place("Tehran", LocationPrecision.SITE, "-"),
                        new Incident.Point(-0.5, 0), List.of(formula)),
                new Incident("inc-multi-day", "Five days", "", Category.MILITARY_EXERCISE, List.of("Azerbaijan", "Turkey"),
                        Status.REPORTED, Role.PRIMARY,
                        new Incident.When(LocalDate.of(2021, 10, 5), LocalDate.of(2021, 10, 8), DatePrecision.DAY,
                                DateBasis.STATED, ""),
                        new Incident.Place("Nakhchivan", LocationPrecision.REGION, ""),
                        new Incident.Point(45.4129, 39.2089), List.of(plain)));
    }

    private static IncidentResult saveAndRead(Path folder, String name, List<Incident> incidents) throws IOException {
        Path file = folder.resolve(name);
        IncidentWriters.save(file, incidents);
        return new IncidentReader().read(file);
    }

    private static List<Problem> errors(IncidentResult result) {
        return result.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    @Nested
    @DisplayName("what they write, the incident reader reads back equal")
    class RoundTrip {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"incidents.geojson", "incidents.csv"})
        @DisplayName("the 39 bundled incidents")
        void bundled(String name, @TempDir Path folder) throws IOException {
            assertEquals(39, BUNDLED.size());
            IncidentResult read = saveAndRead(folder, name, BUNDLED);
            assertEquals(List.of(), errors(read));
            assertEquals(BUNDLED, read.incidents());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"awkward.geojson", "awkward.csv"})
        @DisplayName("awkward incidents: quotes, newlines, formulas, non-Latin text, month/year precision, spans, no point")
        void awkwardOnes(String name, @TempDir Path folder) throws IOException {
            IncidentResult read = saveAndRead(folder, name, awkward());
            assertEquals(List.of(), errors(read));
            assertEquals(awkward(), read.incidents());
        }
    }

    @Nested
    @DisplayName("GeoJSON")
    class GeoJson {

        @Test
        @DisplayName("has coordinates as [longitude, latitude] with at most 7 decimals and no crs member")
        void rfc7946() throws IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Incident.Point point = new Incident.Point(46.123456789, 39.98765432);
            Incident one = new Incident("inc-x", "x", "", Category.OTHER, List.of(), Status.REPORTED, Role.PRIMARY,
                    Incident.When.day(LocalDate.of(2020, 1, 1)), new Incident.Place("p", LocationPrecision.TOWN, ""),
                    point, awkward().get(0).sources());
            IncidentGeoJsonWriter.write(List.of(one), out);
            String json = out.toString(StandardCharsets.UTF_8);
            assertTrue(json.replaceAll("\\s", "").contains("\"coordinates\":[46.1234568,39.9876543]"), json);
            assertFalse(json.contains("\"crs\""));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @org.junit.jupiter.params.provider.CsvSource({
            "46.4058, 46.4058",
            "-0.00000004, 0",       // rounds to zero: no "-0"
            "1e-7, 0.0000001",      // no exponent
            "180, 180",
            "-45.12345675, -45.1234568"}) // half up, away from zero
        @DisplayName("writes coordinates as plain decimals")
        void coordinates(double value, String written) {
            assertEquals(written, IncidentGeoJsonWriter.coordinate(value));
        }
    }

    @Nested
    @DisplayName("saving")
    class Saving {

        @Test
        @DisplayName("refuses an extension it does not write, naming the file, and writes nothing")
        void unknownExtension(@TempDir Path folder) {
            Path file = folder.resolve("incidents.xlsx");
            IOException e = assertThrows(IOException.class, () -> IncidentWriters.save(file, BUNDLED));
            assertTrue(e.getMessage().contains("incidents.xlsx") && e.getMessage().contains(".geojson, .csv or .kml"), e.getMessage());
            assertFalse(Files.exists(file));
        }

        @Test
        @DisplayName("leaves the old file whole when the target cannot be written")
        void keepsOldFile(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("incidents.geojson");
            Files.writeString(file, "old");
            file.toFile().setWritable(false);
            assertThrows(IOException.class, () -> IncidentWriters.save(file, BUNDLED));
            assertEquals("old", Files.readString(file));
        }

        @Test
        @DisplayName("picks the format by extension, case ignored (.json is GeoJSON)")
        void formats() throws IOException {
            assertEquals(IncidentWriters.Format.GEOJSON, IncidentWriters.formatOf(Path.of("a.JSON")));
            assertEquals(IncidentWriters.Format.CSV, IncidentWriters.formatOf(Path.of("a.Csv")));
            assertEquals(IncidentWriters.Format.KML, IncidentWriters.formatOf(Path.of("a.kml")));
        }
    }
}
