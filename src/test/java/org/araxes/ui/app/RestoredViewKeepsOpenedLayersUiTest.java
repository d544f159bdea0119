// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.araxes.io.GeoJsonReader;
import org.araxes.model.LayerData;
import org.araxes.presentation.KeptFiles;
import org.araxes.presentation.MapExtent;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.UserSettings;
import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.state.LayerViewModel;
import org.araxes.ui.state.MainViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Layers named on the command line or double-clicked are read while the window opens, and may be
 * there before the last session's view is shown. That view is the last session's: it must not hide
 * a layer the user asked for now, even one it names as hidden (the user hid it last time), while
 * it still hides the bundled layers it names and keeps the ones it does not name as they are.
 */
@ExtendWith(ApplicationExtension.class)
class RestoredViewKeepsOpenedLayersUiTest {

    private MainViewModel model;
    private AtlasMapView map;
    private LayerViewModel roads;
    private LayerViewModel wells;

    private static LayerData layer(String name) {
        String json = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[45.5, 39.5], [46.5, 39.8]]},
                   "properties": {"name": "a road"}}]}
                """;
        return LayerData.of(new GeoJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name));
    }

    @Start
    void start(Stage stage) {
        model = MainWindowFixture.model();
        map = MainWindow.mapFor(model);
        // the files of the command line, read before the first layout
        roads = model.addLayer(layer("roads.geojson"));
        wells = model.addLayer(layer("wells.geojson"));
        SavedView last = new SavedView("Last view", new MapExtent.Centre(46, 39.5, 7), null,
                List.of("places"), List.of("rivers", "roads"), null, null, "");
        UserSettings settings = new UserSettings(1000, 700, "en", "offline", last, List.of());
        UserSession.openMap(map, model, new KeptFiles.Loaded<>(Optional.of(settings), Optional.empty(), Optional.empty()));
        stage.setScene(new Scene(map, 1000, 700));
        stage.show();
    }

    @Test
    @DisplayName("the last session's view hides none of the layers opened now, and still hides the bundled layer it names")
    void openedLayersStayShown() throws Exception {
        MainWindowFixture.settledViewport(map);
        assertTrue(roads.isVisible(), "a layer opened now that the last view hid");
        assertTrue(wells.isVisible(), "a layer opened now that the last view does not name");
        assertFalse(model.layer("rivers").isVisible(), "a bundled layer the last view hid");
        assertTrue(model.layer("places").isVisible());
    }
}
