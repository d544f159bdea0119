// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.araxes.incidents.IncidentReader;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtlasSearchTest {

    private static final Atlas ATLAS = Atlas.load(Path.of("geodata"));
    private static final AtlasSearch SEARCH = new AtlasSearch(ATLAS, ATLAS.layersOfKind(LayerInfo.Kind.INCIDENTS).stream()
            .flatMap(l -> IncidentReader.fromGeoJson(new GeoJsonResult(l.fileName(), l.info(), l.features(), l.problems()))
                    .incidents().stream())
            .toList());

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "Kapan, Kapan",        // English name
            "kapan, Kapan",        // case ignored
            "Կապան, Kapan",        // Armenian script
            "Կապ, Kapan",          // Armenian prefix
            "کاپان, Kapan",        // Persian script
            "Qafan, Kapan",        // Azerbaijani name
            "Ağbənd, Aghband",     // with accents, as written
            "agbend, Aghband",     // accents left out
            "AGBƏND, Aghband",     // capital schwa
            "Təbriz, Tabriz",      // Azerbaijani schwa
            "Tebriz, Tabriz",      // alternative spelling
            "تبریز, Tabriz",       // Persian with Persian yeh
            "تبريز, Tabriz",       // Persian typed with an Arabic yeh
            "Аракс, Aras",         // Russian name of the river
    })
    @DisplayName("places are found by any name, in any script, accents and case ignored")
    void findsPlaces(String query, String expected) {
        List<AtlasSearch.Hit> hits = SEARCH.find(query, 10);
        assertTrue(!hits.isEmpty(), "no hit for " + query);
        assertEquals(expected, hits.get(0).label(), () -> "first hit for " + query + ": " + hits);
        assertEquals(AtlasSearch.Kind.PLACE, hits.get(0).kind());
    }

    @Test
    @DisplayName("incidents are found by their title or summary, after the places")
    void findsIncidents() {
        List<AtlasSearch.Hit> hits = SEARCH.find("consulate", 50);
        assertTrue(hits.stream().anyMatch(h -> h.kind() == AtlasSearch.Kind.INCIDENT
                && h.incident().id().equals("inc-2022-10-21-kapan-consulate")), hits::toString);
        List<AtlasSearch.Hit> kapan = SEARCH.find("Kapan", 50);
        assertEquals(AtlasSearch.Kind.PLACE, kapan.get(0).kind());
        assertTrue(kapan.stream().anyMatch(h -> h.kind() == AtlasSearch.Kind.INCIDENT), kapan::toString);
    }

    @Test
    @DisplayName("each feature appears once; a blank query finds nothing; the limit holds")
    void onceAndLimits() {
        List<AtlasSearch.Hit> hits = SEARCH.find("Julfa", 50);
        assertEquals(hits.size(), hits.stream().map(h -> h.kind() == AtlasSearch.Kind.PLACE ? h.feature() : h.incident())
                .distinct().count());
        assertTrue(SEARCH.find("   ", 10).isEmpty());
        assertEquals(1, SEARCH.find("a", 1).size());
    }
}
