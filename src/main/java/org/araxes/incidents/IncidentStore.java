// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.araxes.timeline.DatedItems;
import org.araxes.timeline.TimeWindow;

/**
 * Incidents held for fast questions over time: which ones lie in a time window and pass a filter.
 *
 * <p>The incidents are sorted by start day (then id) and their days, category, status and role are
 * kept in parallel primitive arrays; an incident is addressed by its index in that order, so
 * ascending indices are chronological. A window query binary-searches the start days and scans only
 * the incidents that can overlap the window: short ones (spanning at most {@link #LONG_SPAN_DAYS}
 * days) from {@code windowStart − longest short span}, long ones from a separate small list. Filters
 * become {@link BitSet}s (one per category, status, role and actor, combined with and/or), and the
 * last filter's set is cached, so moving the window costs only the scan. With a million incidents a
 * one-year window is answered in about a millisecond.
 *
 * <p>Immutable after construction; queries are safe from any thread.
 */
public final class IncidentStore implements DatedItems {

    /** Incidents longer than this (in days) are kept on the side so they do not widen every scan. */
    public static final int LONG_SPAN_DAYS = 62;

    private final Incident[] incidents;
    private final int[] start;
    private final int[] end;
    private final byte[] category;
    private final boolean[] isLong;
    private final int[] longOnes;
    private final int maxShortSpan;
    private final BitSet[] byCategory;
    private final BitSet[] byStatus;
    private final BitSet[] byRole;
    private final Map<String, BitSet> byActor;
    private final Map<String, Integer> indexById;
    private volatile String[] searchTexts;
    private volatile CachedMask cache;

    private record CachedMask(IncidentFilter filter, BitSet mask) {
    }

    /** A store of the given incidents (in any order). */
    public IncidentStore(List<Incident> list) {
        Incident[] sorted = list.toArray(new Incident[0]);
        Arrays.sort(sorted, Comparator.comparing((Incident i) -> i.date().start()).thenComparing(Incident::id));
        int n = sorted.length;
        incidents = sorted;
        start = new int[n];
        end = new int[n];
        category = new byte[n];
        isLong = new boolean[n];
        byCategory = bitSets(Category.values().length);
        byStatus = bitSets(Status.values().length);
        byRole = bitSets(Role.values().length);
        byActor = new HashMap<>();
        indexById = new HashMap<>(n * 2);
        int longest = 0;
        int longCount = 0;
        for (int i = 0; i < n; i++) {
            Incident incident = sorted[i];
            start[i] = (int) incident.date().start().toEpochDay();
            end[i] = (int) incident.date().end().toEpochDay();
            category[i] = (byte) incident.category().ordinal();
            byCategory[incident.category().ordinal()].set(i);
            byStatus[incident.status().ordinal()].set(i);
            byRole[incident.role().ordinal()].set(i);
            for (String actor : incident.actors()) {
                byActor.computeIfAbsent(actor, a -> new BitSet()).set(i);
            }
            indexById.putIfAbsent(incident.id(), i);
            int span = end[i] - start[i];
            if (span > LONG_SPAN_DAYS) {
                isLong[i] = true;
                longCount++;
            } else {
                longest = Math.max(longest, span);
            }
        }
        maxShortSpan = longest;
        longOnes = new int[longCount];
        for (int i = 0, k = 0; i < n; i++) {
            if (isLong[i]) {
                longOnes[k++] = i;
            }
        }
    }

    private static BitSet[] bitSets(int count) {
        BitSet[] sets = new BitSet[count];
        for (int i = 0; i < count; i++) {
            sets[i] = new BitSet();
        }
        return sets;
    }

    /** An empty store. */
    public static IncidentStore empty() {
        return new IncidentStore(List.of());
    }

    /** Number of incidents. */
    public int size() {
        return incidents.length;
    }

    /** The incident at an index (chronological order). */
    public Incident get(int index) {
        return incidents[index];
    }

    /** All incidents in chronological order. */
    public List<Incident> all() {
        return List.of(incidents);
    }

    /** The index of the incident with an id, or −1. */
    public int indexOf(String id) {
        Integer index = indexById.get(id);
        return index == null ? -1 : index;
    }

    /** The category's ordinal: incidents are grouped by category. */
    @Override
    public int group(int index) {
        return category[index];
    }

    /** Start day (epoch day) of the incident at an index. */
    @Override
    public int startDay(int index) {
        return start[index];
    }

    /** Last day (epoch day) of the incident at an index. */
    @Override
    public int endDay(int index) {
        return end[index];
    }

    /** Category of the incident at an index. */
    public Category category(int index) {
        return Category.values()[category[index]];
    }

    /** The first start day, or today when empty. */
    public int firstDay() {
        return start.length == 0 ? (int) LocalDate.now().toEpochDay() : start[0];
    }

    /** The last end day, or today when empty. */
    public int lastDay() {
        if (end.length == 0) {
            return (int) LocalDate.now().toEpochDay();
        }
        int last = Integer.MIN_VALUE;
        for (int e : end) {
            last = Math.max(last, e);
        }
        return last;
    }

    /** The first day the data covers to its last, as a window. */
    public TimeWindow span() {
        return new TimeWindow(firstDay(), Math.max(firstDay(), lastDay()));
    }

    /** Every actor with the number of incidents involving them, by name. */
    public Map<String, Integer> actors() {
        Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byActor.forEach((actor, set) -> counts.put(actor, set.cardinality()));
        return counts;
    }

    /**
     * The incidents that overlap a window and pass a filter, as ascending (chronological) indices.
     * An incident overlaps when its start is on or before the window's end and its last day on or
     * after the window's start, so an imprecise date counts wherever its span could put it.
     */
    public int[] visible(TimeWindow window, IncidentFilter filter) {
        BitSet mask = mask(filter);
        int wStart = window.startDay();
        int wEnd = window.endDay();
        int lo = lowerBound(wStart - maxShortSpan);
        int hi = lowerBound(wEnd + 1);
        int[] out = new int[Math.min(incidents.length, Math.max(0, hi - lo) + longOnes.length)];
        int count = 0;
        for (int i = lo; i < hi; i++) {
            if (!isLong[i] && end[i] >= wStart && (mask == null || mask.get(i))) {
                out[count++] = i;
            }
        }
        int shortCount = count;
        for (int i : longOnes) {
            if (start[i] <= wEnd && end[i] >= wStart && (mask == null || mask.get(i))) {
                out[count++] = i;
            }
        }
        if (count > shortCount && shortCount > 0) {
            Arrays.sort(out, 0, count);
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    /** How many incidents pass a filter, at any time. */
    public int countMatching(IncidentFilter filter) {
        BitSet mask = mask(filter);
        return mask == null ? incidents.length : mask.cardinality();
    }

    /** Whether the incident at an index passes a filter. */
    public boolean matches(int index, IncidentFilter filter) {
        BitSet mask = mask(filter);
        return mask == null || mask.get(index);
    }

    /** First index whose start day is ≥ day. */
    private int lowerBound(int day) {
        int lo = 0, hi = start.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The start day of the first incident passing a filter that starts after a day, if any. */
    public OptionalInt nextStart(int day, IncidentFilter filter) {
        BitSet mask = mask(filter);
        for (int i = lowerBound(day + 1); i < start.length; i++) {
            if (mask == null || mask.get(i)) {
                return OptionalInt.of(start[i]);
            }
        }
        return OptionalInt.empty();
    }

    /** The start day of the last incident passing a filter that starts before a day, if any. */
    public OptionalInt previousStart(int day, IncidentFilter filter) {
        BitSet mask = mask(filter);
        for (int i = lowerBound(day) - 1; i >= 0; i--) {
            if (mask == null || mask.get(i)) {
                return OptionalInt.of(start[i]);
            }
        }
        return OptionalInt.empty();
    }

    /** The filter as a bit set over indices, or null when it lets everything through. */
    BitSet mask(IncidentFilter filter) {
        if (filter == null || filter.passesAll()) {
            return null;
        }
        CachedMask cached = cache;
        if (cached != null && cached.filter().equals(filter)) {
            return cached.mask();
        }
        BitSet mask = union(byCategory, filter.categories().stream().mapToInt(Enum::ordinal).toArray());
        mask.and(union(byStatus, filter.statuses().stream().mapToInt(Enum::ordinal).toArray()));
        mask.and(union(byRole, filter.roles().stream().mapToInt(Enum::ordinal).toArray()));
        if (!filter.actors().isEmpty()) {
            BitSet actors = new BitSet();
            for (String actor : filter.actors()) {
                BitSet set = byActor.get(actor);
                if (set != null) {
                    actors.or(set);
                }
            }
            mask.and(actors);
        }
        if (!filter.text().isEmpty()) {
            String[] texts = searchTexts();
            String needle = filter.text();
            for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) {
                if (!texts[i].contains(needle)) {
                    mask.clear(i);
                }
            }
        }
        if (filter.near() != null) {
            for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) {
                if (!filter.near().ids().contains(get(i).id())) {
                    mask.clear(i);
                }
            }
        }
        cache = new CachedMask(filter, mask);
        return mask;
    }

    private static BitSet union(BitSet[] sets, int[] which) {
        BitSet union = new BitSet();
        for (int w : which) {
            union.or(sets[w]);
        }
        return union;
    }

    private String[] searchTexts() {
        String[] texts = searchTexts;
        if (texts == null) {
            texts = new String[incidents.length];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = incidents[i].searchText();
            }
            searchTexts = texts;
        }
        return texts;
    }

    /** The incidents at some indices. */
    public List<Incident> incidents(int[] indices) {
        List<Incident> list = new ArrayList<>(indices.length);
        for (int i : indices) {
            list.add(incidents[i]);
        }
        return list;
    }
}
