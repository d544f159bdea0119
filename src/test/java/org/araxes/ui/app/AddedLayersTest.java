// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.araxes.io.GeoJsonReader;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.ui.state.LayerViewModel;
import org.araxes.ui.state.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layers added after the start (files from the command line) go on top of the atlas (no window needed). */
class AddedLayersTest {

    private static final String POINT = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Julfa"},"geometry":{"type":"Point","coordinates":[45.6,38.95]}}]}
            """;

    private static LayerData read(Path file) {
        return LayerData.of(new GeoJsonReader().read(file));
    }

    @Test
    void anAddedLayerGoesOnTopShownAndIntoTheAtlas(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("places.geojson"), POINT);
        Path mine = Files.writeString(dir.resolve("visits.geojson"), POINT);
        MainViewModel model = new MainViewModel(Atlas.load(data));
        LayerViewModel added = model.addLayer(read(mine));
        assertEquals(List.of("places", "visits"), model.layers().stream().map(LayerViewModel::id).toList());
        assertEquals(List.of("places", "visits"), model.atlas().layers().stream().map(LayerData::id).toList());
        assertTrue(added.isVisible());
        assertEquals(1, added.data().features().size());
        assertTrue(added.data().problems().isEmpty(), added.data().problems().toString());
    }

    @Test
    void aClashingIdGetsASuffix(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("places.geojson"), POINT);
        Path other = Files.createDirectory(dir.resolve("other"));
        Path same = Files.writeString(other.resolve("places.geojson"), POINT);
        MainViewModel model = new MainViewModel(Atlas.load(data));
        model.addLayer(read(same));
        model.addLayer(read(same));
        assertEquals(List.of("places", "places-2", "places-3"), model.layers().stream().map(LayerViewModel::id).toList());
    }

    @Test
    void anIncidentFileJoinsTheIncidentsNotTheMapLayers(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("places.geojson"), POINT);
        // the bundled incident file, named as a layer file on the command line
        Path mine = Files.copy(Path.of("geodata/incidents.geojson"), dir.resolve("mine.geojson"));
        int incidents = new org.araxes.incidents.IncidentReader().read(mine).incidents().size();
        MainViewModel model = new MainViewModel(Atlas.load(data));
        assertEquals(null, model.addLayer(read(mine)));
        assertEquals(List.of("places"), model.layers().stream().map(LayerViewModel::id).toList());
        assertTrue(incidents > 0);
        assertEquals(incidents, model.incidents().store().size(), model.incidents().problems().toString());
    }
}
