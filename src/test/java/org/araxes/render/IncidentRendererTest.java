// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import org.araxes.geo.Viewport;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentStore;
import org.araxes.timeline.TimeWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class IncidentRendererTest {

    @Test
    @DisplayName("a close-up where every shown incident is a precise single place draws its symbols without failing")
    void preciseSinglePlaces(FxRobot robot) {
        IncidentStore store = new IncidentStore(new IncidentReader().read(Path.of("geodata", "incidents.geojson")).incidents());
        int[] all = store.visible(new TimeWindow(store.firstDay(), store.lastDay()),
                org.araxes.incidents.IncidentFilter.all());
        // Kapan at street level: its incident is a site-precision point, so there is no precision
        // radius to paint and no cluster; the cluster picture stays empty.
        Viewport kapan = Viewport.centeredOn(46.4058, 39.2076, 15, 600, 400);
        AtomicReference<List<IncidentRenderer.Mark>> marks = new AtomicReference<>();
        robot.interact(() -> marks.set(new IncidentRenderer().draw(new Canvas(600, 400).getGraphicsContext2D(), kapan,
                new IncidentRenderer.Shown(store, all, null, null))));
        assertFalse(marks.get().isEmpty(), "the Kapan incidents are drawn");
    }

    @Test
    @DisplayName("a window with no incident in it draws nothing and does not fail")
    void nothingShown(FxRobot robot) {
        IncidentStore store = new IncidentStore(new IncidentReader().read(Path.of("geodata", "incidents.geojson")).incidents());
        Viewport region = Viewport.centeredOn(46.5, 39.2, 7, 600, 400);
        AtomicReference<List<IncidentRenderer.Mark>> marks = new AtomicReference<>();
        robot.interact(() -> marks.set(new IncidentRenderer().draw(new Canvas(600, 400).getGraphicsContext2D(), region,
                new IncidentRenderer.Shown(store, new int[0], null, null))));
        org.junit.jupiter.api.Assertions.assertTrue(marks.get().isEmpty());
    }
}
