// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The part of time a timeline shows across its width, zoomable from decades to days. Days are
 * epoch days as doubles so that zooming and panning are smooth.
 *
 * @param startDay the day at the left edge
 * @param endDay   the day at the right edge, at least {@link #MIN_SPAN_DAYS} after {@code startDay}
 */
public record TimeAxis(double startDay, double endDay) {

    /** Narrowest view: a week, so single days are wide. */
    public static final double MIN_SPAN_DAYS = 7;
    /** Widest view: a century. */
    public static final double MAX_SPAN_DAYS = 36525;

    public TimeAxis {
        if (!Double.isFinite(startDay) || !Double.isFinite(endDay) || endDay - startDay < MIN_SPAN_DAYS - 1e-9) {
            throw new IllegalArgumentException("a time axis must span at least " + MIN_SPAN_DAYS + " days");
        }
    }

    /** An axis showing a window with a margin of a twentieth on each side. */
    public static TimeAxis around(TimeWindow window) {
        double span = Math.max(MIN_SPAN_DAYS, window.lengthDays());
        double margin = span / 20;
        double centre = (window.startDay() + window.endDay() + 1) / 2.0;
        double half = Math.min(MAX_SPAN_DAYS, span + 2 * margin) / 2;
        return new TimeAxis(centre - half, centre + half);
    }

    /** Number of days shown. */
    public double spanDays() {
        return endDay - startDay;
    }

    /** The x position of a day on a timeline of a width. */
    public double x(double day, double width) {
        return (day - startDay) / spanDays() * width;
    }

    /** The day under an x position. */
    public double day(double x, double width) {
        return startDay + x / width * spanDays();
    }

    /** Zoomed by a factor (above 1 zooms in) keeping a day in place, within the limits. */
    public TimeAxis zoomed(double factor, double pivotDay) {
        double span = Math.max(MIN_SPAN_DAYS, Math.min(MAX_SPAN_DAYS, spanDays() / factor));
        double ratio = (pivotDay - startDay) / spanDays();
        double start = pivotDay - ratio * span;
        return new TimeAxis(start, start + span);
    }

    /** Moved by a number of days (positive: later). */
    public TimeAxis panned(double days) {
        return new TimeAxis(startDay + days, endDay + days);
    }

    /** The same zoom, moved just enough that a day is shown. */
    public TimeAxis showing(double day) {
        if (day < startDay) {
            return panned(day - startDay - spanDays() * 0.05);
        }
        if (day > endDay) {
            return panned(day - endDay + spanDays() * 0.05);
        }
        return this;
    }

    /** What one tick on the axis stands for. */
    public enum TickUnit {
        DECADE, YEAR, QUARTER, MONTH, WEEK, DAY
    }

    /** The tick unit that gives ticks at least {@code minPixels} apart on a width. */
    public TickUnit tickUnit(double width, double minPixels) {
        double pixelsPerDay = width / spanDays();
        if (pixelsPerDay * 1 >= minPixels) {
            return TickUnit.DAY;
        }
        if (pixelsPerDay * 7 >= minPixels) {
            return TickUnit.WEEK;
        }
        if (pixelsPerDay * 30.4 >= minPixels) {
            return TickUnit.MONTH;
        }
        if (pixelsPerDay * 91 >= minPixels) {
            return TickUnit.QUARTER;
        }
        if (pixelsPerDay * 365 >= minPixels) {
            return TickUnit.YEAR;
        }
        return TickUnit.DECADE;
    }

    /**
     * A tick: a day and its label.
     *
     * @param day   epoch day of the tick
     * @param label text to draw ("2022", "Oct 2022", "21 Oct")
     */
    public record Tick(int day, String label) {
    }

    /** The ticks in view for a unit, in order. */
    public List<Tick> ticks(TickUnit unit) {
        List<Tick> ticks = new ArrayList<>();
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(startDay));
        LocalDate last = LocalDate.ofEpochDay((long) Math.ceil(endDay));
        LocalDate t = switch (unit) {
            case DECADE -> LocalDate.of(first.getYear() - Math.floorMod(first.getYear(), 10), 1, 1);
            case YEAR -> LocalDate.of(first.getYear(), 1, 1);
            case QUARTER -> LocalDate.of(first.getYear(), ((first.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case MONTH -> first.withDayOfMonth(1);
            case WEEK -> first.minusDays(first.getDayOfWeek().getValue() - 1L);
            case DAY -> first;
        };
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        while (!t.isAfter(last) && ticks.size() < 500) {
            if (t.toEpochDay() >= startDay) {
                String label = switch (unit) {
                    case DECADE, YEAR -> String.valueOf(t.getYear());
                    case QUARTER, MONTH -> month.format(t);
                    case WEEK, DAY -> day.format(t) + (t.getDayOfYear() == 1 ? " " + t.getYear() : "");
                };
                ticks.add(new Tick((int) t.toEpochDay(), label));
            }
            t = switch (unit) {
                case DECADE -> t.plusYears(10);
                case YEAR -> t.plusYears(1);
                case QUARTER -> t.plusMonths(3);
                case MONTH -> t.plusMonths(1);
                case WEEK -> t.plusWeeks(1);
                case DAY -> t.plusDays(1);
            };
        }
        return ticks;
    }
}
