// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.araxes.geo.GeoFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerCacheTest {

    @TempDir
    Path temp;

    private static final Path GEODATA = Path.of("geodata");

    private static List<Path> bundledFiles() throws IOException {
        try (Stream<Path> files = Files.list(GEODATA)) {
            return files.filter(f -> f.toString().endsWith(".geojson")).sorted().toList();
        }
    }

    private Path entryFor(LayerCache cache, Path file) throws IOException {
        return cache.folder().resolve(LayerCache.entryName(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    @Test
    void everyBundledFileReadsBackEqualToTheReadersResult() throws IOException {
        LayerCache cache = new LayerCache(temp.resolve("cache"));
        GeoJsonReader reader = new GeoJsonReader();
        List<Path> files = bundledFiles();
        assertTrue(files.size() >= 7, "the bundled layers: " + files);
        for (Path bundled : files) {
            // a copy under another name: the jar's own entries (below) do not answer for it
            Path file = temp.resolve("copy-" + bundled.getFileName());
            Files.copy(bundled, file);
            GeoJsonResult direct = reader.read(file);
            assertEquals(direct, cache.read(file), file + ", first read (parsed)");
            Path entry = entryFor(cache, file);
            assertTrue(Files.isRegularFile(entry), "an entry was written for " + file);
            GeoJsonResult kept = cache.load(entry, file.getFileName().toString());
            assertNotNull(kept, "the entry of " + file + " reads back");
            assertEquals(direct, kept, file + " from the entry");
            assertEquals(direct, cache.read(file), file + ", second read");
            assertFalse(direct.features().isEmpty(), file + " has features");
        }
    }

    @Test
    void theApplicationCarriesAnEntryForEveryBundledFile() throws IOException {
        // made by the build (pom.xml, process-classes) with this build's reader and stamp
        GeoJsonReader reader = new GeoJsonReader();
        for (Path file : bundledFiles()) {
            String name = file.getFileName().toString();
            GeoJsonResult bundled = LayerCache.bundled(LayerCache.entryName(name, Files.readAllBytes(file)), name);
            assertNotNull(bundled, "the jar has an entry for " + file);
            assertEquals(reader.read(file), bundled, name);
        }
        // so a first start, with an empty cache folder, reads no GeoJSON and writes nothing
        LayerCache empty = new LayerCache(temp.resolve("first-start"));
        assertEquals(reader.read(GEODATA.resolve("countries.geojson")), empty.read(GEODATA.resolve("countries.geojson")));
        assertFalse(Files.exists(empty.folder()), "nothing written for a bundled file");
    }

    @Test
    void theBundledEntriesKeepTheCopiesAMapOpensWithAndTheyEqualCopiesMadeNow() throws IOException {
        for (Path file : bundledFiles()) {
            String name = file.getFileName().toString();
            GeoJsonResult bundled = LayerCache.bundled(LayerCache.entryName(name, Files.readAllBytes(file)), name);
            GeoJsonResult fresh = new GeoJsonReader().read(file);
            boolean incidents = bundled.info().kind() == LayerInfo.Kind.INCIDENTS;
            int lines = 0;
            for (int i = 0; i < fresh.features().size(); i++) {
                org.locationtech.jts.geom.Geometry kept = bundled.features().get(i).geometry();
                org.locationtech.jts.geom.Geometry now = fresh.features().get(i).geometry();
                if (now == null || now instanceof org.locationtech.jts.geom.Puntal) {
                    assertEquals(List.of(), kept == null ? List.of() : org.araxes.geo.SimplifiedGeometries.levelsKept(kept));
                    continue;
                }
                lines++;
                assertEquals(incidents ? List.of() : List.of(4, 5, 6, 7, 8, 9), org.araxes.geo.SimplifiedGeometries.levelsKept(kept),
                        name + " feature " + i);
                if (incidents) {
                    continue;
                }
                for (int level = 4; level <= 9; level++) {
                    assertTrue(org.araxes.geo.SimplifiedGeometries.simplify(now, level)
                                    .equalsExact(org.araxes.geo.SimplifiedGeometries.simplify(kept, level)),
                            name + " feature " + i + " level " + level);
                }
                if (now instanceof org.locationtech.jts.geom.Polygonal) {
                    assertEquals(now.getInteriorPoint(), org.araxes.geo.SimplifiedGeometries.interiorPointIfFound(kept),
                            name + " feature " + i + ": the label point");
                }
            }
            // places, and the markers of corridor-status.geojson (a status by date, a checkpoint), are points only
            boolean points = bundled.info().kind() == LayerInfo.Kind.PLACE || name.equals("corridor-status.geojson");
            assertTrue(incidents || points || lines > 0, name + " has lines or areas");
        }
    }

    @Test
    void anEntryWrittenAtRunTimeKeepsNoCopiesAndOneWithCopiesReadsThemBack() throws IOException {
        Path file = temp.resolve("my-water.geojson"); // not a bundled file: gets an entry of its own
        Files.copy(GEODATA.resolve("water.geojson"), file);
        LayerCache cache = new LayerCache(temp.resolve("cache"));
        cache.read(file);
        GeoJsonResult kept = cache.load(entryFor(cache, file), "my-water.geojson");
        kept.features().forEach(f -> assertEquals(List.of(), org.araxes.geo.SimplifiedGeometries.levelsKept(f.geometry())));
        // a result whose geometries have copies (made here at 2 and 11) writes and reads them
        GeoJsonResult read = new GeoJsonReader().read(file);
        org.locationtech.jts.geom.Geometry first = read.features().get(0).geometry();
        org.araxes.geo.SimplifiedGeometries.simplify(first, 2);
        org.araxes.geo.SimplifiedGeometries.simplify(first, 11);
        GeoJsonResult back = LayerCache.decode(LayerCache.encode(read), "my-water.geojson");
        assertEquals(read, back);
        org.locationtech.jts.geom.Geometry again = back.features().get(0).geometry();
        assertEquals(List.of(2, 11), org.araxes.geo.SimplifiedGeometries.levelsKept(again));
        assertTrue(org.araxes.geo.SimplifiedGeometries.simplify(first, 11).equalsExact(org.araxes.geo.SimplifiedGeometries.simplify(again, 11)));
        assertNull(org.araxes.geo.SimplifiedGeometries.interiorPointIfFound(again), "no label point was found before");
    }

    @Test
    void aBuildStampIsReadFromTheBuildsProperties() {
        assertTrue(LayerCache.BUILD.matches("\\S+@\\d{8}-\\d{6}\\.\\d{3}/org\\.araxes\\.io\\.GeoJsonReader"), LayerCache.BUILD);
    }

    @Test
    void propertyTypesAndGeometriesOfEveryKindSurvive() throws IOException {
        Path file = temp.resolve("kinds.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","araxes":{"title":"Kinds","kind":"other","order":7,"credit":"c","version":"v1"},
                 "features":[
                  {"type":"Feature","id":"a","properties":{"i":1,"l":12345678901,"b":123456789012345678901234567890,
                     "d":1.5,"neg":-0.0,"t":true,"f":false,"n":null,"s":"Araz – Аракс – ارس","list":[1,"x",[2.5],{"k":null}],
                     "map":{"inner":{"deep":[true]}}},
                   "geometry":{"type":"Point","coordinates":[45.1,39.2]}},
                  {"type":"Feature","properties":null,"geometry":{"type":"MultiPoint","coordinates":[[45,39],[46,40]]}},
                  {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[45,39],[46,40],[46.5,40.2]]}},
                  {"type":"Feature","geometry":{"type":"MultiLineString","coordinates":[[[45,39],[46,40]],[[44,38],[44.5,38.5]]]}},
                  {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[45,39],[46,39],[46,40],[45,40],[45,39]],
                     [[45.2,39.2],[45.4,39.2],[45.4,39.4],[45.2,39.2]]]}},
                  {"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[[45,39],[46,39],[46,40],[45,39]]],
                     [[[47,39],[48,39],[48,40],[47,39]]]]}},
                  {"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[
                     {"type":"Point","coordinates":[45,39]},{"type":"LineString","coordinates":[[45,39],[46,40]]}]}},
                  {"type":"Feature","geometry":null},
                  {"type":"Feature","id":"a","geometry":{"type":"Polygon","coordinates":[[[45,39],[46,40],[46,39],[45,40]]]}},
                  {"type":"Feature","geometry":{"type":"Point","coordinates":[500,39]}}
                 ]}
                """, StandardCharsets.UTF_8);
        GeoJsonResult direct = new GeoJsonReader().read(file);
        assertFalse(direct.problems().isEmpty(), "the file has problems to keep: " + direct.problems());
        LayerCache cache = new LayerCache(temp.resolve("cache"));
        cache.read(file);
        GeoJsonResult kept = cache.load(entryFor(cache, file), "kinds.geojson");
        assertEquals(direct, kept);
        Map<String, Object> p = kept.features().get(0).properties();
        assertInstanceOf(Integer.class, p.get("i"));
        assertInstanceOf(Long.class, p.get("l"));
        assertInstanceOf(BigInteger.class, p.get("b"));
        assertInstanceOf(Double.class, p.get("d"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) p.get("neg")));
        assertTrue(p.containsKey("n") && p.get("n") == null);
        assertEquals("Araz – Аракс – ارس", p.get("s"));
        assertEquals(List.of("i", "l", "b", "d", "neg", "t", "f", "n", "s", "list", "map"), List.copyOf(p.keySet()),
                "members keep their order");
        assertEquals(direct.info(), kept.info());
        assertEquals(direct.problems(), kept.problems());
    }

    @Test
    void anEditedFileIsReadAnew() throws IOException {
        Path file = temp.resolve("one.geojson");
        Files.writeString(file, feature("Old"));
        LayerCache cache = new LayerCache(temp.resolve("cache"));
        assertEquals("Old", cache.read(file).features().get(0).text("name"));
        Files.writeString(file, feature("New")); // same length, same file, new content
        assertEquals("New", cache.read(file).features().get(0).text("name"));
        assertEquals(2, entries(cache).size(), "one entry per content");
    }

    @Test
    void theSameContentUnderAnotherNameIsNotShared() throws IOException {
        Path a = temp.resolve("a.geojson");
        Path b = temp.resolve("b.geojson");
        Files.writeString(a, feature("Same"));
        Files.writeString(b, feature("Same"));
        LayerCache cache = new LayerCache(temp.resolve("cache"));
        assertEquals("a.geojson", cache.read(a).fileName());
        assertEquals("b.geojson", cache.read(b).fileName());
        assertEquals("B", cache.read(b).info().title());
    }

    @Test
    void aDamagedEntryIsIgnoredAndReplaced() throws IOException {
        Path file = temp.resolve("my-places.geojson");
        Files.copy(GEODATA.resolve("places.geojson"), file);
        LayerCache cache = new LayerCache(temp.resolve("cache"));
        GeoJsonResult direct = cache.read(file);
        Path entry = entryFor(cache, file);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(entry, bytes);
        assertNull(cache.load(entry, "my-places.geojson"), "the checksum finds the flipped bit");
        assertEquals(direct, cache.read(file));
        assertNotNull(cache.load(entry, "my-places.geojson"), "the entry was written again");

        Files.write(entry, new byte[] {1, 2, 3});
        assertEquals(direct, cache.read(file), "a truncated entry");
        Files.writeString(entry, "not an entry at all, just some text that is long enough");
        assertEquals(direct, cache.read(file), "a foreign file");
    }

    @Test
    void anEntryOfAnotherBuildIsNotUsed() throws IOException {
        Path file = temp.resolve("one.geojson");
        Files.writeString(file, feature("Mine"));
        GeoJsonResult direct = new GeoJsonReader().read(file);
        byte[] entry = LayerCache.encode(direct);
        String other = new String(entry, StandardCharsets.ISO_8859_1).replace(LayerCache.BUILD, "x".repeat(LayerCache.BUILD.length()));
        assertNotEquals(new String(entry, StandardCharsets.ISO_8859_1), other);
        assertNull(LayerCache.decode(other.getBytes(StandardCharsets.ISO_8859_1), "one.geojson"));
        assertEquals(direct, LayerCache.decode(entry, "one.geojson"));
    }

    @Test
    void withoutAWritableFolderFilesAreStillRead() throws IOException {
        Path notAFolder = temp.resolve("file-in-the-way");
        Files.writeString(notAFolder, "x");
        LayerCache cache = new LayerCache(notAFolder.resolve("cache"));
        Path file = GEODATA.resolve("places.geojson");
        assertEquals(new GeoJsonReader().read(file), cache.read(file));
    }

    @Test
    void aMissingFileGivesTheReadersProblem() {
        LayerCache cache = new LayerCache(temp.resolve("cache"));
        GeoJsonResult result = cache.read(temp.resolve("gone.geojson"));
        assertTrue(result.features().isEmpty());
        assertEquals(new GeoJsonReader().read(temp.resolve("gone.geojson")), result);
    }

    @Test
    void aFileOverTheLimitIsReadButGetsNoEntry() throws IOException {
        Path small = temp.resolve("small.geojson");
        Path big = temp.resolve("big.geojson");
        Files.writeString(small, feature("S"));
        Files.writeString(big, feature("B" + "x".repeat(200)));
        LayerCache cache = new LayerCache(temp.resolve("cache"), Files.size(small));
        assertEquals("S", cache.read(small).features().get(0).text("name"));
        assertEquals("B" + "x".repeat(200), cache.read(big).features().get(0).text("name"));
        assertEquals(1, entries(cache).size(), "only the small file has an entry");
        assertTrue(Files.exists(entryFor(cache, small)));
    }

    @Test
    void theFolderKeepsTheNewestEntriesOnly() throws IOException {
        LayerCache cache = new LayerCache(temp.resolve("cache"));
        for (int i = 0; i < LayerCache.MAX_ENTRIES + 5; i++) {
            Path file = temp.resolve("f" + i + ".geojson");
            Files.writeString(file, feature("N" + i));
            cache.read(file);
        }
        assertEquals(LayerCache.MAX_ENTRIES, entries(cache).size());
    }

    private static String feature(String name) {
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[45.5,39.5]}}";
    }

    private static List<Path> entries(LayerCache cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.folder())) {
            return files.filter(f -> f.toString().endsWith(".layer")).toList();
        }
    }

    @org.junit.jupiter.api.Nested
    @org.junit.jupiter.api.DisplayName("an entry crafted with a valid checksum is dropped and rebuilt, never fatal")
    class Crafted {

        private Path file;
        private GeoJsonResult direct;
        /** An entry of this build for the file with no problems and no features, without its counts and checksum. */
        private byte[] head;

        @org.junit.jupiter.api.BeforeEach
        void entryHead() throws IOException {
            file = Files.writeString(temp.resolve("crafted.geojson"), feature("Mine"));
            direct = new GeoJsonReader().read(file);
            byte[] empty = LayerCache.encode(new GeoJsonResult(direct.fileName(), direct.info(), List.of(), List.of()));
            head = java.util.Arrays.copyOf(empty, empty.length - 12);
        }

        /** The head, then the given ints and bytes, then a valid CRC-32C of it all. */
        private byte[] entry(java.util.function.Consumer<java.nio.ByteBuffer> body) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(head.length + 2_000_000);
            buffer.put(head);
            body.accept(buffer);
            byte[] bytes = java.util.Arrays.copyOf(buffer.array(), buffer.position() + 4);
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(bytes, 0, bytes.length - 4);
            java.nio.ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
            return bytes;
        }

        private void assertDroppedAndRebuilt(byte[] crafted) throws IOException {
            LayerCache cache = new LayerCache(temp.resolve("cache"));
            Path entry = entryFor(cache, file);
            Files.createDirectories(entry.getParent());
            Files.write(entry, crafted);
            assertNull(cache.load(entry, file.getFileName().toString()), "decoded to nothing");
            assertEquals(direct, cache.read(file), "the file is read as without a cache");
            assertEquals(direct, cache.load(entry, file.getFileName().toString()), "and its entry written anew");
        }

        @Test
        @org.junit.jupiter.api.DisplayName("a problem count of 2^31-1 makes no huge list")
        void hugeProblemCount() throws IOException {
            assertDroppedAndRebuilt(entry(b -> b.putInt(Integer.MAX_VALUE).putInt(0)));
        }

        @Test
        @org.junit.jupiter.api.DisplayName("a feature count of 2^31-1 makes no huge list")
        void hugeFeatureCount() throws IOException {
            assertDroppedAndRebuilt(entry(b -> b.putInt(0).putInt(Integer.MAX_VALUE)));
        }

        @Test
        @org.junit.jupiter.api.DisplayName("a point of 2^30 coordinates makes no huge array")
        void hugeCoordinateCount() throws IOException {
            assertDroppedAndRebuilt(entry(b -> b.putInt(0).putInt(1).putInt(0).putInt(0).put((byte) 0)
                    .put((byte) 1).putInt(1 << 30)));
        }

        @Test
        @org.junit.jupiter.api.DisplayName("geometry collections nested 300,000 deep overflow no stack")
        void deepCollections() throws IOException {
            assertDroppedAndRebuilt(entry(b -> {
                b.putInt(0).putInt(1).putInt(0).putInt(0).put((byte) 0);
                for (int i = 0; i < 300_000; i++) {
                    b.put((byte) 8).putInt(1);
                }
                b.put((byte) 0);
            }));
        }

        @Test
        @org.junit.jupiter.api.DisplayName("property lists nested 300,000 deep overflow no stack")
        void deepProperties() throws IOException {
            assertDroppedAndRebuilt(entry(b -> {
                b.putInt(0).putInt(1).putInt(0).putInt(0);
                for (int i = 0; i < 300_000; i++) {
                    b.put((byte) 8).putInt(1);
                }
                b.put((byte) 0).put((byte) 0);
            }));
        }

        @Test
        @org.junit.jupiter.api.DisplayName("a FIFO in an entry's place is removed, not opened, and the entry written")
        void fifoEntry() throws Exception {
            LayerCache cache = new LayerCache(temp.resolve("cache"));
            Path entry = entryFor(cache, file);
            Files.createDirectories(entry.getParent());
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    new ProcessBuilder("mkfifo", entry.toString()).start().waitFor() == 0, "mkfifo");
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> assertEquals(direct, cache.read(file)));
            assertTrue(Files.isRegularFile(entry), "the entry is a file again");
        }

        @Test
        @org.junit.jupiter.api.DisplayName("a FIFO given as the layer file is refused by its kind, never read (it blocked for ever)")
        void fifoLayer() throws Exception {
            LayerCache cache = new LayerCache(temp.resolve("cache"));
            Path fifo = temp.resolve("layer.geojson");
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
            GeoJsonResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(20), () -> cache.read(fifo));
            assertTrue(result.features().isEmpty());
            assertTrue(result.problems().get(0).message().contains("pipe (FIFO)"), result.problems().toString());
        }
    }
}
