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
    @DisplayName("CSV")
    class Csv {

        @ParameterizedTest(name = "[{0}] is written [{1}]")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+2|'=1+2",                          // a formula
            "+44 20|'+44 20",                      // plus
            "-rf title|'-rf title",                // minus, not a number
            "@SUM(A1)|'@SUM(A1)",                  // at
            "-45.1234567|-45.1234567",             // a negative number stays a number
            "-42|-42",                             // a negative whole number too
            "-2+3|'-2+3",                          // a sum is no plain number
            "'quoted|''quoted",                    // an apostrophe gets one more, so reading can remove exactly one
            "plain text|plain text",
            "45.5|45.5"})
        @DisplayName("makes formula cells safe for spreadsheets and leaves numbers numeric")
        void safeCells(String cell, String written) {
            assertEquals(written, org.araxes.incidents.IncidentCsvColumns.safe(cell));
            assertEquals(cell, org.araxes.incidents.IncidentCsvColumns.original(written));
        }

        @Test
        @DisplayName("makes a cell beginning with a tab or a carriage return safe")
        void whitespaceFormulas() {
            assertEquals("'\tx", org.araxes.incidents.IncidentCsvColumns.safe("\tx"));
            assertEquals("'\rx", org.araxes.incidents.IncidentCsvColumns.safe("\rx"));
        }

        @Test
        @DisplayName("writes ACLED's column names first, then ours, with a byte-order mark and western longitudes as numbers")
        void columns(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("a.csv");
            IncidentWriters.save(file, awkward());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFFevent_date,time_precision,actor1,actor2,location,latitude,longitude,"
                    + "geo_precision,source,notes,id,title,category,actors,status,role,date_end,date_precision,"
                    + "date_basis,date_note,location_precision,location_note,sources\r\n"), text.substring(0, 300));
            assertTrue(text.contains(",-38.0800001,-46.2919123,"), "negative coordinates unquoted, no apostrophe");
            assertTrue(text.contains("'=HYPERLINK"), "a formula publisher is made safe");
            assertFalse(text.contains(",=") || text.contains(",\"="), "no cell starts with =");
        }

        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "2022-10-21|2022-10-21|DAY|1",
            "2021-10-05|2021-10-08|DAY|2",
            "2023-01-27|2023-02-02|APPROXIMATE|2",
            "2021-10-01|2021-10-31|MONTH|3",
            "1992-01-01|1994-12-31|YEAR|3"})
        @DisplayName("gives ACLED's time_precision: 1 a day, 2 up to a week, 3 longer")
        void timePrecision(LocalDate start, LocalDate end, DatePrecision precision, String code) {
            assertEquals(code, IncidentCsvWriter.timePrecision(new Incident.When(start, end, precision, DateBasis.STATED, "")));
        }

        @Test
        @DisplayName("reads a cell of ours that is not a JSON list as an error naming the line and the column")
        void badJsonCell() {
            String csv = "id,title,event_date,date_precision,sources,actors\n"
                    + "inc-a,A,2020-01-01,day,not json,[]\n";
            IncidentResult read = new IncidentReader().readCsv(new java.io.StringReader(csv), "bad.csv");
            assertEquals(List.of(), read.incidents());
            assertEquals("line 2", errors(read).get(0).place());
            assertTrue(errors(read).get(0).message().contains("sources cell is not a JSON list"), errors(read).toString());
        }
    }

    @Nested
    @DisplayName("KML")
    class Kml {

        private org.w3c.dom.Document kml(List<Incident> incidents) throws Exception {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            IncidentKmlWriter.write(incidents, out);
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(out.toByteArray()));
        }

        private static String text(org.w3c.dom.Element placemark, String tag) {
            org.w3c.dom.NodeList nodes = placemark.getElementsByTagName(tag);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        private List<org.w3c.dom.Element> placemarks(org.w3c.dom.Document doc) {
            List<org.w3c.dom.Element> list = new java.util.ArrayList<>();
            org.w3c.dom.NodeList nodes = doc.getElementsByTagName("Placemark");
            for (int i = 0; i < nodes.getLength(); i++) {
                list.add((org.w3c.dom.Element) nodes.item(i));
            }
            return list;
        }

        @Test
        @DisplayName("is well-formed KML 2.2 with one Placemark per incident, with or without a point")
        void placemarks() throws Exception {
            org.w3c.dom.Document doc = kml(awkward());
            assertEquals("http://www.opengis.net/kml/2.2", doc.getDocumentElement().getNamespaceURI());
            List<org.w3c.dom.Element> marks = placemarks(doc);
            assertEquals(5, marks.size());
            assertEquals("46.4058,39.2076", text(marks.get(0), "coordinates"));
            assertEquals(null, text(marks.get(2), "coordinates"));
            assertEquals("Təbriz — تبریز — Թավրիզ", text(marks.get(1), "name"));
        }

        @Test
        @DisplayName("gives a known day a TimeStamp and anything longer a TimeSpan from the first to the last day")
        void time() throws Exception {
            List<org.w3c.dom.Element> marks = placemarks(kml(awkward()));
            assertEquals("2022-10-21", text(marks.get(0), "when"));
            assertEquals(null, text(marks.get(0), "begin"));
            assertEquals("2021-10-01", text(marks.get(1), "begin"));
            assertEquals("2021-10-31", text(marks.get(1), "end"));
            assertEquals("1992-01-01", text(marks.get(2), "begin"));
            assertEquals("1994-12-31", text(marks.get(2), "end"));
        }

        @Test
        @DisplayName("styles each category in its colour (aabbggrr) and points each placemark at its style")
        void styles() throws Exception {
            org.w3c.dom.Document doc = kml(awkward());
            org.w3c.dom.NodeList styles = doc.getElementsByTagName("Style");
            assertEquals(5, styles.getLength());
            assertEquals("#category-diplomatic", text(placemarks(doc).get(0), "styleUrl"));
            assertEquals("ffb27200", IncidentKmlWriter.kmlColour(Category.DIPLOMATIC.colour()));
        }

        @Test
        @DisplayName("describes the incident with its cited sources, quotes and links, every text escaped")
        void description() throws Exception {
            String description = text(placemarks(kml(awkward())).get(0), "description");
            assertTrue(description.contains(org.araxes.incidents.Citation.of(awkward().get(0).sources().get(0))
                    .replace("&", "&amp;").replace("\"", "&quot;")), description);
            assertTrue(description.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">"), description);
            assertTrue(description.contains("He said &quot;no&quot;; then<br>left."), description);
            assertFalse(description.contains("<script"));
        }

        @Test
        @DisplayName("keeps every field in ExtendedData, named as the CSV columns")
        void extendedData() throws Exception {
            org.w3c.dom.Element first = placemarks(kml(awkward())).get(0);
            org.w3c.dom.NodeList data = first.getElementsByTagName("Data");
            assertEquals(org.araxes.incidents.IncidentCsvColumns.ALL.size(), data.getLength());
            assertEquals("id", ((org.w3c.dom.Element) data.item(10)).getAttribute("name"));
            assertEquals("inc-quotes", data.item(10).getTextContent());
        }
    }

    @Nested
    @DisplayName("read by GDAL (runs only where ogrinfo is installed; CI always has it)")
    class Gdal {

        private String ogrinfo(Path file) throws Exception {
            Process process = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);
            return output;
        }

        private String ogrFeatures(Path file) throws Exception {
            Process process = new ProcessBuilder("ogrinfo", "-ro", "-al", "-q", "-geom=NO", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);
            return output;
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"bundled.geojson", "bundled.kml", "bundled.csv"})
        @DisplayName("finds the 39 bundled incidents with their fields")
        void bundled(String name, @TempDir Path folder) throws Exception {
            org.junit.jupiter.api.Assumptions.assumeTrue(onPath("ogrinfo"), "ogrinfo is not installed");
            Path file = folder.resolve(name);
            IncidentWriters.save(file, BUNDLED);
            String info = ogrinfo(file);
            assertTrue(info.contains("Feature Count: 39"), info);
            assertTrue(info.contains("title: String") || info.contains("Name: String"), info);
        }

        @Test
        @DisplayName("reads the KML's dates as GDAL dates: a day as its timestamp, a span as begin and end")
        void kmlDates(@TempDir Path folder) throws Exception {
            org.junit.jupiter.api.Assumptions.assumeTrue(onPath("ogrinfo"), "ogrinfo is not installed");
            Path file = folder.resolve("awkward.kml");
            IncidentWriters.save(file, awkward());
            String features = ogrFeatures(file);
            assertTrue(features.contains("timestamp (DateTime) = 2022/10/21"), features);
            assertTrue(features.contains("begin (DateTime) = 1992/01/01"), features);
            assertTrue(features.contains("end (DateTime) = 1994/12/31"), features);
        }

        @Test
        @DisplayName("reads the GeoJSON's dates in their date objects")
        void geoJsonDates(@TempDir Path folder) throws Exception {
            org.junit.jupiter.api.Assumptions.assumeTrue(onPath("ogrinfo"), "ogrinfo is not installed");
            Path file = folder.resolve("awkward.geojson");
            IncidentWriters.save(file, awkward());
            String features = ogrFeatures(file);
            assertTrue(features.contains("\"start\": \"1992-01-01\", \"end\": \"1994-12-31\""), features);
        }

        private boolean onPath(String program) {
            return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
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
