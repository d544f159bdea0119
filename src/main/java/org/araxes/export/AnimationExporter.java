// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.scene.image.WritableImage;
import org.araxes.geo.Viewport;
import org.araxes.io.CancelledException;
import org.araxes.presentation.MapState;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.MapComposition;
import org.araxes.timeline.AnimationFrames;
import org.araxes.timeline.WindowMode;

/**
 * Draws the frames of an animation and hands them to an {@link AnimationWriter}: each frame is the
 * map state at one moment ({@link MapState#at}), composed by the one composer, drawn with its
 * evidence frame and the moment printed large by {@link MapExporter#render}, the PNG export's own
 * drawing: the incidents fade in a frame as they fade on the screen, because both draw them
 * through {@code IncidentRenderer}. The command line and the window both export through here.
 *
 * <p>Frames are drawn on the JavaFX thread while the calling thread (never the JavaFX thread)
 * turns the frame before into the file: drawing frame n+1 overlaps encoding frame n.
 */
public final class AnimationExporter {

    /** Told after each frame is written. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done  frames written so far
         * @param total frames in all
         * @param frame the frame just written
         */
        void written(int done, int total, AnimationFrames.Frame frame);
    }

    /**
     * What is animated.
     *
     * @param base     the state of every frame but its time: area, size, layers, filter, language
     * @param frames   the frames ({@link AnimationFrames#of})
     * @param mode     how each frame's window is shown in its state
     * @param composer the composition of a state ({@code MapComposer.compose} with the output's layers and incidents)
     * @param framer   the evidence frame of a composition over a viewport, or a function giving null for the bare map
     */
    public record Job(MapState base, List<AnimationFrames.Frame> frames, WindowMode mode,
                      Function<MapState, MapComposition> composer,
                      BiFunction<MapComposition, Viewport, EvidenceFrame> framer) {

        public Job {
            frames = List.copyOf(frames);
            if (frames.isEmpty()) {
                throw new IllegalArgumentException("an animation needs at least one frame");
            }
        }

        /** The state of a frame. */
        public MapState state(AnimationFrames.Frame frame) {
            return base.at(frame.window(), mode);
        }

        /** Draws one frame, its moment printed large. Call on the JavaFX thread. */
        public WritableImage render(AnimationFrames.Frame frame) {
            MapState state = state(frame);
            MapComposition composition = composer.apply(state);
            Viewport viewport = state.viewport();
            EvidenceFrame evidence = framer.apply(composition, viewport);
            return MapExporter.render(composition, viewport, state.scale(),
                    evidence == null ? null : evidence.atMoment(frame.day()));
        }
    }

    private AnimationExporter() {
    }

    /**
     * Draws every frame and writes it, then puts the animation in place ({@link AnimationWriter#finish}).
     * Call off the JavaFX thread.
     *
     * @param fx        runs drawing on the JavaFX thread ({@code Platform::runLater})
     * @param cancelled checked after each frame: when it says so, the writer is closed unfinished
     * @throws CancelledException when cancelled (the target is left as it was)
     */
    public static void export(Job job, AnimationWriter writer, Executor fx, Progress progress,
                              BooleanSupplier cancelled) throws IOException {
        List<AnimationFrames.Frame> frames = job.frames();
        try (writer) {
            CompletableFuture<WritableImage> next = draw(job, frames.get(0), fx);
            for (int i = 0; i < frames.size(); i++) {
                WritableImage image = await(next);
                next = i + 1 < frames.size() ? draw(job, frames.get(i + 1), fx) : null;
                writer.add(MapExporter.pixels(image));
                progress.written(i + 1, frames.size(), frames.get(i));
                if (cancelled.getAsBoolean()) {
                    if (next != null) {
                        next.cancel(false);
                    }
                    throw new CancelledException();
                }
            }
            writer.finish();
        }
    }

    private static CompletableFuture<WritableImage> draw(Job job, AnimationFrames.Frame frame, Executor fx) {
        return CompletableFuture.supplyAsync(() -> job.render(frame), fx);
    }

    private static WritableImage await(CompletableFuture<WritableImage> image) throws IOException {
        try {
            return image.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("a frame could not be drawn: " + cause, cause);
        }
    }
}
