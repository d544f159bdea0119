// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bundled incident layer")
class IncidentBundledDataTest {

    private final IncidentResult result = new IncidentReader().read(Path.of("geodata/incidents.geojson"));

    @Test
    @DisplayName("loads all 39 incidents with zero problems")
    void loadsWithoutProblems() {
        assertEquals(List.of(), result.problems());
        assertEquals(39, result.incidents().size());
    }

    @Test
    @DisplayName("has the Kapan consulate on 21 October 2022 with two sources")
    void kapan() {
        Incident kapan = result.incidents().stream().filter(i -> i.id().equals("inc-2022-10-21-kapan-consulate"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2022, 10, 21), kapan.date().start());
        assertEquals(Category.DIPLOMATIC, kapan.category());
        assertEquals(2, kapan.sources().size());
        assertTrue(kapan.hasPoint());
        assertFalse(kapan.date().isImprecise());
    }
}
