// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.List;
import java.util.OptionalInt;
import org.araxes.timeline.Histogram;
import org.araxes.timeline.TimeWindow;

/**
 * What the timeline asks of an incident set without holding its incidents: how many there are,
 * the days they span, the histogram of those passing a filter, and the next or previous start.
 * A set read from a file answers from its {@link IncidentStore} ({@link #of(IncidentStore)}); a
 * shared desk larger than the user's limit answers from an aggregate the server computed
 * ({@code org.araxes.desk.DeskCounts}). Implementations are immutable and answer on any thread
 * without waiting for a network.
 */
public interface IncidentCounts {

    /** How many incidents the set holds (all of them, whatever the filter). */
    long size();

    /** The first day to the last of the incidents, or null when there are none. */
    TimeWindow span();

    /**
     * The histogram of the incidents passing a filter over a span, by category, an incident
     * spread over its days as {@link Histogram#of} spreads it.
     */
    Histogram histogram(IncidentFilter filter, double spanStart, double spanEnd, int bins);

    /** The start day of the first incident passing a filter that starts after a day, if any. */
    OptionalInt nextStart(int day, IncidentFilter filter);

    /** The start day of the last incident passing a filter that starts before a day, if any. */
    OptionalInt previousStart(int day, IncidentFilter filter);

    /** The counts of incidents held in memory: the store's own answers. */
    static IncidentCounts of(IncidentStore store) {
        return new IncidentCounts() {
            @Override
            public long size() {
                return store.size();
            }

            @Override
            public TimeWindow span() {
                return store.size() == 0 ? null : store.span();
            }

            @Override
            public Histogram histogram(IncidentFilter filter, double spanStart, double spanEnd, int bins) {
                return store.histogram(filter, spanStart, spanEnd, bins);
            }

            @Override
            public OptionalInt nextStart(int day, IncidentFilter filter) {
                return store.nextStart(day, filter);
            }

            @Override
            public OptionalInt previousStart(int day, IncidentFilter filter) {
                return store.previousStart(day, filter);
            }
        };
    }

    /** Several sets' counts as one (the sets shown side by side on one timeline). */
    static IncidentCounts sum(List<IncidentCounts> parts) {
        List<IncidentCounts> all = List.copyOf(parts);
        if (all.size() == 1) {
            return all.get(0);
        }
        return new IncidentCounts() {
            @Override
            public long size() {
                return all.stream().mapToLong(IncidentCounts::size).sum();
            }

            @Override
            public TimeWindow span() {
                TimeWindow span = null;
                for (IncidentCounts part : all) {
                    TimeWindow s = part.span();
                    if (s != null) {
                        span = span == null ? s : new TimeWindow(Math.min(span.startDay(), s.startDay()),
                                Math.max(span.endDay(), s.endDay()));
                    }
                }
                return span;
            }

            @Override
            public Histogram histogram(IncidentFilter filter, double spanStart, double spanEnd, int bins) {
                Histogram total = null;
                for (IncidentCounts part : all) {
                    Histogram h = part.histogram(filter, spanStart, spanEnd, bins);
                    total = total == null ? h : total.plus(h);
                }
                return total != null ? total : new Histogram(spanStart, spanEnd, new double[bins][Category.values().length]);
            }

            @Override
            public OptionalInt nextStart(int day, IncidentFilter filter) {
                return all.stream().map(p -> p.nextStart(day, filter)).filter(OptionalInt::isPresent)
                        .mapToInt(OptionalInt::getAsInt).min();
            }

            @Override
            public OptionalInt previousStart(int day, IncidentFilter filter) {
                return all.stream().map(p -> p.previousStart(day, filter)).filter(OptionalInt::isPresent)
                        .mapToInt(OptionalInt::getAsInt).max();
            }
        };
    }
}
