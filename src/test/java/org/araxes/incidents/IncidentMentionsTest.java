// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentMentionsTest {

    private static final Atlas ATLAS = Atlas.load(Path.of("geodata"));
    private static final List<Incident> SEEDS = ATLAS.layersOfKind(LayerInfo.Kind.INCIDENTS).stream()
            .flatMap(l -> IncidentReader.fromGeoJson(new GeoJsonResult(l.fileName(), l.info(), l.features(), l.problems()))
                    .incidents().stream())
            .toList();

    private static GeoFeature feature(String id) {
        return ATLAS.layers().stream().flatMap(l -> l.features().stream()).filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("Kapan's card lists the Kapan consulate incidents with an exact quote from their source")
    void kapan() {
        List<IncidentMentions.Mention> mentions = IncidentMentions.find(feature("place-kapan"), SEEDS);
        assertTrue(mentions.stream().anyMatch(m -> m.incident().id().equals("inc-2022-10-21-kapan-consulate")), mentions::toString);
        for (IncidentMentions.Mention m : mentions) {
            assertTrue(m.incident().sources().stream().anyMatch(s -> s.quote().equals(m.quote())), "quote is a source's own");
        }
    }

    @Test
    @DisplayName("the Aras is found under its other names (Araz) as a whole word")
    void arasByAltName() {
        List<IncidentMentions.Mention> mentions = IncidentMentions.find(feature("river-aras-1"), SEEDS);
        assertTrue(mentions.stream().anyMatch(m -> m.incident().id().equals("inc-2022-10-iranian-exercises-araz-pontoons")),
                mentions::toString);
    }

    @Test
    @DisplayName("a name is matched as a word, not inside another word")
    void wholeWords() {
        Incident tarasov = IncidentProximityTest.at("Tarasov visit", 46, 39);
        assertTrue(IncidentMentions.find(feature("river-aras-1"), List.of(tarasov)).isEmpty());
        assertEquals(1, IncidentMentions.find(feature("place-kapan"),
                List.of(IncidentProximityTest.at("Meeting in Qafan", 46, 39))).size());
    }
}
