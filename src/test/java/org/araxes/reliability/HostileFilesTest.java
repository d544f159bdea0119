// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.araxes.cli.AraxesCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files nobody here wrote, run through {@code araxes validate} as a new user would: each ends with
 * exit 0, 1 or 2 and a located line in plain words, never a stack trace or a hang. Large cases are
 * generated at test time.
 */
@DisplayName("araxes validate on hostile and awkward files")
class HostileFilesTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int validate(Path... files) {
        String[] args = new String[files.length + 1];
        args[0] = "validate";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        return AraxesCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void assertSaid(String fragment) {
        String said = out.toString();
        assertTrue(said.contains(fragment), said);
        assertFalse(said.contains("Exception") || err.toString().contains("Exception"), said + err);
    }

    private static String feature(double lon, double lat) {
        return "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                + lon + "," + lat + "]}}";
    }

    @Nested
    @DisplayName("formats Araxes does not read are named by their first bytes, with what to do")
    class Formats {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            // a GeoPackage is a SQLite database: of one header line, a damaged one
            "places.gpkg | 53514c69746520666f726d6174203300 | a damaged or incomplete SQLite database (a GeoPackage cut short?)",
            // a Shapefile's table given alone
            "roads.dbf | 03790c1a0300000041000b00 | the .dbf table of a Shapefile: open the .shp with its .dbf beside it",
            // a Shapefile's .shp starts with the file code 9994, big-endian, whatever its name
            "places.geojson | 0000270a000000000000 | a Shapefile's .shp cut short within its header",
            // GML as GDAL writes it
            "roads.xml | 3c3f786d6c2076657273696f6e3d22312e30223f3e3c6f67723a46656174757265436f6c6c656374696f6e20786d6c6e733a6f67723d2268747470733a2f2f6f67722e6d617074"
                + "6f6f6c732e6f72672f223e3c2f6f67723a46656174757265436f6c6c656374696f6e3e | GML (Geography Markup Language)",
            // a gzip-compressed GeoJSON
            "places.geojson.gz | 1f8b0800000000000003 | a gzip-compressed file"})
        void namedByFirstBytes(String name, String hex, String expected) throws IOException {
            byte[] bytes = java.util.HexFormat.of().parseHex(hex);
            Path path = file(name, bytes);
            assertEquals(2, validate(path));
            assertSaid(path + ": the file is " + expected);
        }

        @Test
        @DisplayName("a TopoJSON is read as TopoJSON (was refused as \"not read yet\")")
        void topoJson() throws IOException {
            Path path = file("world.topojson", "{\"type\":\"Topology\",\"objects\":{\"l\":{\"type\":\"LineString\",\"arcs\":[0]}},"
                    + "\"arcs\":[[[45,39],[46,39]]]}");
            assertEquals(0, validate(path), out.toString());
            assertTrue(err.toString().contains("1 loaded"), err.toString());
        }

        @Test
        @DisplayName("a projected crs no library knows is named once instead of failing every coordinate")
        void unknownProjectedCrs() throws IOException {
            Path path = file("grid.geojson", "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                    + "{\"name\":\"urn:ogc:def:crs:EPSG::999999\"}},\"features\":[" + feature(500000, 4300000) + ","
                    + feature(510000, 4310000) + "]}");
            assertEquals(1, validate(path));
            assertEquals(1, out.toString().lines().count(), out.toString());
            assertSaid("the file's coordinates are in urn:ogc:def:crs:EPSG::999999 (its \"crs\" member), not longitude"
                    + " and latitude in degrees, and Araxes does not know that system");
        }

        @Test
        @DisplayName("a projected crs proj4j knows is converted, with a warning naming it")
        void knownProjectedCrs() throws IOException {
            Path path = file("utm.geojson", "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                    + "{\"name\":\"urn:ogc:def:crs:EPSG::32638\"}},\"features\":[" + feature(500000, 4300000) + ","
                    + feature(510000, 4310000) + "]}");
            assertEquals(1, validate(path), out.toString());
            assertEquals(1, out.toString().lines().count(), out.toString());
            assertSaid("the file's coordinates are in urn:ogc:def:crs:EPSG::32638 (its \"crs\" member); they were"
                    + " converted to longitude and latitude on WGS 84");
        }

        @Test
        @DisplayName("a GeoJSONSeq with record separators loads all 243 features, not 1")
        void geoJsonSeqWithRecordSeparators() throws IOException {
            StringBuilder seq = new StringBuilder();
            for (int i = 0; i < 243; i++) {
                seq.append('\u001e').append(feature(45 + i * 0.001, 39)).append('\n');
            }
            Path path = file("places.geojsons", seq.toString());
            assertEquals(0, validate(path), out.toString());
            assertTrue(err.toString().contains("243 loaded"), err.toString());
        }

        @Test
        @DisplayName("a GeoJSONSeq with one feature per line loads all its features")
        void geoJsonSeqByLines() throws IOException {
            Path path = file("places.geojsonl", feature(45, 39) + "\n" + feature(46, 39) + "\n" + feature(47, 39) + "\n");
            assertEquals(0, validate(path), out.toString());
            assertTrue(err.toString().contains("3 loaded"), err.toString());
        }
    }

    @Nested
    @DisplayName("honest reading")
    class Honest {

        @Test
        @DisplayName("a second \"features\" array is reported")
        void duplicateFeatures() throws IOException {
            Path path = file("twice.geojson", "{\"type\":\"FeatureCollection\",\"features\":[" + feature(45, 39)
                    + "],\n\"features\":[" + feature(46, 39) + "]}");
            assertEquals(1, validate(path));
            assertSaid("line 2, column 13: a second \"features\" array");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // "é" written in two bytes where one would do (C1 A9 is an overlong form of "i"/"é"-range)
            "overlong, c1a9",
            // an encoded UTF-16 surrogate (CESU-8), not UTF-8
            "surrogate, eda080"})
        @DisplayName("overlong and surrogate UTF-8 are reported as not UTF-8")
        void malformedUtf8(String what, String hex) throws IOException {
            byte[] head = ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] bad = java.util.HexFormat.of().parseHex(hex);
            byte[] tail = "\"},\"geometry\":null}]}".getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(bad, 0, all, head.length, bad.length);
            System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
            Path path = file(what + ".geojson", all);
            assertEquals(1, validate(path));
            assertSaid(path + ":line 1, column " + (head.length + 1) + ": the file is not UTF-8");
        }

        @Test
        @DisplayName("a truncated incident file is read as incidents, and its bad dates are reported")
        void truncatedIncidents() throws IOException {
            String incident = """
                    {"type":"Feature","id":"inc-%s","geometry":{"type":"Point","coordinates":[46.4,39.2]},
                     "properties":{"title":"t","category":"war","status":"reported","role":"primary",
                     "date":{"start":"%s","precision":"day"},"location":{"name":"x","precision":"town"},
                     "sources":[{"publisher":"p","title":"t","quote":"q"}]}}""";
            String text = "{\"type\":\"FeatureCollection\",\"araxes\":{\"kind\":\"incidents\"},\"features\":["
                    + incident.formatted("a", "2021-02-30") + "," + incident.formatted("b", "2021-03-01") + ","
                    + incident.formatted("c", "2021-03-02").substring(0, 60);
            Path path = file("cut.geojson", text);
            assertEquals(1, validate(path));
            assertTrue(err.toString().contains("read as incidents geojson, 1 loaded"), err.toString());
            assertSaid("bad date \"2021-02-30\" in date.start: February 2021 has no day 30");
            assertSaid("the file ends in the middle of the JSON (is it cut short?)");
        }

        @Test
        @DisplayName("a date past the year 9999 is refused, not counted past the end of the calendar")
        void yearPast9999() throws IOException {
            Path path = file("far.csv", "date,lat,lon,title,source\n+466210-05-14,39.2,46.4,Far,Agency\n");
            assertEquals(1, validate(path));
            assertSaid("line 2: bad date \"+466210-05-14\" in date: the year must be 1 to 9999 (YYYY-MM-DD); left out");
        }

        @Test
        @DisplayName("export --date past the year 9999 is refused with the same rule")
        void exportDatePast9999() {
            int code = AraxesCommand.run(new String[] {"export", "--date", "+11761243-11-10", "--out",
                folder.resolve("x.png").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(2, code, err.toString());
            assertTrue(err.toString().contains("--date: '+11761243-11-10' is not a date (the year must be 1 to 9999"),
                    err.toString());
            assertFalse(Files.exists(folder.resolve("x.png")));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"0x1.3p5", "39.2d", "39.2f", "0x27"})
        @DisplayName("coordinates that Java reads but JSON does not are not numbers")
        void javaOnlyNumbers(String latitude) throws IOException {
            Path path = file("hex.csv", "date,lat,lon,title,source\n2023-01-27," + latitude + ",46.4,T,Agency\n");
            assertEquals(1, validate(path));
            assertSaid("line 2: coordinates \"" + latitude + "\", \"46.4\" are not numbers");
        }

        @Test
        @DisplayName("a Windows-1251 (Cyrillic) CSV is named as such and read")
        void windows1251() throws IOException {
            String text = "date,lat,lon,title,source\n2023-01-27,39.2,46.4,Обстрел у границы Азербайджана и Ирана,"
                    + "Агентство новостей\n2023-01-28,39.3,46.5,Учения вблизи реки Аракс,Новости региона\n";
            Path path = file("ru.csv", text.getBytes(Charset.forName("windows-1251")));
            assertEquals(1, validate(path));
            assertSaid(path + ": warning: the file is not UTF-8: read as Windows-1251 (Cyrillic)");
            assertTrue(err.toString().contains("2 loaded"), err.toString());
        }

        @Test
        @DisplayName("Moscow, Kyiv and Ankara in a layer of the world's cities are not flagged; one swapped among region points is")
        void swappedByTheFilesExtent() throws IOException {
            Path world = file("cities.geojson", "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",",
                    feature(37.6173, 55.7558), feature(30.5234, 50.4501), feature(32.8597, 39.9334), feature(49.8671, 40.4093),
                    feature(51.389, 35.6892), feature(-0.1276, 51.5072), feature(2.3522, 48.8566), feature(28.9784, 41.0082))
                    + "]}");
            assertEquals(0, validate(world), out.toString());
            Path region = file("region.geojson", "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",",
                    feature(46.4, 39.2), feature(45.9, 39.5), feature(39.3, 46.5), feature(46.7, 38.9), feature(44.8, 39.8))
                    + "]}");
            assertEquals(1, validate(region));
            assertSaid(region + ":feature 2: warning: coordinates (longitude 39.3, latitude 46.5) look swapped");
        }
    }

    @Nested
    @DisplayName("special files are refused by their kind, before a byte is read")
    class SpecialFiles {

        @Test
        @Timeout(30)
        @DisplayName("/dev/zero")
        void devZero() {
            assumeTrue(Files.exists(Path.of("/dev/zero")));
            assertEquals(2, validate(Path.of("/dev/zero")));
            assertSaid("/dev/zero: this is not a regular file but a character device (such as /dev/zero); Araxes reads files only");
        }

        @Test
        @Timeout(30)
        @DisplayName("a FIFO nobody writes to")
        void fifo() throws Exception {
            Path fifo = folder.resolve("pipe.geojson");
            Process mkfifo;
            try {
                mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            } catch (IOException e) {
                assumeTrue(false, "no mkfifo here");
                return;
            }
            assumeTrue(mkfifo.waitFor() == 0);
            assertEquals(2, validate(fifo));
            assertSaid(fifo + ": this is not a regular file but a pipe (FIFO); Araxes reads files only");
        }
    }

    @Nested
    @DisplayName("polygons that took minutes to repair")
    class Repair {

        /** A GeoJSON polygon whose ring of n vertices at random angles crosses itself many times. */
        private Path scribble(int n) throws IOException {
            Random random = new Random(n);
            StringBuilder ring = new StringBuilder();
            String first = null;
            for (int i = 0; i < n; i++) {
                double angle = random.nextDouble() * 2 * Math.PI;
                double radius = 0.2 + random.nextDouble();
                String position = String.format(Locale.ROOT, "[%.6f,%.6f]", 45 + radius * Math.cos(angle),
                        39 + radius * Math.sin(angle));
                first = first == null ? position : first;
                ring.append(position).append(',');
            }
            ring.append(first);
            return file("scribble-" + n + ".geojson", "{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                    + "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}");
        }

        @ParameterizedTest(name = "{0} vertices")
        @CsvSource(delimiter = '|', value = {"1000 | its rings cross more than 1,000 times",
            "3000 | its rings cross more than 1,000 times",
            "1000000 | it has 1,000,001 vertices, more than the 200,000 a repair may take"})
        @Timeout(120)
        @DisplayName("a scribbled polygon is checked at once and kept as drawn")
        void scribbled(int vertices, String why) throws IOException {
            Path path = scribble(vertices);
            assertEquals(1, validate(path));
            assertEquals(1, out.toString().lines().count(), out.toString());
            assertSaid(path + ":feature 0: warning: the polygon is not valid (rings cross each other near ");
            assertSaid("; kept as drawn when opened (" + why + ")");
        }
    }
}
