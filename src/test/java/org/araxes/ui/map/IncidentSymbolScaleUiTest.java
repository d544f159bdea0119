// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.app.MainWindow;
import org.araxes.ui.app.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.araxes.render.IncidentRenderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The incidents grow with the map's label scale (presenting on a projector), by its square root. */
@ExtendWith(ApplicationExtension.class)
class IncidentSymbolScaleUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    private List<IncidentRenderer.Mark> marks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().getViewport() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#layer-incidents").queryAs(IncidentMapLayer.class).marks();
    }

    @Test
    @DisplayName("at label scale 2.25 single symbols and clusters are 1.5 times their desk size, and back at 1")
    void symbolsFollowTheLabelScale(FxRobot robot) throws Exception {
        List<IncidentRenderer.Mark> desk = marks(robot);
        assertFalse(desk.isEmpty(), "incidents on the map");
        double single = desk.stream().filter(m -> !m.cluster()).mapToDouble(IncidentRenderer.Mark::radius).max().orElseThrow();
        assertEquals(10, single, 1e-9, "symbol 7 px + 3 px to hit");
        robot.interact(() -> window.map().setLabelScale(2.25));
        List<IncidentRenderer.Mark> big = marks(robot);
        double bigSingle = big.stream().filter(m -> !m.cluster()).mapToDouble(IncidentRenderer.Mark::radius).max().orElseThrow();
        assertEquals(15, bigSingle, 1e-9);
        for (IncidentRenderer.Mark cluster : big.stream().filter(IncidentRenderer.Mark::cluster).toList()) {
            assertTrue(cluster.radius() >= 11 * 1.5, "a cluster grows too: " + cluster.radius());
        }
        robot.interact(() -> window.map().setLabelScale(1));
        assertEquals(single, marks(robot).stream().filter(m -> !m.cluster()).mapToDouble(IncidentRenderer.Mark::radius).max().orElseThrow(), 1e-9);
    }
}
