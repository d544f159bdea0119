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

    private static final org.araxes.geo.Viewport VIEW = org.araxes.geo.Viewport.centeredOn(46, 39, 8, 800, 600);

    private static org.locationtech.jts.geom.LineString line(String wkt) throws Exception {
        return (org.locationtech.jts.geom.LineString) new org.locationtech.jts.io.WKTReader().read(wkt);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a river name runs along the river, upright, just above it")
    void alongLine() throws Exception {
        double[] level = VectorRenderer.alongLine(line("LINESTRING (45.5 39, 46.5 39)"), VIEW, 10);
        assertEquals(0, level[2], 1e-6);
        assertEquals(VIEW.screenY(39) - 10, level[1], 1e-6);
        double[] rising = VectorRenderer.alongLine(line("LINESTRING (45.5 38.6, 46.5 39.4)"), VIEW, 10);
        org.junit.jupiter.api.Assertions.assertTrue(rising[2] < -20 && rising[2] > -60, "rises to the right: " + rising[2]);
        double[] reversed = VectorRenderer.alongLine(line("LINESTRING (46.5 39.4, 45.5 38.6)"), VIEW, 10);
        assertEquals(rising[2], reversed[2], 1e-6, "drawn east to west, the name is still upright");
        org.junit.jupiter.api.Assertions.assertNull(VectorRenderer.alongLine(line("LINESTRING (46 39, 46.01 39)"), VIEW, 10),
                "too short on screen for a name");
    }
}
