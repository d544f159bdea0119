// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.araxes.timeline.PlaySpeed;
import org.araxes.timeline.TimeAxis;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;

/**
 * The timeline's state: the data's span, the current day, the window mode and length, playing and
 * its speed, and the zoomed part of time the control shows. The shown {@link #windowProperty()
 * window} follows from these. Holds no nodes; everything here works without a screen.
 */
public final class TimelineViewModel {

    /** Window lengths offered, in days. */
    public static final int[] WINDOW_LENGTHS = {7, 30, 91, 365, 1826};

    private final IntegerProperty firstDay = new SimpleIntegerProperty(this, "firstDay");
    private final IntegerProperty lastDay = new SimpleIntegerProperty(this, "lastDay");
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current");
    private final ObjectProperty<WindowMode> mode = new SimpleObjectProperty<>(this, "mode", WindowMode.MOVING);
    private final IntegerProperty windowDays = new SimpleIntegerProperty(this, "windowDays", WindowMode.START_LENGTH_DAYS);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ObjectProperty<PlaySpeed> speed = new SimpleObjectProperty<>(this, "speed", PlaySpeed.MONTH);
    private final ObjectProperty<TimeAxis> axis = new SimpleObjectProperty<>(this, "axis");
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>(this, "window");
    private final ObjectProperty<int[]> layerChanges = new SimpleObjectProperty<>(this, "layerChanges", new int[0]);
    private TimeWindow dataSpan;
    private double fraction;
    private IntFunction<OptionalInt> next = day -> OptionalInt.empty();
    private IntFunction<OptionalInt> previous = day -> OptionalInt.empty();

    /** A timeline over today only, until {@link #setSpan} gives it data. */
    public TimelineViewModel() {
        int today = (int) LocalDate.now().toEpochDay();
        setSpan(new TimeWindow(today, today));
        window.bind(Bindings.createObjectBinding(
                () -> mode.get().window(current.get(), windowDays.get(), firstDay.get()),
                mode, current, windowDays, firstDay));
        // the slider reaches every day a layer changes, not only the incidents' days
        layerChanges.addListener((o, old, days) -> setSpan(dataSpan, false));
        current.addListener((o, old, value) -> {
            TimeAxis shown = axis.get();
            if (shown != null) {
                axis.set(shown.showing(value.intValue()));
            }
        });
    }

    /**
     * Sets the data's span: the current day goes to its end (so everything up to then can show),
     * and the axis shows the whole span.
     */
    public void setSpan(TimeWindow span) {
        setSpan(span, true);
    }

    /**
     * Sets the data's span, the axis showing all of it and every day a layer changes
     * ({@link #layerChangesProperty}), so each can be reached; the current day goes to the data's
     * end when {@code toEnd}, else stays where it is, moved inside the span if it fell out.
     */
    public void setSpan(TimeWindow span, boolean toEnd) {
        dataSpan = span;
        int day = current.get();
        int[] changes = layerChanges.get() == null ? new int[0] : layerChanges.get();
        int first = changes.length == 0 ? span.startDay() : Math.min(span.startDay(), changes[0]);
        int last = changes.length == 0 ? span.endDay() : Math.max(span.endDay(), changes[changes.length - 1]);
        firstDay.set(first);
        lastDay.set(last);
        axis.set(TimeAxis.around(new TimeWindow(first, last)));
        current.set(toEnd ? span.endDay() : Math.max(first, Math.min(last, day)));
    }

    /** Sets how to find the previous and next incident from a day (the incidents view-model does). */
    public void setStepping(IntFunction<OptionalInt> previousStart, IntFunction<OptionalInt> nextStart) {
        this.previous = previousStart;
        this.next = nextStart;
    }

    /** First day of the data. */
    public IntegerProperty firstDayProperty() {
        return firstDay;
    }

    /** Last day of the data. */
    public IntegerProperty lastDayProperty() {
        return lastDay;
    }

    /** The current day (epoch day): the last day of the shown window. */
    public IntegerProperty currentProperty() {
        return current;
    }

    /** The current day as a date. */
    public LocalDate getDate() {
        return LocalDate.ofEpochDay(current.get());
    }

    /** Moves the current day to a date, kept within the data's span. */
    public void setDate(LocalDate date) {
        setCurrent((int) date.toEpochDay());
    }

    /** Moves the current day, kept within the data's span. */
    public void setCurrent(int day) {
        current.set(Math.max(firstDay.get(), Math.min(lastDay.get(), day)));
    }

    /**
     * Shows a window of days: from the start of the data up to its last day ({@link WindowMode#ACCUMULATE}),
     * or a moving window of its length ending on its last day, even where it reaches past the data.
     */
    public void show(TimeWindow shown, WindowMode shownMode) {
        mode.set(shownMode);
        if (shownMode == WindowMode.MOVING) {
            windowDays.set(shown.lengthDays());
        }
        current.set(shown.endDay());
    }

    /** Moving window or accumulate from the start. */
    public ObjectProperty<WindowMode> modeProperty() {
        return mode;
    }

    /** Length of the moving window in days. */
    public IntegerProperty windowDaysProperty() {
        return windowDays;
    }

    /** Whether the timeline is playing. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** How fast playing goes. */
    public ObjectProperty<PlaySpeed> speedProperty() {
        return speed;
    }

    /** The part of time the control shows. */
    public ObjectProperty<TimeAxis> axisProperty() {
        return axis;
    }

    /**
     * The days (epoch days, sorted) on which a shown map layer changes: a feature with
     * {@code valid_from}/{@code valid_until} begins or stops to hold. The timeline marks them.
     */
    public ObjectProperty<int[]> layerChangesProperty() {
        return layerChanges;
    }

    /** The window of days whose incidents are shown. */
    public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public TimeWindow getWindow() {
        return window.get();
    }

    /** Starts or stops playing; starting at the end begins again from the start. */
    public void togglePlay() {
        if (!playing.get() && current.get() >= lastDay.get()) {
            current.set(firstDay.get());
        }
        playing.set(!playing.get());
    }

    /**
     * Moves time on by some seconds of playing at the current speed; stops at the end of the data.
     * Fractions of a day are kept, so slow speeds still move.
     */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        fraction += seconds * speed.get().daysPerSecond();
        int whole = (int) Math.floor(fraction);
        if (whole > 0) {
            fraction -= whole;
            int target = current.get() + whole;
            if (target >= lastDay.get()) {
                target = lastDay.get();
                playing.set(false);
            }
            current.set(target);
        }
    }

    /** Goes to the next incident's start; true if there was one. */
    public boolean stepNext() {
        OptionalInt day = next.apply(current.get());
        day.ifPresent(this::setCurrent);
        return day.isPresent();
    }

    /** Goes to the previous incident's start; true if there was one. */
    public boolean stepPrevious() {
        OptionalInt day = previous.apply(current.get());
        day.ifPresent(this::setCurrent);
        return day.isPresent();
    }

    /** Moves the current day by one step of the axis's zoom (a day when zoomed to days, a year at decades). */
    public void nudge(int direction, double widthPixels) {
        TimeAxis.TickUnit unit = axis.get().tickUnit(Math.max(100, widthPixels), 60);
        LocalDate date = getDate();
        LocalDate moved = switch (unit) {
            case DAY -> date.plusDays(direction);
            case WEEK -> date.plusWeeks(direction);
            case MONTH -> date.plusMonths(direction);
            case QUARTER -> date.plusMonths(3L * direction);
            case YEAR, DECADE -> date.plusYears(direction);
        };
        setDate(moved);
    }

    /** Goes to the first day of the data. */
    public void toStart() {
        current.set(firstDay.get());
    }

    /** Goes to the last day of the data. */
    public void toEnd() {
        current.set(lastDay.get());
    }

    /** Zooms the axis by a factor (above 1 zooms in) about a day. */
    public void zoom(double factor, double pivotDay) {
        axis.set(axis.get().zoomed(factor, pivotDay));
    }

    /** Zooms the axis about the current day. */
    public void zoom(double factor) {
        zoom(factor, current.get());
    }

    /** Shows the data's whole span on the axis again. */
    public void zoomToData() {
        axis.set(TimeAxis.around(new TimeWindow(firstDay.get(), lastDay.get())));
    }
}
