// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

/** How the shown window follows the timeline's current day. */
public enum WindowMode {
    /** A window of fixed length that ends on the current day and moves with it. */
    MOVING("Moving window"),
    /** Everything from the start of the data up to the current day. */
    ACCUMULATE("From the start");

    /** The length of the moving window the window starts with, in days (a year). */
    public static final int START_LENGTH_DAYS = 365;

    private final String label;

    WindowMode(String label) {
        this.label = label;
    }

    /** The name shown to users. */
    public String label() {
        return label;
    }

    /**
     * The window for a current day.
     *
     * @param current   the timeline's current day (the window's last day)
     * @param length    the moving window's length in days
     * @param dataStart the first day of the data (used by {@link #ACCUMULATE})
     */
    public TimeWindow window(int current, int length, int dataStart) {
        return switch (this) {
            case MOVING -> TimeWindow.endingAt(current, length);
            case ACCUMULATE -> new TimeWindow(Math.min(dataStart, current), current);
        };
    }

    /**
     * The window shown before anything else is chosen, in the window and on the command line: a
     * moving window of {@link #START_LENGTH_DAYS} ending on the data's last day.
     */
    public static TimeWindow startWindow(int dataFirstDay, int dataLastDay) {
        return MOVING.window(dataLastDay, START_LENGTH_DAYS, dataFirstDay);
    }
}
