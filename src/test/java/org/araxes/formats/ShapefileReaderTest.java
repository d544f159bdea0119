// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.araxes.formats.Fixtures.PLACES;
import static org.araxes.formats.Fixtures.assertWithinAMetreOfGdal;
import static org.araxes.formats.Fixtures.byId;
import static org.araxes.formats.Fixtures.copy;
import static org.araxes.formats.Fixtures.fixture;
import static org.araxes.formats.Fixtures.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/** The Shapefile reader on files GDAL made (src/test/resources/org/araxes/formats/make.sh). */
class ShapefileReaderTest {

    @Nested
    @DisplayName("text in the .dbf")
    class Encodings {

        @Test
        @DisplayName("a .cpg of UTF-8 gives Cyrillic and Azerbaijani names as written")
        void utf8() {
            GeoJsonResult read = ShapefileReader.read(fixture("shp/places-utf8.shp"));
            assertEquals(List.of(), messages(read));
            assertEquals(PLACES, read.features().size());
            GeoFeature ardabil = byId(read).get("place-ardabil");
            assertEquals("Ардебиль", ardabil.text("name_ru"));
            assertEquals("Ərdəbil", ardabil.text("name_az"));
            assertEquals("Ağbənd", byId(read).get("place-aghband").text("name_az"));
            assertEquals("Places utf8", read.info().title());
        }

        @Test
        @DisplayName("a .cpg of CP1251 gives the Cyrillic names")
        void cp1251() {
            GeoJsonResult read = ShapefileReader.read(fixture("shp/places-cp1251.shp"));
            assertEquals(List.of(), messages(read));
            assertEquals("Ардебиль", byId(read).get("place-ardabil").text("name_ru"));
        }

        @Test
        @DisplayName("without a .cpg, the language driver byte (LDID 201) names cp1251")
        void languageDriverByte() {
            GeoJsonResult read = ShapefileReader.read(fixture("shp/places-ldid.shp"));
            assertEquals(List.of(), messages(read));
            assertEquals("Ардебиль", byId(read).get("place-ardabil").text("name_ru"));
        }

        @Test
        @DisplayName("without a .cpg or language driver, UTF-8 text is read as UTF-8")
        void neitherButUtf8(@TempDir Path folder) throws IOException {
            copy(folder, "shp/places-utf8.shp", "shp/places-utf8.dbf");
            GeoJsonResult read = ShapefileReader.read(folder.resolve("places-utf8.shp"));
            assertEquals("Ərdəbil", byId(read).get("place-ardabil").text("name_az"));
        }

        @ParameterizedTest(name = "a .cpg of \"{0}\" is {1}")
        @CsvSource({
            "UTF-8, UTF-8",
            "65001, UTF-8",
            "1251, windows-1251",
            "CP1251, windows-1251",
            "ANSI 1251, windows-1251",
            "ISO-8859-5, ISO-8859-5",
            "88599, ISO-8859-9",
            "866, IBM866",
        })
        void codePages(String cpg, String charset) {
            assertEquals(Charset.forName(charset), ShapefileReader.codePage(cpg));
        }
    }

    @Nested
    @DisplayName("files beside the .shp")
    class Siblings {

        @Test
        @DisplayName("without its .dbf the shapes are read without attributes, with a warning naming the .dbf")
        void missingDbf(@TempDir Path folder) throws IOException {
            Path shp = copy(folder, "shp/places-utf8.shp", "shp/places-utf8.shx", "shp/places-utf8.prj");
            shp = folder.resolve("places-utf8.shp");
            GeoJsonResult read = ShapefileReader.read(shp);
            assertEquals(PLACES, read.features().size());
            assertTrue(read.features().get(0).properties().isEmpty());
            assertEquals(List.of("places-utf8.shp: there is no places-utf8.dbf beside it: the shapes are read without"
                    + " their attributes"), messages(read));
            assertEquals(false, read.hasErrors());
        }

        @Test
        @DisplayName("without a .prj, coordinates within longitude/latitude are read as such")
        void missingPrjLonLat(@TempDir Path folder) throws IOException {
            copy(folder, "shp/places-utf8.shp", "shp/places-utf8.dbf", "shp/places-utf8.cpg");
            GeoJsonResult read = ShapefileReader.read(folder.resolve("places-utf8.shp"));
            assertEquals(List.of(), messages(read));
            assertEquals(PLACES, read.features().size());
        }

        @Test
        @DisplayName("without a .prj, projected coordinates are refused with their extent and what to do")
        void missingPrjProjected(@TempDir Path folder) throws IOException {
            copy(folder, "shp/places-utm38n.shp", "shp/places-utm38n.dbf");
            GeoJsonResult read = ShapefileReader.read(folder.resolve("places-utm38n.shp"));
            assertTrue(read.features().isEmpty());
            String message = messages(read).get(0);
            assertTrue(message.startsWith("places-utm38n.shp: there is no .prj beside it, and its coordinates (x "), message);
            assertTrue(message.contains("put its .prj beside it"), message);
        }

        @Test
        @DisplayName("given the .dbf, the .shp beside it is read; given a .dbf alone, the Shapefile is named")
        void givenTheDbf(@TempDir Path folder) throws IOException {
            assertEquals(PLACES, ShapefileReader.read(fixture("shp/places-utf8.dbf")).features().size());
            Path dbf = copy(folder, "shp/places-utf8.dbf");
            assertEquals(List.of("places-utf8.dbf: the file is part of a Shapefile (its .dbf), whose shapes are in a .shp:"
                    + " open the .shp with its .dbf beside it"), messages(ShapefileReader.read(dbf)));
        }
    }

    @Test
    @DisplayName("a .prj of UTM zone 38N is reprojected to within a metre of GDAL's own reprojection")
    void projectedPrj() {
        GeoJsonResult read = ShapefileReader.read(fixture("shp/places-utm38n.shp"));
        assertEquals(List.of(), messages(read));
        assertWithinAMetreOfGdal(read);
    }

    @Test
    @DisplayName("PointZ keeps its z and drops its m; PolyLineZ keeps z; PolyLineM drops m")
    void zAndM() {
        GeoJsonResult points = ShapefileReader.read(fixture("shp/places-xyzm.shp"));
        assertEquals(List.of(), messages(points));
        assertEquals(3, points.features().size());
        Coordinate c = ((Point) points.features().get(0).geometry()).getCoordinate();
        assertEquals(1000.5, c.getZ());
        Coordinate[] line = ShapefileReader.read(fixture("shp/lines-z.shp")).features().get(0).geometry().getCoordinates();
        assertEquals(new Coordinate(45.0, 39.0), line[0]);
        assertEquals(new Coordinate(46.0, 39.5), line[1]);
        GeoJsonResult measured = ShapefileReader.read(fixture("shp/lines-m.shp"));
        assertEquals(List.of(), messages(measured));
        assertEquals(2, measured.features().get(0).geometry().getNumPoints());
        assertTrue(Double.isNaN(measured.features().get(0).geometry().getCoordinates()[0].getZ()));
    }

    @Test
    @DisplayName("null shapes are features without a place, their attributes kept")
    void nullShapes() {
        GeoJsonResult read = ShapefileReader.read(fixture("shp/null-shapes.shp"));
        assertEquals(List.of(), messages(read));
        assertEquals(3, read.features().size());
        assertEquals("a point", read.features().get(0).text("name"));
        assertNull(read.features().get(1).geometry());
        assertEquals("no geometry", read.features().get(2).text("name"));
        assertNull(read.features().get(2).geometry());
    }

    @Test
    @DisplayName("a multipatch is refused with a message saying what it is and how to convert it")
    void multipatch() {
        assertEquals(List.of("multipatch.shp: the Shapefile holds multipatches (3-D surfaces), which Araxes does not draw;"
                + " convert them with: ogr2ogr -f GeoJSON -nlt MULTIPOLYGON out.geojson in.shp"),
                messages(ShapefileReader.read(fixture("shp/multipatch.shp"))));
    }

    @Test
    @DisplayName("a .shp cut within a record keeps the records before it and names the record")
    void truncated(@TempDir Path folder) throws IOException {
        copy(folder, "shp/places-utf8.dbf", "shp/places-utf8.cpg");
        byte[] whole = Files.readAllBytes(fixture("shp/places-utf8.shp"));
        Files.write(folder.resolve("places-utf8.shp"), java.util.Arrays.copyOf(whole, 100 + 28 * 10 + 12));
        GeoJsonResult read = ShapefileReader.read(folder.resolve("places-utf8.shp"));
        assertEquals(10, read.features().size());
        assertEquals("places-utf8.shp:record 11: the .shp is cut short here; the 10 features before it were loaded",
                messages(read).get(0));
    }

    @Test
    @DisplayName("a polygon's clockwise ring is its shell and the counter-clockwise ring inside it a hole")
    void polygonWithHole() {
        GeoJsonResult read = ShapefileReader.read(fixture("shp/polygons.shp"));
        assertEquals(List.of(), messages(read));
        assertEquals("Polygon", read.features().get(0).geometry().getGeometryType());
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) read.features().get(0).geometry()).getNumInteriorRing());
        assertEquals(4 - 0.25, read.features().get(0).geometry().getArea(), 1e-9);
        assertEquals("MultiPolygon", read.features().get(1).geometry().getGeometryType());
        assertEquals(1.0, read.features().get(1).geometry().getArea(), 1e-9);
    }

    @Nested
    @DisplayName("zipped, as boundaries are handed out")
    class Zipped {

        @TempDir
        Path folder;

        private Path zip(String name, java.util.Map<String, Path> entries) throws IOException {
            Path zip = folder.resolve(name);
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
                for (var entry : entries.entrySet()) {
                    out.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                    Files.copy(entry.getValue(), out);
                }
            }
            return zip;
        }

        private java.util.Map<String, Path> parts(String prefix, String base) {
            java.util.Map<String, Path> parts = new java.util.LinkedHashMap<>();
            for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                parts.put(prefix + base + "." + ext, fixture("shp/" + base + "." + ext));
            }
            return parts;
        }

        @Test
        @DisplayName("a ZIP holding a Shapefile in a folder reads as the Shapefile itself, through the one dispatcher")
        void sameAsUnzipped() throws IOException {
            Path zip = zip("places.zip", parts("data/", "places-utf8"));
            GeoJsonResult zipped = GeoFiles.read(zip);
            GeoJsonResult plain = ShapefileReader.read(fixture("shp/places-utf8.shp"));
            assertEquals(PLACES, zipped.features().size());
            assertEquals(plain.features().stream().map(GeoFeature::properties).toList(),
                    zipped.features().stream().map(GeoFeature::properties).toList());
            assertEquals(plain.features().stream().map(f -> f.geometry().toText()).toList(),
                    zipped.features().stream().map(f -> f.geometry().toText()).toList());
            assertEquals("places.zip", zipped.fileName());
            assertEquals(List.of(), zipped.problems());
        }

        @Test
        @DisplayName("a ZIP under another name is told by its content")
        void byContent() throws IOException {
            Path zip = zip("places.download", parts("", "places-utf8"));
            assertEquals(PLACES, GeoFiles.read(zip).features().size());
        }

        @Test
        @DisplayName("with two Shapefiles the first is read and the other named; a problem names the archive")
        void two() throws IOException {
            java.util.Map<String, Path> both = parts("", "places-utf8");
            both.put("null-shapes.shp", fixture("shp/null-shapes.shp"));
            both.put("null-shapes.shx", fixture("shp/null-shapes.shx"));
            both.put("null-shapes.dbf", fixture("shp/null-shapes.dbf"));
            GeoJsonResult read = GeoFiles.read(zip("two.zip", both));
            assertTrue(read.problems().stream().anyMatch(p -> p.file().equals("two.zip") && p.message().equals(
                    "the archive holds 2 Shapefiles; null-shapes.shp was read, not places-utf8.shp: unzip the archive to open each")),
                    messages(read).toString());
            assertTrue(read.problems().stream().filter(p -> !p.file().equals("two.zip"))
                    .allMatch(p -> p.file().equals("two.zip!null-shapes.shp")), messages(read).toString());
        }

        @Test
        @DisplayName("entry names that climb out of a folder are taken by their file names only, and nothing is left behind")
        void traversal() throws IOException {
            Path outside = folder.getParent().resolve("evil.shp");
            java.util.Map<String, Path> evil = new java.util.LinkedHashMap<>();
            evil.put("../../evil.shp", fixture("shp/places-utf8.shp"));
            evil.put("../../evil.shx", fixture("shp/places-utf8.shx"));
            evil.put("../../evil.dbf", fixture("shp/places-utf8.dbf"));
            long before = countTemporary();
            GeoJsonResult read = GeoFiles.read(zip("evil.zip", evil));
            assertEquals(PLACES, read.features().size());
            assertTrue(!Files.exists(outside));
            assertEquals(before, countTemporary());
        }

        @Test
        @DisplayName("a ZIP with no Shapefile and no KML is named, not read")
        void none() throws IOException {
            GeoJsonResult read = GeoFiles.read(zip("readme.zip", java.util.Map.of("readme.txt", fixture("shp/places-utf8.cpg"))));
            assertEquals(0, read.features().size());
            assertTrue(messages(read).toString().contains("no KML or Shapefile inside"), messages(read).toString());
        }

        private long countTemporary() throws IOException {
            try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                return files.filter(f -> f.getFileName().toString().startsWith("araxes-shapefile")).count();
            }
        }
    }
}
