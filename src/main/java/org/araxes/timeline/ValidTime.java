// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;

/**
 * When a map feature held: the {@code valid_from} and {@code valid_until} properties a feature of
 * any layer may carry (a line of contact, a checkpoint, a corridor's status), each an ISO date
 * given to the year ({@code 1994}), the month ({@code 2020-11}) or the day ({@code 2020-11-10}),
 * both ends included. A date given to the month or year stands for its whole span: {@code
 * valid_from 2020-11} holds from 1 November, {@code valid_until 2020-11} up to 30 November. A
 * missing end is open.
 *
 * <p><b>The one rule</b> for whether a feature is drawn for a time window is {@link #shownIn}: a
 * feature is a state, not an event, so it is drawn as it stood on the window's last day — the
 * timeline's current day, an animation frame's day, a compare pane's day — and two states that
 * follow one another (a line before 10 November 2020 and after it) never show together. The screen,
 * the PNG and SVG exports and every frame of an animation draw through it.
 *
 * @param fromDay  the first day it held (epoch day), or {@link Integer#MIN_VALUE} when open
 * @param untilDay the last day it held (epoch day), or {@link Integer#MAX_VALUE} when open
 */
public record ValidTime(int fromDay, int untilDay) {

    /** A feature with neither property: it always held. */
    public static final ValidTime ALWAYS = new ValidTime(Integer.MIN_VALUE, Integer.MAX_VALUE);

    /** The property that opens the span. */
    public static final String FROM = "valid_from";
    /** The property that closes it. */
    public static final String UNTIL = "valid_until";

    public ValidTime {
        if (untilDay < fromDay) {
            throw new IllegalArgumentException(UNTIL + " " + LocalDate.ofEpochDay(untilDay) + " is before "
                    + FROM + " " + LocalDate.ofEpochDay(fromDay));
        }
    }

    /**
     * The time a feature's properties give: {@link #ALWAYS} without either property.
     *
     * @throws IllegalArgumentException naming the property and the text when a date is not one
     *                                  (the caller names the file and the feature)
     */
    public static ValidTime of(Map<String, Object> properties) {
        Object from = properties.get(FROM);
        Object until = properties.get(UNTIL);
        if (from == null && until == null) {
            return ALWAYS;
        }
        return new ValidTime(from == null ? Integer.MIN_VALUE : (int) first(FROM, from.toString()).toEpochDay(),
                until == null ? Integer.MAX_VALUE : (int) last(UNTIL, until.toString()).toEpochDay());
    }

    /** {@link #of}, or {@link #ALWAYS} for dates that are not dates (their problem is reported when the layer is read). */
    public static ValidTime orAlways(Map<String, Object> properties) {
        try {
            return of(properties);
        } catch (IllegalArgumentException e) {
            return ALWAYS;
        }
    }

    /** The first day of a date given to the year, month or day. */
    static LocalDate first(String property, String text) {
        String t = text.strip();
        try {
            return switch (t.length()) {
                case 4 -> Year.parse(t).atDay(1);
                case 7 -> YearMonth.parse(t).atDay(1);
                default -> LocalDate.parse(t);
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(property + ": '" + text + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    /** The last day of a date given to the year, month or day. */
    static LocalDate last(String property, String text) {
        LocalDate first = first(property, text);
        return switch (text.strip().length()) {
            case 4 -> first.withDayOfYear(first.lengthOfYear());
            case 7 -> first.withDayOfMonth(first.lengthOfMonth());
            default -> first;
        };
    }

    /** The change days of many features ({@link #changeDays()}), sorted, each once. */
    public static int[] changeDays(Iterable<ValidTime> times) {
        java.util.TreeSet<Integer> days = new java.util.TreeSet<>();
        for (ValidTime time : times) {
            for (int day : time.changeDays()) {
                days.add(day);
            }
        }
        return days.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the feature held on a day (epoch day). */
    public boolean heldOn(int day) {
        return day >= fromDay && day <= untilDay;
    }

    /**
     * Whether the feature is drawn for a time window: whether it held on the window's last day
     * (see the class comment). Without a window (a picture with no time), every feature is drawn.
     */
    public boolean shownIn(TimeWindow window) {
        return window == null || heldOn(window.endDay());
    }

    /** Whether it always held (neither end given). */
    public boolean always() {
        return fromDay == Integer.MIN_VALUE && untilDay == Integer.MAX_VALUE;
    }

    /**
     * The days the map changes because of it, for the timeline's marks: the day it begins to hold
     * and the day after it ends, those that are not open.
     */
    public int[] changeDays() {
        if (fromDay != Integer.MIN_VALUE && untilDay != Integer.MAX_VALUE) {
            return new int[] {fromDay, untilDay + 1};
        }
        if (fromDay != Integer.MIN_VALUE) {
            return new int[] {fromDay};
        }
        return untilDay != Integer.MAX_VALUE ? new int[] {untilDay + 1} : new int[0];
    }
}
