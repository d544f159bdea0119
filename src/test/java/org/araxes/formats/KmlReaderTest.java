// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

@DisplayName("KmlReader")
class KmlReaderTest {

    private static GeoJsonResult kml(String text) {
        return KmlReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.kml");
    }

    private static String placemarks(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
                + body + "</Document></kml>";
    }

    @Nested
    @DisplayName("files GDAL wrote")
    class Real {

        @Test
        @DisplayName("places.kml: GDAL's 31 points, names and SchemaData, in the Folder GDAL made")
        void places() {
            GeoJsonResult result = GeoFiles.read(Fixtures.of("places.kml"));
            assertEquals(31, result.features().size(), result.problems().toString());
            assertTrue(result.problems().isEmpty(), result.problems().toString());
            GeoFeature agarak = result.features().get(0);
            assertEquals("Agarak", agarak.text("name"));
            assertEquals("town", agarak.text("place_kind"));
            assertEquals("ARM", agarak.text("iso_a3"));
            assertEquals("places", agarak.text("folder"));
            Point point = (Point) agarak.geometry();
            assertEquals(46.19463, point.getX(), 1e-9);
            assertEquals(38.86506, point.getY(), 1e-9);
        }

        @Test
        @DisplayName("places.kmz: the same 31 points from the KML inside the ZIP")
        void kmz() {
            GeoJsonResult result = GeoFiles.read(Fixtures.of("places.kmz"));
            assertEquals(31, result.features().size(), result.problems().toString());
            assertEquals("Agarak", result.features().get(0).text("name"));
        }

        @Test
        @DisplayName("countries.kml: two countries as MultiGeometry polygons (Azerbaijan with Nakhchivan)")
        void polygons() {
            GeoJsonResult result = GeoFiles.read(Fixtures.of("countries.kml"));
            assertEquals(2, result.features().size(), result.problems().toString());
            GeoFeature azerbaijan = result.features().stream().filter(f -> "Azerbaijan".equals(f.text("name")))
                    .findFirst().orElseThrow();
            assertTrue(azerbaijan.geometry() instanceof MultiPolygon, azerbaijan.geometry().getGeometryType());
            assertTrue(azerbaijan.geometry().getNumGeometries() >= 2);
            assertTrue(azerbaijan.geometry().isValid());
        }
    }

    @Nested
    @DisplayName("placemarks")
    class Placemarks {

        @Test
        @DisplayName("name, CDATA description, TimeStamp, TimeSpan, Data and nested folders become properties")
        void properties() {
            GeoJsonResult result = kml(placemarks("""
                    <name>Events</name>
                    <Folder><name>2023</name><Folder><name>January</name>
                      <Placemark id="p1">
                        <name>Embassy attacked</name>
                        <description><![CDATA[<b>Tehran</b> & one killed]]></description>
                        <TimeStamp><when>2023-01-27T09:00:00Z</when></TimeStamp>
                        <ExtendedData><Data name="source"><displayName>Source</displayName><value>Jam News</value></Data></ExtendedData>
                        <Point><coordinates>51.389,35.689,1200</coordinates></Point>
                      </Placemark>
                    </Folder>
                      <Placemark><name>Span</name><TimeSpan><begin>2021-10-01</begin><end>2021-10-08</end></TimeSpan>
                        <Point><coordinates> 47.1 , 39.2 </coordinates></Point></Placemark>
                    </Folder>"""));
            assertTrue(result.problems().isEmpty(), result.problems().toString());
            assertEquals("Events", result.info().title());
            GeoFeature first = result.features().get(0);
            assertEquals("p1", first.id());
            assertEquals("<b>Tehran</b> & one killed", first.text("description"));
            assertEquals("2023-01-27T09:00:00Z", first.text("timestamp"));
            assertEquals("Jam News", first.text("source"));
            assertEquals("Events / 2023 / January", first.text("folder"));
            assertEquals(51.389, first.geometry().getCoordinate().x, 0);
            assertTrue(Double.isNaN(first.geometry().getCoordinate().getZ()), "altitude is dropped");
            GeoFeature second = result.features().get(1);
            assertEquals("2021-10-01", second.text("begin"));
            assertEquals("2021-10-08", second.text("end"));
            assertEquals("Events / 2023", second.text("folder"));
            assertEquals(47.1, second.geometry().getCoordinate().x, 0);
        }

        @Test
        @DisplayName("KML without a namespace is read the same")
        void noNamespace() {
            GeoJsonResult result = kml("<kml><Placemark><name>A</name><LineString><coordinates>45,39 46,39.5</coordinates>"
                    + "</LineString></Placemark></kml>");
            assertEquals(1, result.features().size(), result.problems().toString());
            assertEquals("LineString", result.features().get(0).geometry().getGeometryType());
        }

        @Test
        @DisplayName("a MultiGeometry of a point and a line is one feature holding both")
        void mixedMultiGeometry() {
            GeoJsonResult result = kml(placemarks("<Placemark><MultiGeometry><Point><coordinates>45,39</coordinates></Point>"
                    + "<LineString><coordinates>45,39 46,39</coordinates></LineString></MultiGeometry></Placemark>"));
            assertEquals("GeometryCollection", result.features().get(0).geometry().getGeometryType());
            assertEquals(2, result.features().get(0).geometry().getNumGeometries());
        }

        @Test
        @DisplayName("a polygon with a hole keeps its hole; an unclosed ring is closed with a warning")
        void polygonWithHole() {
            GeoJsonResult result = kml(placemarks("""
                    <Placemark><Polygon>
                      <outerBoundaryIs><LinearRing><coordinates>44,38 46,38 46,40 44,40</coordinates></LinearRing></outerBoundaryIs>
                      <innerBoundaryIs><LinearRing><coordinates>44.5,38.5 45,38.5 45,39 44.5,38.5</coordinates></LinearRing></innerBoundaryIs>
                    </Polygon></Placemark>"""));
            assertEquals(1, result.features().size(), result.problems().toString());
            assertEquals(1, ((org.locationtech.jts.geom.Polygon) result.features().get(0).geometry()).getNumInteriorRing());
            assertEquals(Problem.Severity.WARNING, result.problems().get(0).severity());
            assertTrue(result.problems().get(0).message().contains("was not closed"));
        }

        @Test
        @DisplayName("a line across the antimeridian is kept as written (179 to -179), not refused")
        void antimeridian() {
            GeoJsonResult result = kml(placemarks("<Placemark><LineString><coordinates>179.5,65 -179.5,65.2</coordinates>"
                    + "</LineString></Placemark>"));
            assertEquals(1, result.features().size(), result.problems().toString());
            assertEquals(-179.5, result.features().get(0).geometry().getCoordinates()[1].x, 0);
        }

        @Test
        @DisplayName("a gx:Track's coords (space separated) become a line")
        void track() {
            GeoJsonResult result = kml("<kml xmlns=\"http://www.opengis.net/kml/2.2\" xmlns:gx=\"http://www.google.com/kml/ext/2.2\">"
                    + "<Placemark><gx:Track><when>2021-10-01T08:00:00Z</when><when>2021-10-01T09:00:00Z</when>"
                    + "<gx:coord>47.1 39.2 300</gx:coord><gx:coord>47.2 39.25 310</gx:coord></gx:Track></Placemark></kml>");
            assertEquals(1, result.features().size(), result.problems().toString());
            assertEquals("LineString", result.features().get(0).geometry().getGeometryType());
            assertEquals(47.2, result.features().get(0).geometry().getCoordinates()[1].x, 0);
        }

        @Test
        @DisplayName("a placemark without a geometry is kept without a place")
        void noGeometry() {
            GeoJsonResult result = kml(placemarks("<Placemark><name>Somewhere</name></Placemark>"));
            assertEquals(1, result.features().size());
            assertNull(result.features().get(0).geometry());
        }
    }

    @Nested
    @DisplayName("bad placemarks are left out, named by index, id and line; the rest loads")
    class Bad {

        @Test
        @DisplayName("a Point with empty coordinates")
        void missingCoordinates() {
            GeoJsonResult result = kml(placemarks("""
                    <Placemark id="a"><Point><coordinates></coordinates></Point></Placemark>
                    <Placemark id="b"><Point><coordinates>45,39</coordinates></Point></Placemark>"""));
            assertEquals(1, result.features().size());
            Problem problem = result.problems().get(0);
            assertEquals("test.kml", problem.file());
            assertEquals("placemark 0 (id \"a\") (line 2)", problem.place());
            assertTrue(problem.message().startsWith("Point has no coordinates"), problem.message());
        }

        @Test
        @DisplayName("coordinates that are not numbers, or lat,lon the wrong way round")
        void badNumbers() {
            GeoJsonResult result = kml(placemarks("""
                    <Placemark><Point><coordinates>east,39</coordinates></Point></Placemark>
                    <Placemark><Point><coordinates>39,146</coordinates></Point></Placemark>"""));
            assertEquals(0, result.features().size());
            assertTrue(result.problems().get(0).message().contains("\"east\" in coordinates \"east,39\" is not a number"),
                    result.problems().toString());
            assertTrue(result.problems().get(1).message().contains("looks like [latitude, longitude]"),
                    result.problems().toString());
        }

        @Test
        @DisplayName("a file cut short keeps the placemarks before the cut and says where")
        void truncated() {
            String whole = placemarks("<Placemark><Point><coordinates>45,39</coordinates></Point></Placemark>"
                    + "<Placemark><Point><coordinates>46,39</coordinates></Point></Placemark>");
            GeoJsonResult result = kml(whole.substring(0, whole.indexOf("46,39")));
            assertEquals(1, result.features().size());
            Problem problem = result.problems().get(0);
            assertTrue(problem.message().startsWith("the file ends before its elements are closed (is it cut short?)"),
                    problem.message());
            assertTrue(problem.message().endsWith("the 1 placemarks before it were loaded"), problem.message());
            assertTrue(problem.place().startsWith("line "), problem.place());
        }

        @Test
        @DisplayName("an empty file and a KML with no placemarks")
        void empty() {
            assertFalse(kml("").problems().isEmpty());
            GeoJsonResult none = kml(placemarks(""));
            assertTrue(none.features().isEmpty());
            assertTrue(none.problems().isEmpty());
        }
    }

    @Nested
    @DisplayName("hostile files")
    class Hostile {

        @TempDir
        Path folder;

        @Test
        @DisplayName("an external entity (XXE) is never resolved: no local file is read, the file is refused")
        void externalEntity() throws IOException {
            Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-CONTENT");
            GeoJsonResult result = kml("<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM \"" + secret.toUri()
                    + "\">]><kml><Placemark><name>&x;</name><Point><coordinates>45,39</coordinates></Point></Placemark></kml>");
            assertFalse(result.toString().contains("SECRET-CONTENT"), result.toString());
            assertTrue(result.features().isEmpty() || result.features().get(0).text("name") == null
                    || !result.features().get(0).text("name").contains("SECRET"));
            assertFalse(result.problems().isEmpty());
        }

        @Test
        @DisplayName("nested entities (billion laughs) are refused, not expanded")
        void billionLaughs() {
            StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY a0 \"lol\">");
            for (int i = 1; i < 10; i++) {
                doc.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
            }
            doc.append("]><kml><Placemark><name>&a9;</name></Placemark></kml>");
            GeoJsonResult result = kml(doc.toString());
            assertTrue(result.features().isEmpty(), "nothing expanded");
            assertTrue(result.problems().get(0).message().contains("entities"), result.problems().toString());
        }

        @Test
        @DisplayName("an element's text past 10 million characters stops the read with the limit named")
        void longText() {
            String huge = "x".repeat(XmlInput.MAX_TEXT + 1);
            GeoJsonResult result = kml(placemarks("<Placemark><name>ok</name><Point><coordinates>45,39</coordinates></Point>"
                    + "</Placemark><Placemark><description>" + huge + "</description></Placemark>"));
            assertEquals(1, result.features().size());
            assertTrue(result.problems().get(0).message().startsWith("an element's text is longer than 10000000 characters"),
                    result.problems().get(0).message());
        }

        @Test
        @DisplayName("a ZIP named .kmz with no KML inside says so")
        void zipHoldsNoKml() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write("no map here".getBytes(StandardCharsets.UTF_8));
            }
            Path kmz = Files.write(folder.resolve("empty.kmz"), bytes.toByteArray());
            GeoJsonResult result = GeoFiles.read(kmz);
            assertEquals("the KMZ holds no .kml document (a KMZ is a ZIP with doc.kml inside)",
                    result.problems().get(0).message());
        }
    }

    @Nested
    @DisplayName("encodings and size")
    class Encodings {

        @Test
        @DisplayName("a UTF-8 byte-order mark and letters of any script")
        void bom() {
            byte[] text = ("\uFEFF" + placemarks("<Placemark><name>Ագարակ</name><Point><coordinates>46.19,38.86</coordinates>"
                    + "</Point></Placemark>")).getBytes(StandardCharsets.UTF_8);
            GeoJsonResult result = KmlReader.read(new ByteArrayInputStream(text), "bom.kml");
            assertEquals("Ագարակ", result.features().get(0).text("name"), result.problems().toString());
        }

        @Test
        @DisplayName("a big file is streamed: 50,000 placemarks read one at a time")
        void big(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("big.kml");
            try (var out = Files.newBufferedWriter(file)) {
                out.write("<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>");
                for (int i = 0; i < 50_000; i++) {
                    out.write("<Placemark><name>p" + i + "</name><Point><coordinates>" + (44 + (i % 1000) * 0.005) + ","
                            + (38 + (i / 1000) * 0.01) + "</coordinates></Point></Placemark>\n");
                }
                out.write("</Document></kml>");
            }
            GeoJsonResult result = GeoFiles.read(file);
            assertEquals(50_000, result.features().size());
            assertTrue(result.problems().isEmpty(), result.problems().toString());
            assertEquals("p49999", result.features().get(49_999).text("name"));
        }
    }
}
