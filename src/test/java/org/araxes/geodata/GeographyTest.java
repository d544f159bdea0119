// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.linearref.LengthIndexedLine;

@DisplayName("The geodata layers describe the border region correctly")
class GeographyTest {

    private static final Path DIR = Path.of("geodata");
    private static final String[] LAYERS = {"countries", "borders", "admin1", "water", "rivers", "places", "corridors"};
    private static final GeometryFactory GF = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    // ---- reading GeoJSON into JTS ----
    private static JsonNode read(String layer) throws IOException {
        return JSON.readTree(Files.readString(DIR.resolve(layer + ".geojson")));
    }

    private static Coordinate coord(JsonNode c) {
        return new Coordinate(c.get(0).asDouble(), c.get(1).asDouble());
    }

    private static Coordinate[] coords(JsonNode a) {
        Coordinate[] out = new Coordinate[a.size()];
        for (int i = 0; i < a.size(); i++) out[i] = coord(a.get(i));
        return out;
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = GF.createLinearRing(coords(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = GF.createLinearRing(coords(rings.get(i)));
        return GF.createPolygon(shell, holes);
    }

    static Geometry geometry(JsonNode g) {
        JsonNode c = g.get("coordinates");
        switch (g.get("type").asText()) {
            case "Point": return GF.createPoint(coord(c));
            case "LineString": return GF.createLineString(coords(c));
            case "MultiLineString": {
                LineString[] ls = new LineString[c.size()];
                for (int i = 0; i < c.size(); i++) ls[i] = GF.createLineString(coords(c.get(i)));
                return GF.createMultiLineString(ls);
            }
            case "Polygon": return polygon(c);
            case "MultiPolygon": {
                Polygon[] ps = new Polygon[c.size()];
                for (int i = 0; i < c.size(); i++) ps[i] = polygon(c.get(i));
                return GF.createMultiPolygon(ps);
            }
            default: throw new IllegalArgumentException(g.get("type").asText());
        }
    }

    private static Map<String, Geometry> byProperty(String layer, String prop) throws IOException {
        Map<String, Geometry> out = new HashMap<>();
        for (JsonNode f : read(layer).get("features")) out.put(f.get("properties").get(prop).asText(), geometry(f.get("geometry")));
        return out;
    }

    private static Polygon largestPart(Geometry g, double maxCentroidLon) {
        Polygon best = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (p.getCentroid().getX() < maxCentroidLon && (best == null || p.getArea() > best.getArea())) best = p;
        }
        return best;
    }

    static Polygon nakhchivan() throws IOException {
        return largestPart(byProperty("countries", "iso_a3").get("AZE"), 46.2);
    }

    static Polygon mainland() throws IOException {
        return largestPart(byProperty("countries", "iso_a3").get("AZE"), 180);
    }

    @Nested
    @DisplayName("Nakhchivan and Syunik")
    class Exclave {
        @Test
        @DisplayName("Nakhchivan does not touch mainland Azerbaijan")
        void nakhchivanIsAnExclave() throws IOException {
            assertFalse(nakhchivan().intersects(mainland()));
            assertTrue(Aeqd.project(nakhchivan()).distance(Aeqd.project(mainland())) > 20_000);
        }

        @Test
        @DisplayName("a line from Nakhchivan to the mainland crosses Syunik in Armenia")
        void syunikLiesBetween() throws IOException {
            Map<String, Geometry> admin = byProperty("admin1", "id");
            Geometry syunik = admin.get("admin-AM-SU");
            Geometry armenia = byProperty("countries", "iso_a3").get("ARM");
            Point nx = admin.get("admin-AZ-NX").getInteriorPoint();
            Point zangilan = byProperty("places", "id").get("place-zangilan").getInteriorPoint();
            LineString line = GF.createLineString(new Coordinate[] {nx.getCoordinate(), zangilan.getCoordinate()});
            assertTrue(line.intersects(syunik), "line crosses Syunik");
            assertTrue(line.intersects(armenia), "line crosses Armenia");
        }
    }

    @Nested
    @DisplayName("The Aras")
    class Aras {
        @Test
        @DisplayName("lies within 2 km of the Azerbaijan–Iran and Armenia–Iran borders on at least 90 % of their river reaches")
        void followsTheBorder() throws IOException {
            List<Geometry> parts = new ArrayList<>();
            for (JsonNode f : read("rivers").get("features")) {
                if (f.get("properties").get("id").asText().startsWith("river-aras")) parts.add(geometry(f.get("geometry")));
            }
            Geometry aras = Aeqd.project(GF.buildGeometry(parts));
            Map<String, Geometry> borders = byProperty("borders", "id");
            for (String id : new String[] {"border-AZE-IRN", "border-ARM-IRN"}) {
                Geometry b = borders.get(id);
                int river = 0, near = 0;
                for (int i = 0; i < b.getNumGeometries(); i++) {
                    LineString ls = (LineString) Aeqd.project(b.getGeometryN(i));
                    LengthIndexedLine idx = new LengthIndexedLine(ls);
                    for (double d = 0; d <= ls.getLength(); d += 500) {
                        Coordinate c = idx.extractPoint(d);
                        // river reaches: west of 47.98E (east of it the AZ–IR border leaves the river)
                        if (Aeqd.inverseLon(c) > 47.98) continue;
                        river++;
                        if (aras.distance(GF.createPoint(c)) <= 2000) near++;
                    }
                }
                assertTrue(river > 20, id + " has river reaches");
                assertTrue(near >= 0.9 * river, id + ": " + near + " of " + river + " samples within 2 km");
            }
        }

        @Test
        @DisplayName("every reach says how it was made")
        void reachesArePositioned() throws IOException {
            for (JsonNode f : read("rivers").get("features")) {
                String pos = f.get("properties").path("position").asText();
                assertTrue(List.of("border-line", "traced", "doubtful").contains(pos), pos);
                if (pos.equals("doubtful")) assertTrue(f.get("properties").hasNonNull("note"));
            }
        }
    }

    @Nested
    @DisplayName("Places and corridors")
    class PlacesAndCorridors {
        @Test
        @DisplayName("every place lies in its country (bridges on its border)")
        void placesInTheirCountry() throws IOException {
            Map<String, Geometry> countries = byProperty("countries", "iso_a3");
            for (JsonNode f : read("places").get("features")) {
                JsonNode p = f.get("properties");
                Geometry pt = geometry(f.get("geometry"));
                Geometry c = countries.get(p.get("iso_a3").asText());
                double tol = "bridge".equals(p.get("place_kind").asText()) ? 1e-4 : 0;
                assertTrue(c.distance(pt) <= tol, p.get("id").asText() + " in " + p.get("iso_a3").asText());
            }
        }

        @Test
        @DisplayName("each mainland–Nakhchivan corridor starts in mainland Azerbaijan and ends in Nakhchivan")
        void corridorsLinkMainlandAndExclave() throws IOException {
            Polygon nx = nakhchivan();
            Polygon ml = mainland();
            int checked = 0;
            for (JsonNode f : read("corridors").get("features")) {
                JsonNode p = f.get("properties");
                assertTrue(p.get("approximate").asBoolean());
                assertTrue(p.get("sources").size() > 0);
                if (!p.get("purpose").asText().contains("Nakhchivan")) continue;
                LineString l = (LineString) geometry(f.get("geometry"));
                assertTrue(ml.contains(l.getStartPoint()), p.get("id") + " starts in mainland Azerbaijan");
                assertTrue(nx.contains(l.getEndPoint()), p.get("id") + " ends in Nakhchivan");
                checked++;
            }
            assertEquals(2, checked);
        }
    }

    @Nested
    @DisplayName("Every file")
    class Files_ {
        @Test
        @DisplayName("is a FeatureCollection with a layer header and ids, names and sources on every feature")
        void headers() throws IOException {
            for (String layer : LAYERS) {
                JsonNode d = read(layer);
                assertEquals("FeatureCollection", d.get("type").asText());
                JsonNode a = d.get("araxes");
                for (String k : new String[] {"title", "kind", "order", "credit", "source"}) assertTrue(a.has(k), layer + " araxes." + k);
                for (JsonNode f : d.get("features")) {
                    JsonNode p = f.get("properties");
                    for (String k : new String[] {"id", "name", "names", "alt_names", "source"}) assertTrue(p.has(k), layer + " " + k);
                }
            }
        }

        @Test
        @DisplayName("has valid geometries with closed RFC 7946 rings and lon/lat inside the box")
        void geometriesAreValid() throws IOException {
            for (String layer : LAYERS) {
                for (JsonNode f : read(layer).get("features")) {
                    String id = f.get("properties").get("id").asText();
                    Geometry g = geometry(f.get("geometry"));
                    // the Caspian is whole (one outline); everything else is clipped to the box
                    double[] box = id.equals("water-caspian") ? new double[] {46, 36, 55, 47.5} : new double[] {43, 36, 51, 42.5};
                    assertValidRfc7946(id, g, box);
                }
            }
        }
    }

    /** A valid geometry, closed rings wound as RFC 7946 says (exterior CCW, holes CW), lon/lat within a box. */
    static void assertValidRfc7946(String id, Geometry g, double[] box) {
        assertTrue(g.isValid(), id + " valid");
        for (Coordinate c : g.getCoordinates()) {
            assertTrue(c.x >= box[0] && c.x <= box[2] && c.y >= box[1] && c.y <= box[3], id + " lon/lat in " + List.of(box[0], box[1], box[2], box[3]) + ": " + c);
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon)) continue;
            Polygon p = (Polygon) g.getGeometryN(i);
            assertTrue(p.getExteriorRing().isClosed());
            assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()), id + " exterior CCW");
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                assertTrue(p.getInteriorRingN(h).isClosed());
                assertFalse(Orientation.isCCW(p.getInteriorRingN(h).getCoordinates()), id + " hole CW");
            }
        }
    }

    @Nested
    @DisplayName("The surroundings (context-*.geojson)")
    class Surroundings {
        private final String[] context = {"context-countries", "context-borders", "context-water", "context-rivers", "context-places"};

        private List<Geometry> geometries(String... layers) throws IOException {
            List<Geometry> parts = new ArrayList<>();
            for (String layer : layers) {
                for (JsonNode f : read(layer).get("features")) parts.add(geometry(f.get("geometry")));
            }
            return parts;
        }

        private boolean inAny(List<PreparedGeometry> areas, double lon, double lat) {
            Point p = GF.createPoint(new Coordinate(lon, lat));
            return areas.stream().anyMatch(a -> a.covers(p));
        }

        private List<PreparedGeometry> prepared(String... layers) throws IOException {
            return geometries(layers).stream().map(PreparedGeometryFactory::prepare).toList();
        }

        @Test
        @DisplayName("are layers with a header, drawn under the detailed ones of their kind, every feature marked as context and valid")
        void headersAndGeometry() throws IOException {
            Map<String, Integer> counts = new HashMap<>();
            for (String layer : context) {
                JsonNode d = read(layer);
                JsonNode a = d.get("araxes");
                for (String k : new String[] {"title", "kind", "order", "credit", "source"}) assertTrue(a.has(k), layer + " araxes." + k);
                for (JsonNode f : d.get("features")) {
                    JsonNode p = f.get("properties");
                    for (String k : new String[] {"id", "name", "names", "alt_names", "source"}) assertTrue(p.has(k), layer + " " + k);
                    assertTrue(p.get("context").asBoolean(), p.get("id") + " is marked as context");
                    assertValidRfc7946(p.get("id").asText(), geometry(f.get("geometry")), new double[] {-180, -85, 180, 85});
                }
                counts.put(layer, d.get("features").size());
            }
            // measured with geodata/tools/counts.py
            assertEquals(Map.of("context-countries", 179, "context-borders", 311, "context-water", 46, "context-rivers", 1,
                    "context-places", 2), counts);
            assertTrue(read("context-countries").get("araxes").get("order").asInt() < read("countries").get("araxes").get("order").asInt());
            assertTrue(read("context-borders").get("araxes").get("order").asInt() < read("borders").get("araxes").get("order").asInt());
        }

        @Test
        @DisplayName("leave the detailed countries alone: under them only a band of 0.002° along the box (so no seam shows), no border inside the box but Iraq's")
        void clippedToOutsideTheDetail() throws IOException {
            Polygon core = GF.createPolygon(coords(JSON.readTree("[[43.01,36.01],[50.99,36.01],[50.99,42.49],[43.01,42.49],[43.01,36.01]]")));
            Geometry detailed = GF.buildGeometry(geometries("countries")).union().intersection(core);
            double overlap = 0;
            for (Geometry g : geometries("context-countries")) {
                if (g.getEnvelopeInternal().intersects(detailed.getEnvelopeInternal())) overlap += g.intersection(detailed).getArea();
            }
            double km2 = overlap * 111.32 * 111.32 * Math.cos(Math.toRadians(37));
            assertTrue(km2 < 2, km2 + " km² of the context lies on the detailed countries");
            for (JsonNode f : read("context-borders").get("features")) {
                String id = f.get("properties").get("id").asText();
                if (geometry(f.get("geometry")).intersects(core)) {
                    assertTrue(id.contains("IRQ"), id + " is drawn inside the detailed box");
                }
            }
        }

        @Test
        @DisplayName("cover 25–65 E, 25–50 N with land and water, name Iraq and Turkmenistan, and leave the six detailed countries unnamed (named once, by the detail)")
        void coverage() throws IOException {
            List<PreparedGeometry> areas = prepared("context-countries", "context-water", "countries", "water");
            int points = 0;
            int missed = 0;
            for (double lon = 25; lon <= 65; lon += 0.25) {
                for (double lat = 25; lat <= 50; lat += 0.25) {
                    points++;
                    if (!inAny(areas, lon, lat)) missed++;
                }
            }
            // what is left are slivers where Natural Earth's coast and GSHHG's differ: the basemap's land shows there
            assertTrue(missed <= points / 500, missed + " of " + points + " points of 25–65 E, 25–50 N are neither land nor water");
            Map<String, JsonNode> byIso = new HashMap<>();
            for (JsonNode f : read("context-countries").get("features")) {
                if (f.get("properties").has("iso_a3")) byIso.put(f.get("properties").get("iso_a3").asText(), f.get("properties"));
            }
            assertEquals("Iraq", byIso.get("IRQ").get("name").asText());
            assertEquals("Turkmenistan", byIso.get("TKM").get("name").asText());
            for (String iso : List.of("GEO", "IRN", "RUS", "TUR")) { // Armenia and Azerbaijan lie wholly in the box
                assertFalse(byIso.get(iso).get("label").asBoolean(), iso + " is named by the detailed layer");
            }
            assertFalse(byIso.containsKey("ARM") || byIso.containsKey("AZE"));
        }

        @Test
        @DisplayName("hold the whole Black Sea and the whole Caspian")
        void wholeSeas() throws IOException {
            List<PreparedGeometry> seas = prepared("context-water", "water");
            for (double[] p : new double[][] {{31.0, 43.5}, {41.5, 41.8}, {36.8, 46.2}, {50.5, 39.5}, {52.0, 40.5}, {50.0, 46.0}, {51.5, 27.0}}) {
                assertTrue(inAny(seas, p[0], p[1]), "water at " + p[0] + " E, " + p[1] + " N");
            }
        }
    }

    /** Spherical azimuthal equidistant projection centred 47E 39.2N, in metres. */
    static final class Aeqd {
        static final double R = 6_371_008.8;
        static final double LON0 = Math.toRadians(47.0);
        static final double LAT0 = Math.toRadians(39.2);

        static Coordinate forward(Coordinate ll) {
            double lon = Math.toRadians(ll.x), lat = Math.toRadians(ll.y);
            double cosc = Math.sin(LAT0) * Math.sin(lat) + Math.cos(LAT0) * Math.cos(lat) * Math.cos(lon - LON0);
            double c = Math.acos(Math.max(-1, Math.min(1, cosc)));
            double k = c < 1e-12 ? 1 : c / Math.sin(c);
            double x = R * k * Math.cos(lat) * Math.sin(lon - LON0);
            double y = R * k * (Math.cos(LAT0) * Math.sin(lat) - Math.sin(LAT0) * Math.cos(lat) * Math.cos(lon - LON0));
            return new Coordinate(x, y);
        }

        static double inverseLon(Coordinate xy) {
            double rho = Math.hypot(xy.x, xy.y);
            if (rho < 1e-9) return Math.toDegrees(LON0);
            double c = rho / R;
            double lon = LON0 + Math.atan2(xy.x * Math.sin(c),
                    rho * Math.cos(LAT0) * Math.cos(c) - xy.y * Math.sin(LAT0) * Math.sin(c));
            return Math.toDegrees(lon);
        }

        static Geometry project(Geometry g) {
            return new GeometryTransformer() {
                @Override
                protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
                        org.locationtech.jts.geom.CoordinateSequence seq, Geometry parent) {
                    Coordinate[] out = new Coordinate[seq.size()];
                    for (int i = 0; i < seq.size(); i++) out[i] = forward(seq.getCoordinate(i));
                    return factory.getCoordinateSequenceFactory().create(out);
                }
            }.transform(g);
        }
    }
}
