// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.araxes.io.ProgressInputStream;

/**
 * A file read off the window's thread, as the status bar shows it: whether one is being read, how
 * far (by bytes, through a {@link ProgressInputStream}) and a Cancel button ({@link #view}). The
 * incident files and the layer files each have one. Its state is changed on the JavaFX thread only;
 * {@link #stream} is called on the reading thread.
 */
public final class FileProgress {

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    /** The cancel flag of the file being read now (JavaFX thread only); null when none is. */
    private AtomicBoolean reading;

    /** True while a file is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How much of the file being read has been read, 0 to 1 (by bytes). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Starts a read: a read still running is cancelled (a newer file replaces it). Returns the new
     * read's cancel flag, for {@link #stream} and {@link #finish}.
     */
    public AtomicBoolean start() {
        if (reading != null) {
            reading.set(true);
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        reading = cancelled;
        loading.set(true);
        progress.set(0);
        return cancelled;
    }

    /**
     * What the reader passes the file's bytes through: a {@link ProgressInputStream} that moves the
     * progress bar while this read is the current one and stops the read once it is cancelled.
     * Called on the reading thread.
     */
    public UnaryOperator<InputStream> stream(Path file, AtomicBoolean cancelled) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | SecurityException e) {
            size = 0; // unknown: the reader reports why it cannot open the file
        }
        long known = size;
        return in -> new ProgressInputStream(in, known,
                fraction -> Platform.runLater(() -> {
                    if (reading == cancelled && !cancelled.get()) {
                        progress.set(fraction);
                    }
                }),
                cancelled::get);
    }

    /**
     * Moves the bar of a job that counts its own progress (an animation's frames) rather than
     * bytes, while it is the current one and not cancelled. Call on the JavaFX thread.
     *
     * @param job      the job's cancel flag, from {@link #start}
     * @param fraction 0 to 1
     */
    public void report(AtomicBoolean job, double fraction) {
        if (reading == job && !job.get()) {
            progress.set(fraction);
        }
    }

    /**
     * Ends a read (the bar hides). Returns false, changing nothing, when a newer read replaced it:
     * that one reports for itself.
     */
    public boolean finish(AtomicBoolean cancelled) {
        if (reading != cancelled) {
            return false;
        }
        reading = null;
        loading.set(false);
        progress.set(0);
        return true;
    }

    /** Cancels the read running now: it stops at its next block. False when none is running. */
    public boolean cancel() {
        if (reading == null) {
            return false;
        }
        reading.set(true);
        return true;
    }

    /**
     * For the status bar: a progress bar ({@code <id>-progress}) following the bytes read and a
     * Cancel button ({@code <id>-cancel}) that runs {@code onCancel}, shown only while a file is read.
     */
    public Node view(String id, Runnable onCancel) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id + "-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(progress);
        Button cancel = new Button(Messages.get("status.cancelRead"));
        cancel.setId(id + "-cancel");
        cancel.setOnAction(e -> onCancel.run());
        // as tall as the status text, so the status bar does not grow while a file is read
        cancel.setStyle("-fx-padding: 0 8 0 8;");
        bar.setMaxHeight(12);
        HBox box = new HBox(6, bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(loading);
        box.managedProperty().bind(loading);
        return box;
    }
}
