// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentStore;
import org.araxes.io.CancelledException;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.presentation.MapState;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.render.FrameLayout;
import org.araxes.render.MapComposer;
import org.araxes.render.MapComposition;
import org.araxes.render.VectorRenderer;
import org.araxes.tiles.Basemap;
import org.araxes.timeline.AnimationFrames;
import org.araxes.timeline.WindowMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An animation's frames as drawn: each the state at its moment, through the one composer, its day printed large. */
class AnimationExporterTest {

    private static final int W = 480;
    private static final int H = 320;
    private static Atlas atlas;
    private static IncidentStore store;

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        atlas = Atlas.load(Path.of("geodata"));
        store = IncidentStore.combine(IncidentReader.fromAtlas(atlas).stream().map(IncidentResult::store).toList());
    }

    /** Keeps the frames it is given. */
    private static final class Kept implements AnimationWriter {
        final List<int[]> frames = new ArrayList<>();
        boolean finished;
        boolean closed;

        @Override
        public void add(int[] argb) {
            frames.add(argb);
        }

        @Override
        public void finish() {
            finished = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<EvidenceFrame> framed = new ArrayList<>();

    private AnimationExporter.Job job(List<AnimationFrames.Frame> frames) {
        MapState base = MapState.initial(W, H, 1, atlas.mapLayers().stream().map(LayerData::id).toList(),
                store.firstDay(), store.lastDay(), "en");
        Map<String, LayerData> layers = new java.util.HashMap<>();
        atlas.mapLayers().forEach(l -> layers.put(l.id(), l));
        return new AnimationExporter.Job(base, frames, WindowMode.MOVING,
                state -> MapComposer.compose(state, Basemap.painterFor(atlas),
                        id -> layers.containsKey(id) ? new VectorRenderer(layers.get(id)) : null, store, atlas.credits()),
                (composition, viewport) -> {
                    EvidenceFrame frame = EvidenceFrame.of(composition, viewport, null, "", "",
                            EnumSet.allOf(FrameElement.class), Instant.EPOCH);
                    framed.add(frame);
                    return frame;
                });
    }

    private static List<AnimationFrames.Frame> months() {
        return AnimationFrames.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 10, 1), AnimationFrames.Step.MONTH,
                AnimationFrames.Windows.oneStep());
    }

    @Test
    @DisplayName("every frame is drawn in order with its own window, and progress names each frame")
    void framesInOrder() throws Exception {
        Kept kept = new Kept();
        List<LocalDate> reported = new ArrayList<>();
        AnimationExporter.export(job(months()), kept, Platform::runLater, (done, total, frame) -> {
            assertEquals(3, total);
            assertEquals(reported.size() + 1, done);
            reported.add(frame.day());
        }, () -> false);
        assertEquals(List.of(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 9, 1), LocalDate.of(2022, 10, 1)), reported);
        assertEquals(3, kept.frames.size());
        assertTrue(kept.finished && kept.closed);
        for (int i = 0; i < 3; i++) {
            assertEquals(W * H, kept.frames.get(i).length);
            // each frame's evidence frame states the window of its own frame
            assertEquals(months().get(i).window(), framed.get(i).window());
        }
        assertFalse(java.util.Arrays.equals(kept.frames.get(0), kept.frames.get(1)), "the frames differ (their dates at least)");
    }

    @Test
    @DisplayName("a frame's state is the base state at the frame's window, so incidents fade against that window as on screen")
    void stateAtMoment() {
        List<AnimationFrames.Frame> frames = months();
        AnimationExporter.Job job = job(frames);
        MapState state = job.state(frames.get(1));
        assertEquals(frames.get(1).window(), state.window());
        assertEquals(WindowMode.MOVING, state.mode());
        MapComposition composition = job.composer().apply(state);
        assertEquals(frames.get(1).window(), composition.incidents().window(), "IncidentRenderer.fade is taken against it");
    }

    @Test
    @DisplayName("the frame's day is printed first in the header, larger than the title")
    void momentLarge() throws Exception {
        EvidenceFrame frame = new EvidenceFrame(EnumSet.allOf(FrameElement.class), "A title", months().get(2).window(),
                null, 0, 0, List.of(), List.of(), List.of(), "en", "", Instant.EPOCH, "").atMoment(LocalDate.of(2022, 10, 1));
        FrameLayout layout = WaitForAsyncUtils.asyncFx(() -> FrameLayout.of(frame, MapState.initial(W * 2, H * 2, 1,
                List.of(), 0, 1, "en").viewport(), 1)).get();
        FrameLayout.Line first = layout.lines().get(0);
        FrameLayout.Line title = layout.lines().stream().filter(l -> l.element() == FrameElement.TITLE).findFirst().orElseThrow();
        assertEquals("1 October 2022", first.text());
        assertEquals(FrameElement.DATE, first.element());
        assertTrue(first.font().getSize() > 1.5 * title.font().getSize(), "large: " + first.font().getSize());
        assertTrue(frame.describe().contains("moment: 1 October 2022"));
    }

    @Test
    @DisplayName("cancelled, it stops after the frame being written and leaves the writer unfinished")
    void cancel() {
        Kept kept = new Kept();
        assertThrows(CancelledException.class, () -> AnimationExporter.export(job(months()), kept, Platform::runLater,
                (done, total, frame) -> { }, () -> true));
        assertEquals(1, kept.frames.size());
        assertFalse(kept.finished);
        assertTrue(kept.closed);
    }
}
