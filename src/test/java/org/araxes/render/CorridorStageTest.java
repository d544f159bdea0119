// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.araxes.geo.GeoFeature;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.araxes.render.MapStyle.CorridorStage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Corridors are drawn by how far they have come, and the legend says which line is which. */
class CorridorStageTest {

    private static GeoFeature corridor(String stage, String status) {
        Map<String, Object> properties = new HashMap<>();
        if (stage != null) {
            properties.put("stage", stage);
        }
        if (status != null) {
            properties.put("status", status);
        }
        return new GeoFeature(0, "corridor", null, properties);
    }

    @ParameterizedTest(name = "stage \"{0}\", status \"{1}\" -> {2}")
    @DisplayName("a corridor's stage is read from its stage property, else from the first words of its status")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "proposed           | -                                      | PROPOSED",
        "under construction | -                                      | UNDER_CONSTRUCTION",
        "Built              | -                                      | BUILT",
        // a file of one's own without the stage property: the status's words
        "-                  | agreed (memorandum, March 2022)        | AGREED",
        "-                  | construction began in 2023             | UNDER_CONSTRUCTION",
        "-                  | established by the trilateral statement| BUILT",
        // nothing to tell: drawn as proposed, the claim that says least
        "-                  | -                                      | PROPOSED",
        "-                  | disputed                               | PROPOSED",
    })
    void stageOf(String stage, String status, CorridorStage expected) {
        assertEquals(expected, CorridorStage.of(corridor(stage, status)));
    }

    @Test
    @DisplayName("every two stages differ in line pattern and in colour")
    void stylesDiffer() {
        CorridorStage[] stages = CorridorStage.values();
        for (int i = 0; i < stages.length; i++) {
            for (int j = i + 1; j < stages.length; j++) {
                GeoFeature a = corridor(stages[i].code(), null);
                GeoFeature b = corridor(stages[j].code(), null);
                assertNotEquals(MapStyle.stroke(LayerInfo.Kind.CORRIDOR, a), MapStyle.stroke(LayerInfo.Kind.CORRIDOR, b),
                        stages[i] + " and " + stages[j] + " share a colour");
                assertFalse(Arrays.equals(MapStyle.dashes(LayerInfo.Kind.CORRIDOR, a), MapStyle.dashes(LayerInfo.Kind.CORRIDOR, b)),
                        stages[i] + " and " + stages[j] + " share a line pattern");
            }
        }
    }

    @Test
    @DisplayName("a gap in every dashed line is wider than the thickest corridor line, so the round caps never close it")
    void gapsStayOpen() {
        double thickest = MapStyle.strokeWidth(LayerInfo.Kind.CORRIDOR, corridor("built", null), 20);
        for (CorridorStage stage : CorridorStage.values()) {
            double[] dashes = stage.dashes();
            for (int i = 1; dashes != null && i < dashes.length; i += 2) {
                assertFalse(dashes[i] <= thickest, stage + ": a gap of " + dashes[i] + " px under a line of " + thickest);
            }
        }
    }

    @Test
    @DisplayName("the legend has one corridor entry per stage, drawn with that stage's style")
    void legendPerStage() {
        List<LegendDrawing.Entry> entries = LegendDrawing.entries(Set.of(LayerInfo.Kind.CORRIDOR));
        assertEquals(Arrays.stream(CorridorStage.values()).toList(), entries.stream()
                .map(e -> CorridorStage.of(new GeoFeature(0, "legend", null, e.properties()))).toList());
        for (LegendDrawing.Entry entry : entries) {
            String stage = String.valueOf(entry.properties().get("stage"));
            assertEquals(true, entry.text().contains(stage), entry.text() + " names its stage");
        }
    }

    @Test
    @DisplayName("the bundled corridors are proposed (Zangezur), agreed (through Iran) and built (Lachin)")
    void bundledCorridors() {
        Atlas atlas = Atlas.load(Path.of("geodata"));
        Map<String, CorridorStage> stages = new HashMap<>();
        atlas.layersOfKind(LayerInfo.Kind.CORRIDOR).forEach(layer -> layer.features()
                .forEach(f -> stages.put(f.id(), CorridorStage.of(f))));
        assertEquals(Map.of("corridor-zangezur", CorridorStage.PROPOSED, "corridor-iran-route", CorridorStage.AGREED,
                "corridor-lachin", CorridorStage.BUILT,
                // the Lachin corridor's status by date and its checkpoint (corridor-status.geojson): a built road
                "lachin-status-1-open", CorridorStage.BUILT, "lachin-status-2-blocked", CorridorStage.BUILT,
                "lachin-status-3-checkpoint", CorridorStage.BUILT, "lachin-checkpoint-hakari", CorridorStage.BUILT), stages);
    }
}
