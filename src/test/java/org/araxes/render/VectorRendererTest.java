// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VectorRendererTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @DisplayName("a corridor's label names its status, so a proposal always reads as one")
    @CsvSource(delimiter = '|', value = {
        "Zangezur corridor (proposed route through Syunik/Meghri) | proposed | Zangezur corridor (proposed)",
        "Route through Iran (memorandum of March 2022) | agreed (memorandum, March 2022) | Route through Iran (agreed)",
        "Lachin corridor | established by the trilateral statement of 10 November 2020 (context) | Lachin corridor (established)",
        // no status: the name alone
        "Some road | '' | Some road",
    })
    void corridorLabel(String name, String status, String expected) {
        assertEquals(expected, VectorRenderer.corridorLabel(name, status));
    }

    @ParameterizedTest(name = "zoom {0}: ranks up to {1}")
    @DisplayName("minor places appear as you zoom in")
    @CsvSource({"5, 1", "6.5, 2", "7.2, 3", "9, 4", "11, 5"})
    void placeRanks(double zoom, int maxRank) {
        assertEquals(maxRank, VectorRenderer.maxPlaceRank(zoom));
    }
}
