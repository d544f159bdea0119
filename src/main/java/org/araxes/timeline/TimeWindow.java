// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

import java.time.LocalDate;

/**
 * A closed span of days, both ends included, counted as epoch days (days since 1970-01-01).
 *
 * @param startDay first day
 * @param endDay   last day, not before {@code startDay}
 */
public record TimeWindow(int startDay, int endDay) {

    public TimeWindow {
        if (endDay < startDay) {
            throw new IllegalArgumentException("a window cannot end (" + LocalDate.ofEpochDay(endDay)
                    + ") before it starts (" + LocalDate.ofEpochDay(startDay) + ")");
        }
    }

    /** A window between two dates, both included. */
    public static TimeWindow of(LocalDate start, LocalDate end) {
        return new TimeWindow((int) start.toEpochDay(), (int) end.toEpochDay());
    }

    /** A window of one day. */
    public static TimeWindow day(LocalDate day) {
        return of(day, day);
    }

    /** First day as a date. */
    public LocalDate start() {
        return LocalDate.ofEpochDay(startDay);
    }

    /** Last day as a date. */
    public LocalDate end() {
        return LocalDate.ofEpochDay(endDay);
    }

    /** Number of days, at least 1. */
    public int lengthDays() {
        return endDay - startDay + 1;
    }

    /** Whether a day lies in the window. */
    public boolean contains(int day) {
        return day >= startDay && day <= endDay;
    }

    /** Whether a span of days (both ends included) shares at least one day with the window. */
    public boolean overlaps(int spanStart, int spanEnd) {
        return spanStart <= endDay && spanEnd >= startDay;
    }

    /** The window ending on a day and reaching back {@code length} days (at least one). */
    public static TimeWindow endingAt(int day, int length) {
        return new TimeWindow(day - Math.max(1, length) + 1, day);
    }

    @Override
    public String toString() {
        return start() + ".." + end();
    }
}
