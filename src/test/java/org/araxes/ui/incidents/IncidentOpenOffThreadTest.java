// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentSet;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.SyntheticIncidents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

@DisplayName("Opening a file beside other sets combines their stores on the reading thread, not the FX thread")
class IncidentOpenOffThreadTest {

    private static final IncidentResult BUNDLED = new IncidentReader().read(Path.of("geodata/incidents.geojson"));

    /** A store the view-model combined, and whether it did so on the FX thread. */
    private record Combine(IncidentStore made, boolean onFxThread) {
    }

    private final List<Combine> combines = new CopyOnWriteArrayList<>();
    private IncidentsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        model = new IncidentsViewModel(stores -> {
            IncidentStore made = IncidentStore.combine(stores);
            combines.add(new Combine(made, Platform.isFxApplicationThread()));
            return made;
        });
        WaitForAsyncUtils.asyncFx(() -> model.load(BUNDLED)).get(10, TimeUnit.SECONDS);
        combines.clear();
    }

    private static Path written(Path dir, int count) throws IOException {
        Path file = dir.resolve("synthetic-" + count + ".geojson");
        try (OutputStream out = Files.newOutputStream(file)) {
            SyntheticIncidents.writeGeoJson(new SyntheticIncidents(42).generate(count), "synthetic", out);
        }
        return file;
    }

    /** Opens a file (on the FX thread, as the window does) and waits until it is added. */
    private void open(Path file, Executor executor) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.open(file, executor, null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @DisplayName("a 200,000-incident file opened beside the bundled set: the store shown is the one combined off the FX thread")
    void combinedOffTheFxThread(@TempDir Path dir) throws Exception {
        Path file = written(dir, 200_000);
        open(file, command -> new Thread(command, "reading").start());

        assertEquals(2, model.sets().size());
        assertEquals(39 + 200_000, model.store().size());
        assertFalse(combines.isEmpty());
        assertTrue(combines.stream().noneMatch(Combine::onFxThread), "combined on the FX thread: " + combines);
        assertSame(combines.get(combines.size() - 1).made(), model.store());
    }

    @Test
    @DisplayName("when the sets change while the file is read, it is added to the sets as they are then")
    void setsChangedMeanwhile(@TempDir Path dir) throws Exception {
        Path file = written(dir, 50);
        CountDownLatch changed = new CountDownLatch(1);
        Executor afterTheChange = command -> new Thread(() -> {
            try {
                changed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            command.run();
        }, "reading").start();
        WaitForAsyncUtils.asyncFx(() -> model.open(file, afterTheChange, null)).get(10, TimeUnit.SECONDS);
        IncidentSet other = IncidentSet.opened(Path.of("other.geojson"),
                new IncidentResult("other.geojson", new SyntheticIncidents(7).generate(20), List.of()));
        WaitForAsyncUtils.asyncFx(() -> model.addSet(other)).get(10, TimeUnit.SECONDS);
        changed.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("bundled", "other.geojson", file.getFileName().toString()),
                model.sets().stream().map(IncidentSet::id).toList());
        assertEquals(39 + 20 + 50, model.store().size());
        Combine last = combines.get(combines.size() - 1);
        assertTrue(last.onFxThread(), "the sets as they were when it was opened were combined again on the FX thread");
        assertSame(last.made(), model.store());
    }
}
