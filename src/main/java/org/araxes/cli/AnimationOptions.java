// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import org.araxes.export.AnimationExporter;
import org.araxes.export.AnimationFormat;
import org.araxes.export.AnimationWriter;
import org.araxes.export.ExportSize;
import org.araxes.incidents.IncidentStore;
import org.araxes.model.Atlas;
import org.araxes.presentation.MapState;
import org.araxes.presentation.SavedView;
import org.araxes.render.EvidenceFrame;
import org.araxes.timeline.AnimationFrames;
import picocli.CommandLine.Option;

/**
 * The options of {@code araxes export --animate}: an animation of the timeline's playback from
 * {@code --from} to {@code --to}, a frame every {@code --step}, written as MP4, GIF or numbered
 * PNG frames. The area, size, view, language and frame elements are the still export's options.
 */
public final class AnimationOptions {

    /** Frames a second when --fps is not given. */
    static final int DEFAULT_FPS = 4;

    @Option(names = "--animate", description = "Write an animation of the playback from --from to --to, a frame every --step,"
            + " to --out FILE.mp4 (H.264), FILE.gif (looping) or a FOLDER of numbered PNG frames.")
    boolean animate;

    @Option(names = "--window", paramLabel = "DAYS", description = "With --animate: each frame shows the incidents of the DAYS ending on its day (default: the step ending on it).")
    Integer windowDays;

    @Option(names = "--cumulative", description = "With --animate: each frame shows every incident from --from to its day.")
    boolean cumulative;

    @Option(names = "--fps", paramLabel = "N", description = "With --animate: frames a second, 1–30 (default " + DEFAULT_FPS + ").")
    Integer fps;

    /** Writes the animation the command line asks for; returns the exit code. */
    int export(ExportCommand command) throws Exception {
        command.validateShared();
        if (command.from == null || command.to == null) {
            throw command.usage("--animate needs --from and --to: the first and last day of the animation");
        }
        if (command.date != null) {
            throw command.usage("--animate shows days from --from to --to: leave out --date");
        }
        if (command.step == null) {
            throw command.usage("--animate needs --step day, week, month or year: the time between frames");
        }
        AnimationFrames.Step step = AnimationFrames.Step.parse(command.step);
        if (step == null) {
            throw command.usage("--step: with --animate, give day, week, month or year, not '" + command.step + "'");
        }
        if (command.storyFile != null) {
            throw command.usage("--story goes with a story step, not with --animate");
        }
        if (windowDays != null && cumulative) {
            throw command.usage("--window DAYS and --cumulative are two kinds of window: give one");
        }
        if (windowDays != null && (windowDays < 1 || windowDays > 36_500)) {
            throw command.usage("--window must be between 1 and 36500 days");
        }
        int framesPerSecond = fps == null ? DEFAULT_FPS : fps;
        if (framesPerSecond < 1 || framesPerSecond > 30) {
            throw command.usage("--fps must be between 1 and 30");
        }
        AnimationFormat format;
        try {
            format = AnimationFormat.of(command.out);
        } catch (IllegalArgumentException e) {
            throw command.usage("--out " + e.getMessage());
        }
        LocalDate from = command.parseDate("--from", command.from);
        LocalDate to = command.parseDate("--to", command.to);
        if (AnimationFrames.count(from, to, step) > AnimationFrames.MAX_FRAMES) {
            throw command.usage("--animate: more than " + AnimationFrames.MAX_FRAMES + " frames from " + from + " to " + to
                    + " by " + step.cliName() + "; choose a longer --step");
        }
        ExportSize size = command.size();
        if (format == AnimationFormat.MP4 && (size.width() % 2 != 0 || size.height() % 2 != 0)) {
            throw command.usage("an MP4 needs an even width and height, not " + size.width() + "x" + size.height());
        }
        AnimationFrames.Windows windows = cumulative ? AnimationFrames.Windows.cumulative()
                : windowDays != null ? AnimationFrames.Windows.moving(windowDays) : AnimationFrames.Windows.oneStep();
        List<AnimationFrames.Frame> frames = AnimationFrames.of(from, to, step, windows);

        SavedView saved = command.view == null ? null : command.findView();
        ExportCommand.Drawing drawing = command.drawing();
        if (drawing.unreadable()) {
            return command.nothingWritten(drawing.report());
        }
        Atlas atlas = drawing.atlas();
        IncidentStore store = drawing.store();
        MapState base = command.mapState(atlas, store, null, saved, size);
        String title = command.title(saved);
        Instant now = Instant.now();
        AnimationExporter.Job job = new AnimationExporter.Job(base, frames, windows.mode(),
                ExportCommand.composer(atlas, store),
                (composition, viewport) -> command.noFrame ? null : EvidenceFrame.of(composition, viewport,
                        base.filter(), title, drawing.drawn().stamp(), command.elements(), now));
        PrintWriter err = command.spec.commandLine().getErr();
        long started = System.nanoTime();
        HeadlessFx.start();
        try (AnimationWriter writer = AnimationWriter.to(command.out, size.width(), size.height(), framesPerSecond)) {
            AnimationExporter.export(job, writer, Platform::runLater, (done, total, frame) -> {
                err.println("frame " + done + "/" + total + " " + frame.day() + " (" + frame.window() + ")");
                err.flush();
            }, () -> false);
        } catch (IOException e) {
            throw new IOException(command.out + ": " + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        command.spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "Wrote %s (%s, %d frames %s to %s by %s, %dx%d, %d fps, %.2f s, %d ms)", command.out,
                format.name().toLowerCase(Locale.ROOT).replace('_', ' '), frames.size(), from, to, step.cliName(),
                size.width(), size.height(), framesPerSecond, frames.size() / (double) framesPerSecond, millis));
        return command.written(drawing.report());
    }
}
