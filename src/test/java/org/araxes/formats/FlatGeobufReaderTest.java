// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.araxes.formats.Fixtures.PLACES;
import static org.araxes.formats.Fixtures.assertWithinAMetreOfGdal;
import static org.araxes.formats.Fixtures.byId;
import static org.araxes.formats.Fixtures.fixture;
import static org.araxes.formats.Fixtures.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FlatGeobuf reader on files GDAL made (src/test/resources/org/araxes/formats/make.sh). */
class FlatGeobufReaderTest {

    @Test
    @DisplayName("a file with a spatial index and one without give the same features, in file order")
    void withAndWithoutIndex() {
        GeoJsonResult indexed = FlatGeobufReader.read(fixture("places.fgb"));
        GeoJsonResult plain = FlatGeobufReader.read(fixture("places-no-index.fgb"));
        assertEquals(List.of(), messages(indexed));
        assertEquals(List.of(), messages(plain));
        assertEquals(PLACES, indexed.features().size());
        assertEquals(ids(plain).stream().sorted().collect(Collectors.toList()),
                ids(indexed).stream().sorted().collect(Collectors.toList()));
        GeoFeature agarak = byId(indexed).get("place-agarak");
        assertEquals("Агарак", agarak.text("name_ru"));
        assertEquals(byId(plain).get("place-agarak").geometry(), agarak.geometry());
        assertEquals("Ərdəbil", byId(indexed).get("place-ardabil").text("name_az"));
        assertEquals("places", indexed.info().title());
    }

    @Test
    @DisplayName("a file in UTM zone 38N is reprojected to within a metre of GDAL's own reprojection")
    void projectedFileIsReprojected() {
        GeoJsonResult read = FlatGeobufReader.read(fixture("places-utm38n.fgb"));
        assertEquals(List.of(), messages(read));
        assertWithinAMetreOfGdal(read);
    }

    @Test
    @DisplayName("a file cut within a feature keeps the features before the cut and names where it ends")
    void truncatedWithinAFeature(@TempDir Path folder) throws IOException {
        byte[] whole = Files.readAllBytes(fixture("places-no-index.fgb"));
        Path cut = Files.write(folder.resolve("cut.fgb"), Arrays.copyOf(whole, whole.length - 100));
        GeoJsonResult read = FlatGeobufReader.read(cut);
        int loaded = read.features().size();
        assertTrue(loaded > 20 && loaded < PLACES, "loaded " + loaded);
        assertEquals(List.of("cut.fgb:feature " + loaded + ": the file is cut short here; the " + loaded
                + " features before it were loaded"), messages(read));
    }

    @Test
    @DisplayName("a file cut within its spatial index, or its header, loads nothing and says where")
    void truncatedWithinIndexOrHeader(@TempDir Path folder) throws IOException {
        byte[] whole = Files.readAllBytes(fixture("places.fgb"));
        int headerEnd = 12 + java.nio.ByteBuffer.wrap(whole, 8, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        Path inIndex = Files.write(folder.resolve("index.fgb"), Arrays.copyOf(whole, headerEnd + 40));
        assertEquals(List.of("index.fgb:index: the file is cut short within its spatial index, before any feature"),
                messages(FlatGeobufReader.read(inIndex)));
        Path inHeader = Files.write(folder.resolve("header.fgb"), Arrays.copyOf(whole, 60));
        assertEquals(List.of("header.fgb:header: the file is cut short within its header"),
                messages(FlatGeobufReader.read(inHeader)));
    }

    @Test
    @DisplayName("a file that is not FlatGeobuf gives one problem")
    void notFlatGeobuf(@TempDir Path folder) throws IOException {
        Path text = Files.writeString(folder.resolve("x.fgb"), "{\"type\":\"FeatureCollection\"}");
        assertEquals(List.of("x.fgb: not a FlatGeobuf file of version 3 (its first bytes differ)"),
                messages(FlatGeobufReader.read(text)));
    }

    private static List<String> ids(GeoJsonResult result) {
        return result.features().stream().map(GeoFeature::id).collect(Collectors.toList());
    }
}
