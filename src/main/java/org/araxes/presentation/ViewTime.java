// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import java.time.LocalDate;
import java.util.Objects;
import org.araxes.timeline.TimeWindow;

/**
 * The time a view shows: a day or a window of days, both ends included. A day shows that day's
 * incidents, in the window as in an export ({@link #window()}).
 *
 * @param from first day of the window, or null for "a day": then only {@code to} counts
 * @param to   the day, or the window's last day
 */
public record ViewTime(LocalDate from, LocalDate to) {

    public ViewTime {
        Objects.requireNonNull(to, "to");
        if (from != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The timeline stands on a day. */
    public static ViewTime day(LocalDate day) {
        return new ViewTime(null, day);
    }

    /** A window of days, both ends included. */
    public static ViewTime window(LocalDate from, LocalDate to) {
        return new ViewTime(from, to);
    }

    /** The days shown: the window, or the one day. */
    public TimeWindow window() {
        return TimeWindow.of(from != null ? from : to, to);
    }

    /** Whether this is a window rather than a single day. */
    public boolean isWindow() {
        return from != null;
    }
}
