// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

import java.util.function.IntPredicate;

/**
 * How many items (per group) lie before each day, an item spread evenly over its days as
 * {@link Histogram#of} spreads it: made once for a set of items in one pass, then the
 * {@link Histogram} of any span and number of bins comes from two look-ups per bin and group,
 * whatever the number of items (the timeline's zoom over ten million incidents). Between two
 * days the total grows linearly, so a bin edge within a day counts the part of that day.
 * Immutable.
 */
public final class RunningTotals {

    /** {@code before[group][d]}: the items of a group on the days before {@code firstDay + d}, d = 0 … days. */
    private final double[][] before;
    private final int firstDay;

    private RunningTotals(double[][] before, int firstDay) {
        this.before = before;
        this.firstDay = firstDay;
    }

    /**
     * The running totals of the items an index passes, over the days from the first to the last
     * (both included) of them all.
     *
     * @param size how many items there are (indices 0 … size − 1)
     */
    public static RunningTotals of(DatedItems items, int size, IntPredicate included, int groups, int firstDay, int lastDay) {
        int days = Math.max(0, lastDay - firstDay + 1);
        double[][] perDay = new double[groups][days + 1];
        for (int i = 0; i < size; i++) {
            if (included.test(i)) {
                int s = items.startDay(i) - firstDay;
                int e = items.endDay(i) + 1 - firstDay;
                double weight = items.count(i) / (e - s);
                double[] group = perDay[items.group(i)];
                group[s] += weight; // a difference array: the weight from its first day up to its end
                group[e] -= weight;
            }
        }
        double[][] before = new double[groups][days + 1];
        for (int g = 0; g < groups; g++) {
            double density = 0;
            double total = 0;
            for (int d = 0; d < days; d++) {
                density += perDay[g][d];
                total += density;
                before[g][d + 1] = total;
            }
        }
        return new RunningTotals(before, firstDay);
    }

    /** The items of a group before a (fractional) day. */
    private double before(int group, double day) {
        double[] totals = before[group];
        double at = Math.max(0, Math.min(totals.length - 1, day - firstDay));
        int whole = (int) Math.floor(at);
        if (whole >= totals.length - 1) {
            return totals[totals.length - 1];
        }
        return totals[whole] + (at - whole) * (totals[whole + 1] - totals[whole]);
    }

    /** The histogram of a span in bins, as {@link Histogram#of} counts the same items. */
    public Histogram histogram(double spanStart, double spanEnd, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, was " + bins);
        }
        int groups = before.length;
        double[][] counts = new double[bins][groups];
        double binDays = (spanEnd - spanStart) / bins;
        for (int g = 0; g < groups; g++) {
            double previous = before(g, spanStart);
            for (int b = 0; b < bins; b++) {
                double next = before(g, b == bins - 1 ? spanEnd : spanStart + (b + 1) * binDays);
                counts[b][g] = Math.max(0, next - previous);
                previous = next;
            }
        }
        return new Histogram(spanStart, spanEnd, counts);
    }
}
