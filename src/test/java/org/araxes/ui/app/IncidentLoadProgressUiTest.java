// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.SyntheticIncidents;
import org.araxes.ui.incidents.IncidentsViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening an incident file shows a progress bar and a Cancel button in the status bar while it is
 * read; Cancel stops the read and leaves the incidents shown as they were. The read is held at a
 * gate until Cancel is pressed, so the test never races the reader.
 */
@ExtendWith(ApplicationExtension.class)
class IncidentLoadProgressUiTest {

    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    private Path synthetic(String name, int count) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new SyntheticIncidents(11).writeGeoJson(count, out);
        }
        return file;
    }

    @Test
    @DisplayName("a finished load hides the progress bar; a cancelled 50,000-incident load leaves the incidents shown and says so; each file read is added as a set")
    void progressAndCancel(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        IncidentsViewModel incidents = window.model().incidents();
        Node progress = robot.lookup("#load-progress").query();
        Node cancel = robot.lookup("#load-cancel").queryAs(Button.class);
        assertFalse(MainWindowFixture.shown(progress), "no progress bar before any load");

        // a small file, read to the end: the bar shows while it is read and goes away after
        Path small = synthetic("small.geojson", 200);
        CountDownLatch smallGate = new CountDownLatch(1);
        robot.interact(() -> incidents.open(small, MainWindowFixture.gated(smallGate), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(MainWindowFixture.shown(progress) && MainWindowFixture.shown(cancel), "progress bar and Cancel while reading");
        smallGate.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !incidents.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(39 + 200, incidents.store().size(), "the file's 200 beside the 39 bundled");
        assertEquals(2, incidents.sets().size());
        assertFalse(MainWindowFixture.shown(progress), "the bar is hidden once the file is read");
        IncidentStore before = incidents.store();

        // a large file, cancelled: the read stops and the 200 incidents stay
        Path large = synthetic("large.geojson", 50_000);
        CountDownLatch largeGate = new CountDownLatch(1);
        robot.interact(() -> incidents.open(large, MainWindowFixture.gated(largeGate), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(MainWindowFixture.shown(progress), "progress bar while the large file is read");
        robot.clickOn("#load-cancel");
        largeGate.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !incidents.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, incidents.store(), "the incidents shown are unchanged");
        assertEquals("Opening large.geojson cancelled", robot.lookup("#status").queryAs(Label.class).getText());
        assertFalse(MainWindowFixture.shown(progress), "the bar is hidden after the cancel");

        // the same large file read to the end reports progress on the way and loads
        java.util.List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> incidents.progressProperty().addListener((o, old, f) -> seen.add(f.doubleValue())));
        robot.interact(() -> incidents.open(large, MainWindowFixture.gated(new CountDownLatch(0)), null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !incidents.loadingProperty().get()
                && incidents.store().size() == 39 + 200 + 50_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(seen.stream().anyMatch(f -> f > 0 && f < 1), "progress between 0 and 1 was shown: " + seen);
        assertFalse(MainWindowFixture.shown(progress));
    }
}
