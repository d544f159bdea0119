// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

/**
 * Things with a span of days and a group (for incidents: the category), addressed by index; what
 * a {@link Histogram} counts. Days are epoch days, both ends included.
 */
public interface DatedItems {

    /** First day of the item at an index. */
    int startDay(int index);

    /** Last day of the item at an index, not before its first. */
    int endDay(int index);

    /** Group of the item at an index, from 0. */
    int group(int index);

    /** How many items the one at an index stands for (an aggregate's row counts several); 1 by default. */
    default double count(int index) {
        return 1;
    }
}
