// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.araxes.export.AnimationExporter;
import org.araxes.export.AnimationFormat;
import org.araxes.export.AnimationWriter;
import org.araxes.geo.Viewport;
import org.araxes.io.CancelledException;
import org.araxes.presentation.MapState;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.timeline.AnimationFrames;
import org.araxes.ui.common.FileProgress;
import org.araxes.ui.common.Messages;
import org.araxes.ui.export.AnimationDialog;
import org.araxes.ui.incidents.TimelineViewModel;

/**
 * File ▸ Export animation…: asks what to animate ({@link AnimationDialog}) and where, then draws
 * the frames off the window's thread through {@link AnimationExporter}, the command line's own
 * path, with the map's area, layers, filter and language as they are now. The status bar shows a
 * progress bar with Cancel while it runs; the window stays usable.
 */
final class AnimationExport {

    private final MapOutputs outputs;
    private final FileProgress progress = new FileProgress();

    AnimationExport(MapOutputs outputs) {
        this.outputs = outputs;
    }

    /** The menu item. */
    MenuItem menuItem() {
        MenuItem item = new MenuItem(Messages.get("menu.file.exportAnimation"));
        item.setId("menu-export-animation");
        item.setOnAction(e -> ask());
        return item;
    }

    /** The progress bar and Cancel for the status bar, shown while an animation is written. */
    Node progressView() {
        return progress.view("animation-export", progress::cancel);
    }

    private void ask() {
        Viewport screen = outputs.map().getViewport();
        if (screen == null) {
            return;
        }
        if (progress.loadingProperty().get()) {
            outputs.model().setStatus(Messages.get("animation.status.busy"));
            return;
        }
        TimelineViewModel timeline = outputs.model().incidents().timeline();
        AnimationDialog dialog = new AnimationDialog(outputs.owner().get(), screen.width(), screen.height(),
                timeline.windowProperty().get().start(), timeline.windowProperty().get().end(),
                timeline.modeProperty().get(), timeline.windowDaysProperty().get());
        AnimationDialog.Choice choice = dialog.showAndWait().orElse(null);
        if (choice == null) {
            return;
        }
        Path target = target(choice.format());
        if (target != null) {
            export(choice, target);
        }
    }

    /** Where to write: a file for MP4 and GIF, a folder for PNG frames; null when the user cancels. */
    private Path target(AnimationFormat format) {
        File chosen;
        if (format == AnimationFormat.PNG_FRAMES) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("animation.folder.title"));
            chosen = chooser.showDialog(outputs.owner().get());
        } else {
            boolean mp4 = format == AnimationFormat.MP4;
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("animation.file.title"));
            chooser.setInitialFileName(mp4 ? "araxes-animation.mp4" : "araxes-animation.gif");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Messages.get(mp4 ? "animation.format.mp4" : "animation.format.gif"), mp4 ? "*.mp4" : "*.gif"));
            chosen = chooser.showSaveDialog(outputs.owner().get());
        }
        return chosen == null ? null : chosen.toPath();
    }

    /** Writes the animation on a thread of its own; the status bar follows it. */
    void export(AnimationDialog.Choice choice, Path target) {
        List<AnimationFrames.Frame> frames = AnimationFrames.of(choice.from(), choice.to(), choice.step(), choice.windows());
        MapState base = outputs.state().get().sized(choice.size().width(), choice.size().height(), choice.size().scale());
        String version = outputs.model().atlas().incidentsVersion();
        Instant now = Instant.now();
        AnimationExporter.Job job = new AnimationExporter.Job(base, frames, choice.windows().mode(), outputs.composer(),
                (composition, viewport) -> EvidenceFrame.of(composition, viewport, base.filter(), "", version,
                        EnumSet.allOf(FrameElement.class), now));
        AtomicBoolean cancelled = progress.start();
        outputs.model().setStatus(Messages.format("animation.status.started", target.getFileName(), String.valueOf(frames.size())));
        long started = System.nanoTime();
        Thread worker = new Thread(() -> {
            Throwable failure = null;
            try (AnimationWriter writer = AnimationWriter.to(target, choice.size().width(), choice.size().height(), choice.fps())) {
                AnimationExporter.export(job, writer, Platform::runLater, (done, total, frame) -> Platform.runLater(() -> {
                    progress.report(cancelled, done / (double) total);
                    outputs.model().setStatus(Messages.format("animation.status.frame", String.valueOf(done), String.valueOf(total),
                            frame.day().toString()));
                }), cancelled::get);
            } catch (Exception | LinkageError e) {
                failure = e;
            }
            Throwable error = failure;
            Platform.runLater(() -> {
                progress.finish(cancelled);
                if (error instanceof CancelledException) {
                    outputs.model().setStatus(Messages.format("animation.status.cancelled", target.getFileName()));
                } else if (error != null) {
                    outputs.model().setStatus(Messages.format("animation.status.failed", target.getFileName(),
                            error.getMessage() == null ? error.toString() : error.getMessage()));
                } else {
                    outputs.model().setStatus(Messages.format("animation.status.done", target.getFileName(), String.valueOf(frames.size()),
                            String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)));
                }
            });
        }, "animation-export");
        worker.setDaemon(true);
        worker.start();
    }
}
