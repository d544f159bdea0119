// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

@DisplayName("GpxReader")
class GpxReaderTest {

    private static GeoJsonResult gpx(String body) {
        String text = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                + body + "</gpx>";
        return GpxReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.gpx");
    }

    @Nested
    @DisplayName("files GDAL wrote (counts as ogrinfo gives them)")
    class Real {

        @Test
        @DisplayName("places.gpx: 31 waypoints with their names")
        void waypoints() {
            GeoJsonResult result = GeoFiles.read(Fixtures.of("places.gpx"));
            assertEquals(31, result.features().size(), result.problems().toString());
            assertTrue(result.problems().isEmpty(), result.problems().toString());
            GeoFeature agarak = result.features().get(0);
            assertEquals("Agarak", agarak.text("name"));
            assertEquals("waypoint", agarak.text("gpx"));
            assertEquals(46.19463, ((Point) agarak.geometry()).getX(), 1e-9);
        }

        @Test
        @DisplayName("rivers.gpx: 19 tracks of 72 track points, within GDAL's extent")
        void tracks() {
            GeoJsonResult result = GeoFiles.read(Fixtures.of("rivers.gpx"));
            assertEquals(19, result.features().size(), result.problems().toString());
            assertEquals("Aras", result.features().get(0).text("name"));
            assertEquals("track", result.features().get(0).text("gpx"));
            int points = result.features().stream().mapToInt(f -> f.geometry().getNumPoints()).sum();
            assertEquals(72, points);
            org.locationtech.jts.geom.Envelope all = new org.locationtech.jts.geom.Envelope();
            result.features().forEach(f -> all.expandToInclude(f.geometry().getEnvelopeInternal()));
            assertEquals(43.0, all.getMinX(), 1e-6);
            assertEquals(48.477, all.getMaxX(), 1e-6);
            assertEquals(38.845396, all.getMinY(), 1e-6);
            assertEquals(40.17528, all.getMaxY(), 1e-6);
        }

        @Test
        @DisplayName("corridors.gpx: 3 routes of 13 route points")
        void routes() {
            GeoJsonResult result = GeoFiles.read(Fixtures.of("corridors.gpx"));
            assertEquals(3, result.features().size(), result.problems().toString());
            assertEquals("route", result.features().get(0).text("gpx"));
            assertEquals(13, result.features().stream().mapToInt(f -> f.geometry().getNumPoints()).sum());
        }
    }

    @Nested
    @DisplayName("awkward cases")
    class Awkward {

        @Test
        @DisplayName("a waypoint's name, desc, time, elevation and link; a track's first and last time")
        void properties() {
            GeoJsonResult result = gpx("""
                    <metadata><name>Trip</name></metadata>
                    <wpt lat="39.16" lon="46.933"><ele>300.5</ele><time>2021-08-01T00:00:00Z</time><name>Bridge</name>
                      <desc><![CDATA[Khudafarin & the Araz]]></desc><link href="https://example.org/b"><text>b</text></link></wpt>
                    <trk><name>Walk</name><trkseg>
                      <trkpt lat="39.1" lon="46.9"><time>2021-08-01T08:00:00Z</time></trkpt>
                      <trkpt lat="39.2" lon="47.0"><time>2021-08-01T09:00:00Z</time></trkpt>
                    </trkseg><trkseg>
                      <trkpt lat="39.3" lon="47.1"><time>2021-08-02T10:00:00Z</time></trkpt>
                      <trkpt lat="39.4" lon="47.2"/>
                    </trkseg></trk>""");
            assertTrue(result.problems().isEmpty(), result.problems().toString());
            assertEquals("Trip", result.info().title());
            GeoFeature bridge = result.features().get(0);
            assertEquals("Bridge", bridge.text("name"));
            assertEquals("Khudafarin & the Araz", bridge.text("desc"));
            assertEquals("2021-08-01T00:00:00Z", bridge.text("time"));
            assertEquals("300.5", bridge.text("ele"));
            assertEquals("https://example.org/b", bridge.text("link"));
            GeoFeature walk = result.features().get(1);
            assertEquals("MultiLineString", walk.geometry().getGeometryType());
            assertEquals("2021-08-01T08:00:00Z", walk.text("time"));
            assertEquals("2021-08-02T10:00:00Z", walk.text("end"));
        }

        @Test
        @DisplayName("a waypoint without lon is left out, named with its line; the next one loads")
        void missingCoordinate() {
            GeoJsonResult result = gpx("""
                    <wpt lat="39.16"><name>No lon</name></wpt>
                    <wpt lat="39.2" lon="46.4"><name>Kapan</name></wpt>""");
            assertEquals(1, result.features().size());
            Problem problem = result.problems().get(0);
            assertEquals("waypoint 0 (line 2)", problem.place());
            assertEquals("no lon attribute; waypoint left out", problem.message());
        }

        @Test
        @DisplayName("a track point out of range leaves its track out, saying which point")
        void badTrackPoint() {
            GeoJsonResult result = gpx("<trk><trkseg><trkpt lat=\"39\" lon=\"46\"/><trkpt lat=\"139\" lon=\"46\"/></trkseg></trk>");
            assertTrue(result.features().isEmpty());
            assertTrue(result.problems().get(0).message().startsWith("trkpt 1 (line 2): position"),
                    result.problems().get(0).message());
        }

        @Test
        @DisplayName("a track of one point is kept without a place, with a warning")
        void onePointTrack() {
            GeoJsonResult result = gpx("<trk><name>Stop</name><trkseg><trkpt lat=\"39\" lon=\"46\"/></trkseg></trk>");
            assertEquals(1, result.features().size());
            assertNull(result.features().get(0).geometry());
            assertEquals(2, result.problems().size());
            assertTrue(result.problems().stream().allMatch(p -> p.severity() == Problem.Severity.WARNING));
        }

        @Test
        @DisplayName("GPX 1.0 (another namespace) and no namespace read alike")
        void versions() {
            String v10 = "<gpx version=\"1.0\" xmlns=\"http://www.topografix.com/GPX/1/0\"><wpt lat=\"39\" lon=\"46\">"
                    + "<name>A</name><url>https://example.org</url></wpt></gpx>";
            GeoJsonResult result = GpxReader.read(new ByteArrayInputStream(v10.getBytes(StandardCharsets.UTF_8)), "v10.gpx");
            assertEquals("A", result.features().get(0).text("name"));
            assertEquals("https://example.org", result.features().get(0).text("link"));
            GeoJsonResult bare = GpxReader.read(new ByteArrayInputStream("<gpx><wpt lat=\"39\" lon=\"46\"/></gpx>"
                    .getBytes(StandardCharsets.UTF_8)), "bare.gpx");
            assertEquals(1, bare.features().size());
        }

        @Test
        @DisplayName("a file cut short keeps what came before and says so")
        void truncated() {
            GeoJsonResult result = gpx("<wpt lat=\"39\" lon=\"46\"/><wpt lat=\"39.1\" lon=\"46.1\"><name>cut");
            assertFalse(result.problems().isEmpty());
            assertEquals(1, result.features().size());
        }

        @Test
        @DisplayName("an empty GPX has no features and no problems")
        void empty() {
            GeoJsonResult result = gpx("");
            assertTrue(result.features().isEmpty());
            assertTrue(result.problems().isEmpty(), result.problems().toString());
        }
    }
}
