// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraticuleTest {

    @ParameterizedTest(name = "zoom {0} -> every {1}°")
    @CsvSource({
            "3, 1",     // the whole region and beyond
            "7.99, 1",  // just below the first change
            "8, 0.5",   // a province
            "9.5, 0.5",
            "10, 0.1",  // a town
            "16, 0.1",  // deepest zoom
    })
    @DisplayName("the spacing follows the zoom: 1°, then 0.5°, then 0.1°")
    void step(double zoom, double step) {
        assertEquals(step, Graticule.step(zoom));
    }

    @Test
    @DisplayName("whole degrees over the region: meridians 44..50°E and parallels 37..41°N, labelled")
    void wholeDegrees() {
        List<Graticule.Line> lines = Graticule.lines(43.5, 36.5, 50.5, 41.7, 1);
        List<String> meridians = lines.stream().filter(Graticule.Line::meridian).map(Graticule.Line::label).toList();
        List<String> parallels = lines.stream().filter(l -> !l.meridian()).map(Graticule.Line::label).toList();
        assertEquals(List.of("44°E", "45°E", "46°E", "47°E", "48°E", "49°E", "50°E"), meridians);
        assertEquals(List.of("37°N", "38°N", "39°N", "40°N", "41°N"), parallels);
    }

    @Test
    @DisplayName("tenths land on exact values with one decimal, whole degrees without")
    void tenths() {
        List<Graticule.Line> lines = Graticule.lines(45.95, 38.98, 46.21, 39.01, 0.1);
        assertEquals(List.of("46°E", "46.1°E", "46.2°E", "39°N"), lines.stream().map(Graticule.Line::label).toList());
        assertEquals(46.1, lines.get(1).value(), 0);
    }

    @Test
    @DisplayName("west and south get W and S; the equator and the prime meridian no letter")
    void hemispheres() {
        List<String> labels = Graticule.lines(-1.2, -1.2, 0.2, 0.2, 0.5).stream().map(Graticule.Line::label).toList();
        assertEquals(List.of("1°W", "0.5°W", "0°", "1°S", "0.5°S", "0°"), labels);
    }

    @Test
    @DisplayName("a lattice too fine for the box is refused rather than drawn")
    void tooMany() {
        assertThrows(IllegalArgumentException.class, () -> Graticule.lines(-180, -80, 180, 80, 0.1));
        assertThrows(IllegalArgumentException.class, () -> Graticule.lines(0, 0, 1, 1, 0));
    }
}
