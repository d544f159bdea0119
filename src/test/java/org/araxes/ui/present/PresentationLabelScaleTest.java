// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How large presentation mode draws the map's labels for a screen. */
class PresentationLabelScaleTest {

    @ParameterizedTest(name = "{0} px high → {1}")
    @CsvSource({
        "600, 1.0",  // smaller than a laptop: desk size
        "800, 1.0",  // a laptop: desk size
        "1080, 1.6", // a 1080p projector
        "1440, 2.2", // a 1440p screen: the cap
        "2160, 2.2", // 4K: still the cap, bigger names would crowd each other off the map
        "NaN, 1.0",  // no screen height known: desk size
    })
    @DisplayName("the presentation label scale grows with the screen height and stops at 2.2")
    void labelScaleForHeight(double height, double expected) {
        assertEquals(expected, PresentationController.labelScaleFor(height), 0.01);
    }
}
