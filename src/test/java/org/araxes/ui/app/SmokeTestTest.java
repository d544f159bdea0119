// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SmokeTestTest {

    @Test
    @DisplayName("the zoom in the smoke test's line reads as %.2f writes it")
    void hundredths() {
        for (double zoom : new double[] {0, 0.005, 0.994, 0.995, 1, 6.8911, 6.895, 12, 12.049, 19.999}) {
            assertEquals(String.format(Locale.ROOT, "%.2f", zoom), SmokeTest.hundredths(zoom), "zoom " + zoom);
        }
    }
}
