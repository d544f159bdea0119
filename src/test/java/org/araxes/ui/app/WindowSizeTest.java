// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.araxes.presentation.UserSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowSizeTest {

    @ParameterizedTest(name = "a {0}×{1} screen: {2}×{3}")
    @CsvSource({
        // a desk screen: nine tenths of it, not a 1280×800 window in the middle
        "1920, 1040, 1728, 936",
        // a 4K screen
        "3840, 2120, 3456, 1908",
        // a small laptop: at least 1024×600 where the screen has room
        "1100, 660, 1024, 600",
        // a screen smaller than that: the whole screen
        "1000, 580, 1000, 580",
    })
    @DisplayName("a first start opens the window over most of the screen")
    void firstStart(double screenWidth, double screenHeight, double width, double height) {
        assertArrayEquals(new double[] {width, height},
                UserSession.windowSize(Optional.empty(), new Rectangle2D(0, 0, screenWidth, screenHeight)));
    }

    @ParameterizedTest(name = "on a {0}×{1} screen")
    @CsvSource({"1920, 1040", "1024, 600"})
    @DisplayName("a later start opens the window at the size it had when closed")
    void laterStart(double screenWidth, double screenHeight) {
        UserSettings saved = new UserSettings(1100, 700, "en", "offline", null, java.util.List.of());
        assertArrayEquals(new double[] {1100, 700},
                UserSession.windowSize(Optional.of(saved), new Rectangle2D(0, 0, screenWidth, screenHeight)));
    }
}
