// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.app.MainWindow;
import org.araxes.ui.app.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.araxes.render.LabelCandidate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map's label scale: the place names on the map grow with it (presentation mode raises it). */
@ExtendWith(ApplicationExtension.class)
class LabelScaleUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    private LabelCandidate bakuAfterRedraw() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> baku(window.map().placedNames()) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return baku(window.map().placedNames());
    }

    private static LabelCandidate baku(List<LabelCandidate> drawn) {
        return drawn.stream().filter(l -> l.text().equals("Baku")).findFirst().orElse(null);
    }

    @Test
    @DisplayName("at label scale 2 the map draws Baku's name in type twice as large")
    void scaleTwoDoublesTheType(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        double before = bakuAfterRedraw().size();
        robot.interact(() -> window.map().setLabelScale(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            LabelCandidate b = baku(window.map().placedNames());
            return b != null && b.size() > before * 1.5;
        });
        assertEquals(2 * before, bakuAfterRedraw().size(), 1e-9);
        robot.interact(() -> window.map().setLabelScale(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            LabelCandidate b = baku(window.map().placedNames());
            return b != null && b.size() == before;
        });
    }

    @Test
    @DisplayName("the label scale is clamped to 0.5–3")
    void clamped(FxRobot robot) {
        robot.interact(() -> window.map().setLabelScale(10));
        assertEquals(3, window.map().getLabelScale());
        robot.interact(() -> window.map().setLabelScale(0.1));
        assertEquals(0.5, window.map().getLabelScale());
        robot.interact(() -> window.map().setLabelScale(Double.NaN));
        assertEquals(1, window.map().getLabelScale());
        assertTrue(window.map().labelScaleProperty().get() >= 0.5);
    }
}
