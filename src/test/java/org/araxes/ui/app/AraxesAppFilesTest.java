// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoJSON files from the command line join the atlas as extra layers (no window needed). */
class AraxesAppFilesTest {

    private static final String POINT = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Julfa"},"geometry":{"type":"Point","coordinates":[45.6,38.95]}}]}
            """;

    @Test
    void noFilesKeepsTheAtlas(@TempDir Path dir) throws IOException {
        Atlas atlas = Atlas.load(dir);
        assertSame(atlas, AraxesApp.withFiles(atlas, List.of()));
    }

    @Test
    void filesBecomeLayersOnTop(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("places.geojson"), POINT);
        Path mine = Files.writeString(dir.resolve("visits.geojson"), POINT);
        Atlas atlas = AraxesApp.withFiles(Atlas.load(data), List.of(mine));
        assertEquals(List.of("places", "visits"), atlas.layers().stream().map(LayerData::id).toList());
        LayerData added = atlas.layers().get(1);
        assertEquals(1, added.features().size());
        assertTrue(added.problems().isEmpty(), added.problems().toString());
    }

    @Test
    void aClashingIdGetsASuffix(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("places.geojson"), POINT);
        Path other = Files.createDirectory(dir.resolve("other"));
        Path same = Files.writeString(other.resolve("places.geojson"), POINT);
        Atlas atlas = AraxesApp.withFiles(Atlas.load(data), List.of(same, same));
        assertEquals(List.of("places", "places-2", "places-3"), atlas.layers().stream().map(LayerData::id).toList());
    }

    @Test
    void anUnreadableFileBecomesALayerWithItsProblem(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.geojson"), "{ not json");
        Atlas atlas = AraxesApp.withFiles(new Atlas(List.of(), "test"), List.of(broken));
        assertEquals(1, atlas.layers().size());
        assertFalse(atlas.layers().get(0).problems().isEmpty());
    }
}
