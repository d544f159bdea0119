// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.araxes.geo.GeoFeature;
import org.araxes.io.LayerInfo.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MapStyleTest {

    private static GeoFeature feature(Map<String, Object> properties) {
        return new GeoFeature(0, "f", null, properties);
    }

    @Test
    @DisplayName("a country without an ISO code (Natural Earth's N. Cyprus, Kosovo) gets the neutral tint instead of failing the picture")
    void countryWithoutIsoCode() {
        assertEquals(MapStyle.fill(Kind.LAND, feature(Map.of("iso_a3", "XXX"))), MapStyle.fill(Kind.LAND, feature(Map.of())));
    }

    @Test
    @DisplayName("a detailed country and its surroundings share the tint, so no seam shows where they meet")
    void contextSharesTheTint() {
        assertEquals(MapStyle.fill(Kind.LAND, feature(Map.of("iso_a3", "IRN"))),
                MapStyle.fill(Kind.LAND, feature(Map.of("iso_a3", "IRN", "context", true))));
    }

    @Test
    @DisplayName("land is not outlined: the cut of the detailed data and of its surroundings along the detailed box would show as a line")
    void landHasNoOutline() {
        assertNull(MapStyle.stroke(Kind.LAND, feature(Map.of("iso_a3", "IRN", "context", true))));
        assertNull(MapStyle.stroke(Kind.LAND, feature(Map.of("iso_a3", "IRN"))));
        assertNotNull(MapStyle.stroke(Kind.BORDER, feature(Map.of("border_type", "international"))));
    }

    @Test
    @DisplayName("surrounding rivers are drawn thinner than the detailed ones")
    void contextRiversAreQuieter() {
        assertTrue(MapStyle.strokeWidth(Kind.RIVER, feature(Map.of("context", true)), 6)
                < MapStyle.strokeWidth(Kind.RIVER, feature(Map.of()), 6));
    }
}
