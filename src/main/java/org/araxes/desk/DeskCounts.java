// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentCounts;
import org.araxes.incidents.IncidentFilter;
import org.araxes.timeline.DatedItems;
import org.araxes.timeline.Histogram;
import org.araxes.timeline.RunningTotals;
import org.araxes.timeline.TimeWindow;

/**
 * A desk's timeline counts from the server's aggregate ({@link Desk#dateCounts}): one row per
 * category, first and last day, with how many incidents have them. The histogram of any span and
 * bins is made from these rows the way the in-memory store makes it from its incidents (running
 * totals, each row weighing its count), so both agree; nothing is asked of the server here.
 *
 * <p>The counts are of the incidents that passed the filter they were read for ({@link #filter()});
 * asked for another filter they still answer with theirs, until the caller has read the new ones.
 * The filter's distance ({@code near}) is not tested by the server and not here. Immutable.
 */
public final class DeskCounts implements IncidentCounts, DatedItems {

    private static final int GROUPS = Category.values().length;
    /** Days running totals may span (as the store's); a longer span is counted row by row. */
    private static final int MAX_TOTALS_DAYS = 200_000;

    private final long total;
    private final IncidentFilter filter;
    private final int[] start;
    private final int[] end;
    private final int[] group;
    private final long[] count;
    private final RunningTotals totals;

    /**
     * @param total  how many incidents the desk holds (whatever the filter)
     * @param filter the filter the rows were counted for
     * @param rows   the aggregate's rows, in any order
     */
    public DeskCounts(long total, IncidentFilter filter, List<Desk.DateCount> rows) {
        this.total = total;
        this.filter = filter == null ? IncidentFilter.all() : filter;
        List<Desk.DateCount> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Desk.DateCount::start).thenComparing(Desk.DateCount::end));
        int n = sorted.size();
        start = new int[n];
        end = new int[n];
        group = new int[n];
        count = new long[n];
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Desk.DateCount row = sorted.get(i);
            start[i] = (int) row.start().toEpochDay();
            end[i] = (int) row.end().toEpochDay();
            group[i] = row.category().ordinal();
            count[i] = row.count();
            first = Math.min(first, start[i]);
            last = Math.max(last, end[i]);
        }
        totals = n == 0 || (long) last - first > MAX_TOTALS_DAYS ? null
                : RunningTotals.of(this, n, i -> true, GROUPS, first, last);
    }

    /** The counts of incidents held here (a desk's last window, offline), all of them counted as passing {@code filter}. */
    public static DeskCounts of(long total, IncidentFilter filter, List<Incident> incidents) {
        java.util.Map<Desk.DateCount, Long> rows = new java.util.HashMap<>();
        for (Incident i : incidents) {
            rows.merge(new Desk.DateCount(i.category(), i.date().start(), i.date().end(), 1), 1L, Long::sum);
        }
        List<Desk.DateCount> counted = new ArrayList<>();
        rows.forEach((key, n) -> counted.add(new Desk.DateCount(key.category(), key.start(), key.end(), n)));
        return new DeskCounts(total, filter, counted);
    }

    /** The filter these counts were read for. */
    public IncidentFilter filter() {
        return filter;
    }

    /** How many incidents passed the filter. */
    public long matching() {
        long sum = 0;
        for (long c : count) {
            sum += c;
        }
        return sum;
    }

    @Override
    public long size() {
        return total;
    }

    @Override
    public TimeWindow span() {
        if (start.length == 0) {
            return null;
        }
        int last = Integer.MIN_VALUE;
        for (int e : end) {
            last = Math.max(last, e);
        }
        return new TimeWindow(start[0], last);
    }

    @Override
    public Histogram histogram(IncidentFilter ignored, double spanStart, double spanEnd, int bins) {
        if (totals != null) {
            return totals.histogram(spanStart, spanEnd, bins);
        }
        int[] all = new int[start.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return Histogram.of(this, all, GROUPS, spanStart, spanEnd, bins);
    }

    @Override
    public OptionalInt nextStart(int day, IncidentFilter ignored) {
        for (int s : start) { // sorted by start
            if (s > day) {
                return OptionalInt.of(s);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public OptionalInt previousStart(int day, IncidentFilter ignored) {
        for (int i = start.length - 1; i >= 0; i--) {
            if (start[i] < day) {
                return OptionalInt.of(start[i]);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public int startDay(int index) {
        return start[index];
    }

    @Override
    public int endDay(int index) {
        return end[index];
    }

    @Override
    public int group(int index) {
        return group[index];
    }

    @Override
    public double count(int index) {
        return count[index];
    }
}
