// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The frames of an animation of the timeline's playback: which day each frame stands for and the
 * window of days whose incidents it shows. The one place the frame times are computed, for the
 * command line ({@code araxes export --animate}) and the window (File ▸ Export animation…).
 *
 * <p>Frame {@code k} stands for {@code from} plus {@code k} steps (counted from {@code from}, so a
 * month step from 31 January gives 28/29 February, 31 March … without drifting), while that day is
 * not after {@code to}; when the last such day falls before {@code to}, one more frame stands for
 * {@code to} itself, so the animation always ends on the last day asked for.
 */
public final class AnimationFrames {

    /** The most frames an animation may have (a day step over 27 years). */
    public static final int MAX_FRAMES = 10_000;

    /** How far apart the frames are. */
    public enum Step {
        DAY(ChronoUnit.DAYS, 1), WEEK(ChronoUnit.WEEKS, 1), MONTH(ChronoUnit.MONTHS, 1), YEAR(ChronoUnit.YEARS, 1);

        private final ChronoUnit unit;
        private final int amount;

        Step(ChronoUnit unit, int amount) {
            this.unit = unit;
            this.amount = amount;
        }

        /** The day {@code count} steps after a day. */
        public LocalDate after(LocalDate day, long count) {
            return day.plus(count * amount, unit);
        }

        /** The name on the command line: day, week, month, year. */
        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The step named on the command line, or null. */
        public static Step parse(String text) {
            for (Step step : values()) {
                if (step.cliName().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return step;
                }
            }
            return null;
        }
    }

    /**
     * One frame.
     *
     * @param index  its place, from 0
     * @param day    the day it stands for (printed large on it; its window ends on it)
     * @param window the days whose incidents it shows
     */
    public record Frame(int index, LocalDate day, TimeWindow window) {
    }

    /**
     * Which window each frame shows.
     *
     * @param mode   {@link WindowMode#MOVING}: the {@code days} ending on the frame's day;
     *               {@link WindowMode#ACCUMULATE}: everything from the animation's first day to the frame's day
     * @param days   the moving window's length in days, or 0 for one step (the days since the frame before)
     */
    public record Windows(WindowMode mode, int days) {

        public Windows {
            if (mode == null || days < 0) {
                throw new IllegalArgumentException("no such window: " + mode + " of " + days + " days");
            }
        }

        /** Each frame shows the step that ends on it. */
        public static Windows oneStep() {
            return new Windows(WindowMode.MOVING, 0);
        }

        /** Each frame shows the days ending on it. */
        public static Windows moving(int days) {
            if (days < 1) {
                throw new IllegalArgumentException("a window must be at least one day long, not " + days);
            }
            return new Windows(WindowMode.MOVING, days);
        }

        /** Each frame shows everything from the animation's first day. */
        public static Windows cumulative() {
            return new Windows(WindowMode.ACCUMULATE, 0);
        }
    }

    private AnimationFrames() {
    }

    /**
     * The frames from one day to another.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}, or the animation
     *                                  would have more than {@link #MAX_FRAMES} frames
     */
    public static List<Frame> of(LocalDate from, LocalDate to, Step step, Windows windows) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an animation cannot end (" + to + ") before it starts (" + from + ")");
        }
        List<Frame> frames = new ArrayList<>();
        LocalDate day = from;
        for (long k = 1; !day.isAfter(to); k++) {
            add(frames, day, from, step, windows);
            day = step.after(from, k);
        }
        if (frames.get(frames.size() - 1).day().isBefore(to)) {
            add(frames, to, from, step, windows);
        }
        return frames;
    }

    /** How many frames {@link #of} gives, without making them (for a refusal before any work). */
    public static long count(LocalDate from, LocalDate to, Step step) {
        if (to.isBefore(from)) {
            return 0;
        }
        long k = 0;
        LocalDate last = from;
        // counted one by one (a month step from the 31st does not divide evenly), up to one past the limit
        while (k <= MAX_FRAMES && !step.after(from, k + 1).isAfter(to)) {
            k++;
            last = step.after(from, k);
        }
        return k + 1 + (last.isBefore(to) ? 1 : 0);
    }

    private static void add(List<Frame> frames, LocalDate day, LocalDate from, Step step, Windows windows) {
        if (frames.size() >= MAX_FRAMES) {
            throw new IllegalArgumentException("an animation of more than " + MAX_FRAMES
                    + " frames is too long: choose a longer step or a shorter span");
        }
        int end = (int) day.toEpochDay();
        TimeWindow window;
        if (windows.mode() == WindowMode.ACCUMULATE) {
            window = windows.mode().window(end, 1, (int) from.toEpochDay());
        } else if (windows.days() > 0) {
            window = windows.mode().window(end, windows.days(), (int) from.toEpochDay());
        } else {
            // one step: the days after the step before this day, up to this day
            window = new TimeWindow((int) step.after(day, -1).toEpochDay() + 1, end);
        }
        frames.add(new Frame(frames.size(), day, window));
    }
}
