// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.TreeMap;
import org.araxes.geo.WebMercator;
import org.araxes.timeline.DatedItems;
import org.araxes.timeline.Histogram;
import org.araxes.timeline.TimeWindow;

/**
 * Incidents held for fast questions over time: which ones lie in a time window and pass a filter.
 *
 * <p>The incidents are sorted by start day (then id, in code point order) and kept in columns: days, category, status,
 * role and precisions in primitive arrays, the point as longitude, latitude and Web Mercator y (so
 * the map needs no trigonometry per frame), and every text in one {@link TextTable} (each distinct
 * string once, as UTF-8). An incident is addressed by its index in that order, so ascending indices
 * are chronological; {@link #get(int)} rebuilds the {@link Incident} record on demand. A million
 * incidents take about a third of the memory they take as records.
 *
 * <p>A window query binary-searches the start days and scans only the incidents that can overlap
 * the window: short ones (spanning at most {@link #LONG_SPAN_DAYS} days) from
 * {@code windowStart − longest short span}, long ones from a separate small list. Filters become
 * {@link BitSet}s (one per category, status and role; actors and text are scanned once per filter),
 * and the last filter's set is cached, so moving the window costs only the scan. With a million
 * incidents a one-year window is answered in well under a millisecond (see
 * {@code docs/performance.md}).
 *
 * <p>Immutable after construction; queries are safe from any thread.
 */
public final class IncidentStore implements DatedItems {

    /** Incidents longer than this (in days) are kept on the side so they do not widen every scan. */
    public static final int LONG_SPAN_DAYS = 62;

    private static final Category[] CATEGORIES = Category.values();
    private static final Status[] STATUSES = Status.values();
    private static final Role[] ROLES = Role.values();
    private static final DatePrecision[] DATE_PRECISIONS = DatePrecision.values();
    private static final DateBasis[] DATE_BASES = DateBasis.values();
    private static final LocationPrecision[] PLACE_PRECISIONS = LocationPrecision.values();

    private final int size;
    private final int[] start;
    private final int[] end;
    private final byte[] category;
    private final byte[] status;
    private final byte[] role;
    private final byte[] datePrecision;
    private final byte[] dateBasis;
    private final byte[] placePrecision;
    /**
     * The point in units of 10⁻⁷ degree (about a centimetre: what the writers keep), or
     * {@link #NO_POINT}, or {@link #FINER} for a point given finer, kept whole in {@link #finer}
     * (decision 0030: four bytes a coordinate instead of eight, and exact).
     */
    private final int[] lon;
    private final int[] lat;
    /** The indices of the points given finer than 10⁻⁷ degree, ascending, and those points. */
    private final int[] finer;
    private final double[] finerLon;
    private final double[] finerLat;
    /**
     * Web Mercator y at zoom 0 in units of 2⁻²² pixel (a 32nd of a pixel at the map's deepest zoom,
     * 17), or {@link #NO_POINT}: four bytes instead of eight (decision 0030).
     */
    private final int[] mercatorY;
    /** The names: ids, titles, place names, actors and what a source names but its quote (each distinct one once). */
    private final TextTable texts;
    /** The prose, compressed (decision 0030): summaries, notes and quotes. */
    private final PackedText prose;
    /**
     * Which names and which prose contain a search (decision 0027): made once, by
     * {@link #prepareSearch} or the first search.
     */
    private volatile TextIndex[] textIndex;
    private final int[] idRef;
    private final int[] titleRef;
    /** Numbers in {@link #prose}. */
    private final int[] summaryRef;
    /** Numbers in {@link #prose}, or null when every note is empty (number 0). */
    private final int[] dateNoteRef;
    private final int[] placeNameRef;
    /** Numbers in {@link #prose}, or null when every note is empty (number 0). */
    private final int[] placeNoteRef;
    private final int[] actorFrom;
    private final int[] actorRefs;
    private final int[] sourceFrom;
    /** Two per source: its citation's number in {@link #citations}, its quote's in {@link #prose}. */
    private final int[] sourceRefs;
    /**
     * Each distinct citation of a source once, {@value #CITATION} names a citation: the file,
     * publisher, author, title and date published (ten million incidents cite a few thousand).
     */
    private final int[] citations;
    private final int[] idTable;
    /**
     * Per index, which of the combined stores the incident came from ({@link #combine}), or null
     * when the store was not combined (every incident is then of part 0).
     */
    private final short[] part;
    /** For each incident in the order it was given, its index here. */
    private final int[] inputOrder;
    private final boolean[] isLong;
    private final int[] longOnes;
    private final int maxShortSpan;
    private final BitSet[] byCategory;
    private final BitSet[] byStatus;
    private final BitSet[] byRole;
    private final Map<String, Integer> actorCounts;
    private volatile CachedMask cache;
    private volatile CachedTotals totals;

    private record CachedTotals(IncidentFilter filter, org.araxes.timeline.RunningTotals totals) {
    }

    /** Days a histogram's running totals may span (550 years); a longer span is counted item by item. */
    private static final int MAX_TOTALS_DAYS = 200_000;

    private record CachedMask(IncidentFilter filter, BitSet mask) {
    }

    /** Names of a citation in {@link #citations}: file, publisher, author, title, date published. */
    private static final int CITATION = 5;

    /** A store of the given incidents (in any order; {@link #inInputOrder()} keeps it). */
    public IncidentStore(List<Incident> list) {
        this(filled(list));
    }

    private static Builder filled(List<Incident> list) {
        Builder builder = new Builder(list.size());
        for (Incident incident : list) {
            builder.add(incident);
        }
        return builder;
    }

    /**
     * Builds a store from a builder's incidents: sorted by start day, then id (stable, so equal
     * keys keep the order they were added in), each column gathered in that order.
     */
    private IncidentStore(Builder b) {
        int n = b.size;
        int[] order = b.chronologicalOrder();
        size = n;
        inputOrder = new int[n];
        for (int i = 0; i < n; i++) {
            inputOrder[order[i]] = i;
        }
        // column by column, each of the builder's dropped once gathered: ten million incidents
        // would otherwise be held twice at the end of a load
        start = gather(b.start, order);
        b.start = null;
        end = gather(b.end, order);
        b.end = null;
        category = gather(b.category, order);
        status = gather(b.status, order);
        role = gather(b.role, order);
        datePrecision = gather(b.datePrecision, order);
        dateBasis = gather(b.dateBasis, order);
        placePrecision = gather(b.placePrecision, order);
        b.category = b.status = b.role = b.datePrecision = b.dateBasis = b.placePrecision = null;
        part = b.parts ? gather(b.part, order) : null;
        b.part = null;
        lon = gather(b.lon, order);
        b.lon = null;
        lat = gather(b.lat, order);
        b.lat = null;
        finer = new int[b.finer.size()];
        finerLon = new double[finer.length];
        finerLat = new double[finer.length];
        int f = 0;
        for (int i = 0; i < n && f < finer.length; i++) {
            if (lon[i] == FINER) {
                double[] point = b.finer.get(order[i]);
                finer[f] = i;
                finerLon[f] = point[0];
                finerLat[f++] = point[1];
            }
        }
        b.finer = null;
        mercatorY = new int[n];
        for (int i = 0; i < n; i++) {
            mercatorY[i] = lon[i] == NO_POINT ? NO_POINT : (int) Math.round(WebMercator.worldY(lat(i), 0) * MERCATOR_UNITS);
        }
        idRef = gather(b.idRef, order);
        b.idRef = null;
        titleRef = gather(b.titleRef, order);
        b.titleRef = null;
        summaryRef = gather(b.summaryRef, order);
        b.summaryRef = null;
        dateNoteRef = notes(gather(b.dateNoteRef, order));
        b.dateNoteRef = null;
        placeNameRef = gather(b.placeNameRef, order);
        b.placeNameRef = null;
        placeNoteRef = notes(gather(b.placeNoteRef, order));
        b.placeNoteRef = null;
        actorFrom = new int[n + 1];
        actorRefs = new int[b.actors.size()];
        int actorCount = 0;
        for (int i = 0; i < n; i++) {
            int from = order[i];
            actorFrom[i] = actorCount;
            for (int k = b.actorFrom.get(from), last = b.actorFrom.get(from + 1); k < last; k++) {
                actorRefs[actorCount++] = b.actors.get(k);
            }
        }
        actorFrom[n] = actorCount;
        b.actors = null;
        b.actorFrom = null;
        sourceFrom = new int[n + 1];
        sourceRefs = new int[b.sources.size()];
        int sourceCount = 0;
        for (int i = 0; i < n; i++) {
            int from = order[i];
            sourceFrom[i] = sourceCount / 2;
            for (int k = b.sourceFrom.get(from) * 2, last = b.sourceFrom.get(from + 1) * 2; k < last; k++) {
                sourceRefs[sourceCount++] = b.sources.get(k);
            }
        }
        sourceFrom[n] = sourceCount / 2;
        b.sources = null;
        b.sourceFrom = null;
        citations = b.citations.toArray();
        b.citations = null;
        byCategory = bitSets(CATEGORIES.length);
        byStatus = bitSets(STATUSES.length);
        byRole = bitSets(ROLES.length);
        isLong = new boolean[n];
        int longest = 0;
        int longCount = 0;
        for (int i = 0; i < n; i++) {
            byCategory[category[i]].set(i);
            byStatus[status[i]].set(i);
            byRole[role[i]].set(i);
            int span = end[i] - start[i];
            if (span > LONG_SPAN_DAYS) {
                isLong[i] = true;
                longCount++;
            } else {
                longest = Math.max(longest, span);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int ref = 0; ref < b.actorCounts.size(); ref++) {
            int count = b.actorCounts.get(ref);
            if (count > 0) {
                counts.put(b.text.get(ref), count);
            }
        }
        actorCounts = Map.copyOf(counts);
        int[] idHash = new int[n];
        for (int i = 0; i < n; i++) {
            idHash[i] = b.text.hash(idRef[i]);
        }
        texts = b.text.build();
        prose = b.prose.build();
        maxShortSpan = longest;
        longOnes = new int[longCount];
        for (int i = 0, k = 0; i < n; i++) {
            if (isLong[i]) {
                longOnes[k++] = i;
            }
        }
        idTable = buildIdTable(idHash);
    }

    private static int[] gather(int[] column, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = column[order[i]];
        }
        return out;
    }

    private static byte[] gather(byte[] column, int[] order) {
        byte[] out = new byte[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = column[order[i]];
        }
        return out;
    }

    private static short[] gather(short[] column, int[] order) {
        short[] out = new short[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = column[order[i]];
        }
        return out;
    }

    /** A column of notes, or null when every one is empty (prose number 0): most sets have none. */
    private static int[] notes(int[] refs) {
        for (int ref : refs) {
            if (ref != 0) {
                return refs;
            }
        }
        return null;
    }

    /** The note at an index of a column {@link #notes} made. */
    private String note(int[] refs, int index) {
        return prose.get(refs == null ? 0 : refs[index]);
    }

    /**
     * Collects incidents one at a time into growable columns, with every text in a
     * {@link TextTable.Builder}, so that a reader can fill it as it goes: the incidents read so far
     * live as a few primitive arrays, not as records, strings and lists (a large file's records
     * kept the garbage collector copying hundreds of megabytes per pause). Not thread-safe; use
     * once.
     */
    public static final class Builder {
        private int size;
        private int[] start;
        private int[] end;
        private byte[] category;
        private byte[] status;
        private byte[] role;
        private byte[] datePrecision;
        private byte[] dateBasis;
        private byte[] placePrecision;
        /** In units of 10⁻⁷ degree ({@link IncidentStore#lon}). */
        private int[] lon;
        private int[] lat;
        /** The points given finer than 10⁻⁷ degree, by position added. */
        private Map<Integer, double[]> finer = new HashMap<>();
        private short[] part;
        /** Whether any incident was added with a part other than 0. */
        private boolean parts;
        private int[] idRef;
        private int[] titleRef;
        private int[] summaryRef;
        private int[] dateNoteRef;
        private int[] placeNameRef;
        private int[] placeNoteRef;
        private IntList actorFrom;
        private IntList actors;
        private IntList sourceFrom;
        /** Two per source: its citation's number, its quote's in {@link #prose}. */
        private IntList sources;
        /** {@value IncidentStore#CITATION} text numbers per distinct citation. */
        private IntList citations = new IntList(CITATION * 64);
        /** The citations' hash table: open addressing, a slot holds a citation's number + 1, at most half full. */
        private int[] citationSlots = new int[64];
        /** Per text number: how many incidents name it as an actor. */
        private final IntList actorCounts = new IntList(64);
        /** The text numbers used as an id so far. */
        private final BitSet ids = new BitSet();
        private final TextTable.Builder text = new TextTable.Builder();
        private final PackedText.Builder prose = new PackedText.Builder();
        private boolean built;

        /** An empty builder. */
        public Builder() {
            this(1024);
        }

        /** An empty builder with room for some incidents before it grows. */
        public Builder(int expected) {
            int capacity = Math.max(16, expected);
            start = new int[capacity];
            end = new int[capacity];
            category = new byte[capacity];
            status = new byte[capacity];
            role = new byte[capacity];
            datePrecision = new byte[capacity];
            dateBasis = new byte[capacity];
            placePrecision = new byte[capacity];
            lon = new int[capacity];
            lat = new int[capacity];
            part = new short[capacity];
            idRef = new int[capacity];
            titleRef = new int[capacity];
            summaryRef = new int[capacity];
            dateNoteRef = new int[capacity];
            placeNameRef = new int[capacity];
            placeNoteRef = new int[capacity];
            actorFrom = new IntList(capacity + 1);
            actors = new IntList(capacity * 2);
            sourceFrom = new IntList(capacity + 1);
            sources = new IntList(capacity * 2);
            actorFrom.add(0);
            sourceFrom.add(0);
        }

        /** Number of incidents added. */
        public int size() {
            return size;
        }

        /** Adds an incident (one whose id was added before is added again). */
        public void add(Incident incident) {
            append(incident, text.add(incident.id()));
        }

        /**
         * Adds an incident as one of a part (a set, when stores are {@link #combine combined}); an
         * id added before, in this part or another, is added again.
         *
         * @param part 0 to {@link #MAX_PARTS} − 1
         */
        public void add(Incident incident, int part) {
            if (part < 0 || part >= MAX_PARTS) {
                throw new IllegalArgumentException("part " + part + " is not between 0 and " + (MAX_PARTS - 1));
            }
            append(incident, text.add(incident.id()));
            this.part[size - 1] = (short) part;
            parts |= part != 0;
        }

        /**
         * Adds an incident unless one with the same id was added before.
         *
         * @return false, adding nothing, when the id is taken
         */
        public boolean addNew(Incident incident) {
            int id = text.add(incident.id());
            if (ids.get(id)) {
                return false;
            }
            append(incident, id);
            return true;
        }

        /**
         * Adds every incident of a store, in the order it was given, as one of a part ({@link #add(Incident, int)}),
         * column by column: each distinct text of the store is added once, and no incident record
         * is built (combining sets of a million incidents rebuilt a million records).
         */
        public void addAll(IncidentStore store, int part) {
            if (built) {
                throw new IllegalStateException("the store was built already");
            }
            if (part < 0 || part >= MAX_PARTS) {
                throw new IllegalArgumentException("part " + part + " is not between 0 and " + (MAX_PARTS - 1));
            }
            int[] refs = new int[store.texts.size()];
            Arrays.fill(refs, -1);
            for (int k = 0; k < store.size; k++) {
                int from = store.inputOrder[k];
                if (size == start.length) {
                    grow();
                }
                int i = size++;
                int id = text(store, refs, store.idRef[from]);
                ids.set(id);
                idRef[i] = id;
                start[i] = store.start[from];
                end[i] = store.end[from];
                category[i] = store.category[from];
                status[i] = store.status[from];
                role[i] = store.role[from];
                datePrecision[i] = store.datePrecision[from];
                dateBasis[i] = store.dateBasis[from];
                placePrecision[i] = store.placePrecision[from];
                setPoint(i, store.lon[from] == NO_POINT ? null : new Incident.Point(store.lon(from), store.lat(from)));
                this.part[i] = (short) part;
                titleRef[i] = text(store, refs, store.titleRef[from]);
                summaryRef[i] = prose.add(store.prose.get(store.summaryRef[from]));
                dateNoteRef[i] = prose.add(store.note(store.dateNoteRef, from));
                placeNameRef[i] = text(store, refs, store.placeNameRef[from]);
                placeNoteRef[i] = prose.add(store.note(store.placeNoteRef, from));
                for (int a = store.actorFrom[from]; a < store.actorFrom[from + 1]; a++) {
                    int ref = text(store, refs, store.actorRefs[a]);
                    actors.add(ref);
                    while (actorCounts.size() <= ref) {
                        actorCounts.add(0);
                    }
                    actorCounts.set(ref, actorCounts.get(ref) + 1);
                }
                actorFrom.add(actors.size());
                for (int r = store.sourceFrom[from] * 2; r < store.sourceFrom[from + 1] * 2; r += 2) {
                    int c = store.sourceRefs[r] * CITATION;
                    sources.add(citation(text(store, refs, store.citations[c]), text(store, refs, store.citations[c + 1]),
                            text(store, refs, store.citations[c + 2]), text(store, refs, store.citations[c + 3]),
                            text(store, refs, store.citations[c + 4])));
                    sources.add(prose.add(store.prose.get(store.sourceRefs[r + 1])));
                }
                sourceFrom.add(sources.size() / 2);
            }
            parts |= part != 0;
        }

        /** A text of another store as a number here, added on first use. */
        private int text(IncidentStore store, int[] refs, int ref) {
            if (refs[ref] < 0) {
                refs[ref] = text.add(store.texts.get(ref));
            }
            return refs[ref];
        }

        private void append(Incident incident, int id) {
            if (built) {
                throw new IllegalStateException("the store was built already");
            }
            if (size == start.length) {
                grow();
            }
            int i = size++;
            ids.set(id);
            idRef[i] = id;
            start[i] = (int) incident.date().start().toEpochDay();
            end[i] = (int) incident.date().end().toEpochDay();
            category[i] = (byte) incident.category().ordinal();
            status[i] = (byte) incident.status().ordinal();
            role[i] = (byte) incident.role().ordinal();
            datePrecision[i] = (byte) incident.date().precision().ordinal();
            dateBasis[i] = (byte) incident.date().basis().ordinal();
            placePrecision[i] = (byte) incident.location().precision().ordinal();
            setPoint(i, incident.point());
            titleRef[i] = text.add(incident.title());
            summaryRef[i] = prose.add(incident.summary());
            dateNoteRef[i] = prose.add(incident.date().note());
            placeNameRef[i] = text.add(incident.location().name());
            placeNoteRef[i] = prose.add(incident.location().note());
            for (String actor : incident.actors()) {
                int ref = text.add(actor);
                actors.add(ref);
                while (actorCounts.size() <= ref) {
                    actorCounts.add(0);
                }
                actorCounts.set(ref, actorCounts.get(ref) + 1);
            }
            actorFrom.add(actors.size());
            for (Incident.Source source : incident.sources()) {
                sources.add(citation(text.add(source.file()), text.add(source.publisher()), text.add(source.author()),
                        text.add(source.title()), text.add(source.published())));
                sources.add(prose.add(source.quote()));
            }
            sourceFrom.add(sources.size() / 2);
        }

        /** The number of a citation (its names' numbers), adding it if new. */
        private int citation(int file, int publisher, int author, int title, int published) {
            int hash = (((file * 31 + publisher) * 31 + author) * 31 + title) * 31 + published;
            int mask = citationSlots.length - 1;
            int slot = mix(hash) & mask;
            for (int known; (known = citationSlots[slot]) != 0; slot = (slot + 1) & mask) {
                int c = (known - 1) * CITATION;
                if (citations.get(c) == file && citations.get(c + 1) == publisher && citations.get(c + 2) == author
                        && citations.get(c + 3) == title && citations.get(c + 4) == published) {
                    return known - 1;
                }
            }
            int number = citations.size() / CITATION;
            citations.add(file);
            citations.add(publisher);
            citations.add(author);
            citations.add(title);
            citations.add(published);
            citationSlots[slot] = number + 1;
            if ((number + 1) * 2 > citationSlots.length) {
                int[] table = new int[citationSlots.length * 2];
                int m = table.length - 1;
                for (int k = 0; k <= number; k++) {
                    int c = k * CITATION;
                    int h = (((citations.get(c) * 31 + citations.get(c + 1)) * 31 + citations.get(c + 2)) * 31
                            + citations.get(c + 3)) * 31 + citations.get(c + 4);
                    int at = mix(h) & m;
                    while (table[at] != 0) {
                        at = (at + 1) & m;
                    }
                    table[at] = k + 1;
                }
                citationSlots = table;
            }
            return number;
        }

        private void setPoint(int i, Incident.Point point) {
            if (point == null) {
                lon[i] = NO_POINT;
                lat[i] = NO_POINT;
                return;
            }
            lon[i] = units(point.lon());
            lat[i] = units(point.lat());
            if (lon[i] == FINER || lat[i] == FINER) {
                lon[i] = FINER;
                lat[i] = FINER;
                finer.put(i, new double[] {point.lon(), point.lat()});
            }
        }

        private void grow() {
            int capacity = start.length + (start.length >> 1);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            category = Arrays.copyOf(category, capacity);
            status = Arrays.copyOf(status, capacity);
            role = Arrays.copyOf(role, capacity);
            datePrecision = Arrays.copyOf(datePrecision, capacity);
            dateBasis = Arrays.copyOf(dateBasis, capacity);
            placePrecision = Arrays.copyOf(placePrecision, capacity);
            lon = Arrays.copyOf(lon, capacity);
            lat = Arrays.copyOf(lat, capacity);
            part = Arrays.copyOf(part, capacity);
            idRef = Arrays.copyOf(idRef, capacity);
            titleRef = Arrays.copyOf(titleRef, capacity);
            summaryRef = Arrays.copyOf(summaryRef, capacity);
            dateNoteRef = Arrays.copyOf(dateNoteRef, capacity);
            placeNameRef = Arrays.copyOf(placeNameRef, capacity);
            placeNoteRef = Arrays.copyOf(placeNoteRef, capacity);
        }

        /**
         * The added incidents' positions sorted by start day, then id, then the order they came in:
         * one primitive sort of (day, position) pairs, then each run of a day sorted by id.
         */
        private int[] chronologicalOrder() {
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = ((long) start[i] << 32) | i;
            }
            Arrays.sort(keys);
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = (int) keys[i];
            }
            for (int from = 0; from < size; ) {
                int to = from + 1;
                while (to < size && start[order[to]] == start[order[from]]) {
                    to++;
                }
                if (to - from > 1) {
                    if (to - from > 64) {
                        sortLongRunById(order, from, to);
                    } else {
                        sortById(order, from, to);
                    }
                }
                from = to;
            }
            return order;
        }

        /**
         * Sorts a run of positions by id, in code point order, keeping equal ids in the order they
         * were added (an insertion sort: a day's run is short; long runs of one day are rare).
         */
        private void sortById(int[] order, int from, int to) {
            for (int k = from + 1; k < to; k++) {
                int moving = order[k];
                int j = k - 1;
                while (j >= from && text.compare(idRef[order[j]], idRef[moving]) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = moving;
            }
        }

        /** {@link #sortById} for a long run: a merge sort (stable) over boxed positions. */
        private void sortLongRunById(int[] order, int from, int to) {
            Integer[] run = new Integer[to - from];
            for (int k = from; k < to; k++) {
                run[k - from] = order[k];
            }
            Arrays.sort(run, (a, b) -> text.compare(idRef[a], idRef[b]));
            for (int k = from; k < to; k++) {
                order[k] = run[k - from];
            }
        }

        /** The store of everything added; the builder cannot be used afterwards. */
        public IncidentStore build() {
            if (built) {
                throw new IllegalStateException("the store was built already");
            }
            built = true;
            return new IncidentStore(this);
        }
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length + (values.length >> 1));
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int get(int index) {
            return values[index];
        }

        void set(int index, int value) {
            values[index] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }

    }

    /**
     * An open-addressing table from an id's hash to every index with that id. Indices go in
     * ascending order, so along an id's probe sequence its lowest index comes first.
     */
    private int[] buildIdTable(int[] idHash) {
        // at most three quarters full (ten million incidents: 64 MB)
        int capacity = Integer.highestOneBit(Math.max(4, size + size / 3)) * 2;
        int[] table = new int[capacity];
        Arrays.fill(table, -1);
        for (int i = 0; i < size; i++) {
            int slot = mix(idHash[i]) & (capacity - 1);
            while (table[slot] >= 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            table[slot] = i;
        }
        return table;
    }

    private static int mix(int value) {
        int h = value * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static BitSet[] bitSets(int count) {
        BitSet[] sets = new BitSet[count];
        for (int i = 0; i < count; i++) {
            sets[i] = new BitSet();
        }
        return sets;
    }

    /** How many stores {@link #combine} takes at most (parts are kept as shorts). */
    public static final int MAX_PARTS = Short.MAX_VALUE;

    /**
     * The incidents of several stores in one (the incident sets shown together): the first store
     * itself when there is only one, else a new store of all of them in the order given, each
     * incident knowing which store it came from ({@link #part}). Every incident is kept: two
     * stores may hold the same id, and then the combined store holds it twice, once per part.
     *
     * @throws IllegalArgumentException with more than {@link #MAX_PARTS} stores
     */
    public static IncidentStore combine(List<IncidentStore> stores) {
        if (stores.size() == 1) {
            return stores.get(0);
        }
        if (stores.size() > MAX_PARTS) {
            throw new IllegalArgumentException(stores.size() + " stores; at most " + MAX_PARTS + " can be combined");
        }
        Builder builder = new Builder(stores.stream().mapToInt(IncidentStore::size).sum());
        for (int p = 0; p < stores.size(); p++) {
            builder.addAll(stores.get(p), p);
        }
        return builder.build();
    }

    /**
     * Which of the combined stores the incident at an index came from: its position in the list
     * given to {@link #combine}; 0 for a store that was not combined.
     */
    public int part(int index) {
        Objects.checkIndex(index, size);
        return part == null ? 0 : part[index];
    }

    /** An empty store. */
    public static IncidentStore empty() {
        return new IncidentStore(List.of());
    }

    /** Number of incidents. */
    public int size() {
        return size;
    }

    /** The incident at an index (chronological order), rebuilt from the columns: equal, not identical, each time. */
    public Incident get(int index) {
        Objects.checkIndex(index, size);
        List<String> actors = new ArrayList<>(actorFrom[index + 1] - actorFrom[index]);
        for (int k = actorFrom[index]; k < actorFrom[index + 1]; k++) {
            actors.add(texts.get(actorRefs[k]));
        }
        List<Incident.Source> sources = new ArrayList<>(sourceFrom[index + 1] - sourceFrom[index]);
        for (int k = sourceFrom[index]; k < sourceFrom[index + 1]; k++) {
            sources.add(source(k));
        }
        return new Incident(id(index), texts.get(titleRef[index]), prose.get(summaryRef[index]), category(index),
                actors, status(index), role(index),
                new Incident.When(LocalDate.ofEpochDay(start[index]), LocalDate.ofEpochDay(end[index]),
                        DATE_PRECISIONS[datePrecision[index]], DATE_BASES[dateBasis[index]], note(dateNoteRef, index)),
                new Incident.Place(texts.get(placeNameRef[index]), PLACE_PRECISIONS[placePrecision[index]],
                        note(placeNoteRef, index)),
                hasPoint(index) ? new Incident.Point(lon(index), lat(index)) : null, sources);
    }

    /** The source at a position in {@link #sourceRefs} (counted in sources). */
    private Incident.Source source(int k) {
        int c = sourceRefs[2 * k] * CITATION;
        return new Incident.Source(texts.get(citations[c]), texts.get(citations[c + 1]), texts.get(citations[c + 2]),
                texts.get(citations[c + 3]), texts.get(citations[c + 4]), prose.get(sourceRefs[2 * k + 1]));
    }

    /** The id of the incident at an index. */
    public String id(int index) {
        return texts.get(idRef[index]);
    }

    /** The title of the incident at an index. */
    public String title(int index) {
        return texts.get(titleRef[index]);
    }

    /** Status of the incident at an index. */
    public Status status(int index) {
        return STATUSES[status[index]];
    }

    /** Role of the incident at an index. */
    public Role role(int index) {
        return ROLES[role[index]];
    }

    /** True when the incident at an index has a point to draw. */
    public boolean hasPoint(int index) {
        return lon[index] != NO_POINT;
    }

    /** Longitude of the incident's point (NaN when it has none). */
    public double lon(int index) {
        int units = lon[index];
        return units == NO_POINT ? Double.NaN : units == FINER ? finerLon[Arrays.binarySearch(finer, index)] : units / 1e7;
    }

    /** Latitude of the incident's point (NaN when it has none). */
    public double lat(int index) {
        int units = lat[index];
        return units == NO_POINT ? Double.NaN : units == FINER ? finerLat[Arrays.binarySearch(finer, index)] : units / 1e7;
    }

    /** A coordinate with no point. */
    private static final int NO_POINT = Integer.MIN_VALUE;
    /** A coordinate given finer than 10⁻⁷ degree (or beyond ±180°), kept whole in {@link #finer}. */
    private static final int FINER = Integer.MIN_VALUE + 1;

    /**
     * Degrees in units of 10⁻⁷, or {@link #FINER} when that would not give them back exactly: any
     * number written with at most seven decimals comes back as the same {@code double}, as its
     * units divided by 10⁷ is the double nearest that number.
     */
    static int units(double degrees) {
        long units = Math.round(degrees * 1e7);
        boolean exact = Math.abs(degrees) <= 180
                && Double.doubleToLongBits(units / 1e7) == Double.doubleToLongBits(degrees);
        return exact ? (int) units : FINER;
    }

    /**
     * Web Mercator y of the incident's point at zoom 0 (multiply by 2^zoom for a zoom), NaN when
     * it has none; x is {@code WebMercator.worldX(lon, 0)}, a linear function of the longitude.
     */
    public double mercatorY(int index) {
        int units = mercatorY[index];
        return units == NO_POINT ? Double.NaN : units / MERCATOR_UNITS;
    }

    /** Units of {@link #mercatorY} in a pixel at zoom 0 (y runs from 0 to 256: at most 2³⁰ units). */
    private static final double MERCATOR_UNITS = 1 << 22;

    /** True when the incident's date is a span the event lies somewhere in, not a known day or days. */
    public boolean isImprecise(int index) {
        return datePrecision[index] != DatePrecision.DAY.ordinal();
    }

    /** How precisely the incident's place is known. */
    public LocationPrecision placePrecision(int index) {
        return PLACE_PRECISIONS[placePrecision[index]];
    }

    /** All incidents in the order they were given (read from a file: the file's order), rebuilt as they are read. */
    public List<Incident> inInputOrder() {
        return new Lazy(inputOrder);
    }

    /** All incidents in chronological order (rebuilt as they are read). */
    public List<Incident> all() {
        return new Lazy(null);
    }

    /**
     * The index of the incident with an id, or −1; in a combined store where several parts hold
     * the id, the earliest (lowest index).
     */
    public int indexOf(String id) {
        return indexOf(-1, id);
    }

    /** The index of the incident with an id in one part (see {@link #part}), or −1. */
    public int indexOf(int inPart, String id) {
        if (id == null || size == 0) {
            return -1;
        }
        int mask = idTable.length - 1;
        int slot = mix(id.hashCode()) & mask;
        int ref = -1;
        while (idTable[slot] >= 0) {
            int candidate = idTable[slot];
            if (ref >= 0 ? idRef[candidate] == ref : texts.get(idRef[candidate]).equals(id)) {
                ref = idRef[candidate];
                if (inPart < 0 || part(candidate) == inPart) {
                    return candidate;
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /**
     * Every index holding an id, ascending: one in a store read from one file (ids are unique
     * there), one per part holding it in a combined store.
     */
    public int[] indicesOf(String id) {
        if (id == null || size == 0) {
            return new int[0];
        }
        int mask = idTable.length - 1;
        int slot = mix(id.hashCode()) & mask;
        int ref = -1;
        int[] found = new int[0];
        while (idTable[slot] >= 0) {
            int candidate = idTable[slot];
            if (ref >= 0 ? idRef[candidate] == ref : texts.get(idRef[candidate]).equals(id)) {
                ref = idRef[candidate];
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = candidate;
            }
            slot = (slot + 1) & mask;
        }
        Arrays.sort(found);
        return found;
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
        return CATEGORIES[category[index]];
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
        counts.putAll(actorCounts);
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
        int[] out = new int[Math.min(size, Math.max(0, hi - lo) + longOnes.length)];
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

    /**
     * The timeline's histogram of the incidents passing a filter over a span, by category: from
     * running totals made once per filter ({@link org.araxes.timeline.RunningTotals}), so that a
     * new zoom costs the bins, not the incidents; the same counts as {@link Histogram#of} over
     * the incidents {@link #visible} in the span.
     */
    public Histogram histogram(IncidentFilter filter, double spanStart, double spanEnd, int bins) {
        IncidentFilter key = filter == null ? IncidentFilter.all() : filter;
        CachedTotals cached = totals;
        if (cached == null || !cached.filter().equals(key)) {
            int last = lastDay();
            if (size == 0 || (long) last - firstDay() > MAX_TOTALS_DAYS) {
                TimeWindow days = new TimeWindow((int) Math.floor(spanStart), (int) Math.ceil(spanEnd));
                return Histogram.of(this, visible(days, filter), CATEGORIES.length, spanStart, spanEnd, bins);
            }
            BitSet mask = mask(key);
            cached = new CachedTotals(key, org.araxes.timeline.RunningTotals.of(this, size,
                    i -> mask == null || mask.get(i), CATEGORIES.length, firstDay(), last));
            totals = cached;
        }
        return cached.totals().histogram(spanStart, spanEnd, bins);
    }

    /** How many incidents pass a filter, at any time. */
    public int countMatching(IncidentFilter filter) {
        BitSet mask = mask(filter);
        return mask == null ? size : mask.cardinality();
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
            for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) {
                boolean any = false;
                for (int k = actorFrom[i]; k < actorFrom[i + 1] && !any; k++) {
                    any = filter.actors().contains(texts.get(actorRefs[k]));
                }
                if (!any) {
                    mask.clear(i);
                }
            }
        }
        if (!filter.text().isEmpty() && filter.text().indexOf('\n') < 0) {
            // a text without a line break lies within one of the texts an incident's search text joins
            TextIndex[] index = textIndex();
            BitSet names = index[0].containing(filter.text());
            BitSet inProse = index[1].containing(filter.text());
            for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) {
                if (!mentions(i, names, inProse)) {
                    mask.clear(i);
                }
            }
        } else if (!filter.text().isEmpty()) {
            String needle = filter.text();
            for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) {
                if (!searchText(i).contains(needle)) {
                    mask.clear(i);
                }
            }
        }
        if (filter.near() != null) {
            for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) {
                if (!filter.near().ids().contains(id(i))) {
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

    /**
     * Makes the index searches read, if not made yet: a few seconds for a million incidents, so the
     * window has it made off the FX thread as soon as a store is shown; a search before waits for it.
     */
    public void prepareSearch() {
        textIndex();
    }

    /**
     * The most incidents whose texts get a word index (decision 0030): about 67 bytes an incident
     * (270 MB here); a larger store's search reads every text (seconds at ten million) so that
     * the store and its search fit 2 GB.
     */
    static final int INDEXED_AT_MOST = 4_000_000;

    /** The indexes of the names and of the prose. */
    private TextIndex[] textIndex() {
        TextIndex[] index = textIndex;
        if (index == null) {
            synchronized (this) {
                index = textIndex;
                if (index == null) {
                    index = size <= INDEXED_AT_MOST ? new TextIndex[] {TextIndex.of(texts), TextIndex.of(prose)}
                            : new TextIndex[] {TextIndex.reading(texts), TextIndex.reading(prose)};
                    textIndex = index;
                }
            }
        }
        return index;
    }

    /**
     * Whether one of the texts of an incident's {@link #searchText} is among some: names by
     * number in {@link #texts}, prose by number in {@link #prose}.
     */
    private boolean mentions(int i, BitSet names, BitSet inProse) {
        if (names.get(titleRef[i]) || inProse.get(summaryRef[i]) || names.get(placeNameRef[i]) || names.get(idRef[i])) {
            return true;
        }
        for (int k = actorFrom[i]; k < actorFrom[i + 1]; k++) {
            if (names.get(actorRefs[k])) {
                return true;
            }
        }
        for (int k = sourceFrom[i] * 2; k < sourceFrom[i + 1] * 2; k += 2) {
            if (inProse.get(sourceRefs[k + 1]) || names.get(citations[sourceRefs[k] * CITATION + 1])) {
                return true;
            }
        }
        return false;
    }

    /** The same text as {@link Incident#searchText()}, from the columns. */
    private String searchText(int i) {
        StringBuilder text = new StringBuilder(texts.get(titleRef[i])).append('\n').append(prose.get(summaryRef[i]))
                .append('\n').append(texts.get(placeNameRef[i]));
        for (int k = actorFrom[i]; k < actorFrom[i + 1]; k++) {
            text.append('\n').append(texts.get(actorRefs[k]));
        }
        text.append('\n').append(texts.get(idRef[i]));
        for (int k = sourceFrom[i] * 2; k < sourceFrom[i + 1] * 2; k += 2) {
            text.append('\n').append(prose.get(sourceRefs[k + 1])).append('\n')
                    .append(texts.get(citations[sourceRefs[k] * CITATION + 1]));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A source and how many incidents cite it.
     *
     * @param source    the source (the file of the first incident citing it)
     * @param incidents how many of the incidents asked about cite it
     */
    public record SourceUse(Incident.Source source, int incidents) {
    }

    /**
     * The distinct sources of the incidents at some indices, each with how many of them cite it,
     * in the order first cited. Works on the columns: sources are told apart by their author,
     * title, publisher and date (what a citation names), and a record is built only for each
     * distinct source, never for an incident.
     */
    public List<SourceUse> sourceUses(int[] indices) {
        // key: the four text numbers of a source; value: {its position in the result, last incident counted}
        HashMap<SourceKey, int[]> seen = new HashMap<>();
        List<int[]> firsts = new ArrayList<>();
        int[] counts = new int[16];
        for (int index : indices) {
            for (int k = sourceFrom[index]; k < sourceFrom[index + 1]; k++) {
                int c = sourceRefs[2 * k] * CITATION;
                SourceKey key = new SourceKey(citations[c + 1], citations[c + 2], citations[c + 3], citations[c + 4]);
                int[] entry = seen.get(key);
                if (entry == null) {
                    entry = new int[] {firsts.size(), -1};
                    seen.put(key, entry);
                    firsts.add(new int[] {k});
                    if (counts.length < firsts.size()) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                }
                if (entry[1] != index) {
                    entry[1] = index;
                    counts[entry[0]]++;
                }
            }
        }
        List<SourceUse> uses = new ArrayList<>(firsts.size());
        for (int i = 0; i < firsts.size(); i++) {
            uses.add(new SourceUse(source(firsts.get(i)[0]), counts[i]));
        }
        return uses;
    }

    private record SourceKey(int publisher, int author, int title, int published) {
    }

    /**
     * The incidents at some indices, as a list that rebuilds each incident when it is read (a list
     * view asks only for the rows it shows). The array must not change afterwards.
     */
    public List<Incident> incidents(int[] indices) {
        return new Lazy(indices);
    }

    /** A read-only list over all indices (null) or some, rebuilding incidents on demand. */
    private final class Lazy extends AbstractList<Incident> implements RandomAccess {
        private final int[] indices;

        Lazy(int[] indices) {
            this.indices = indices;
        }

        @Override
        public Incident get(int position) {
            return IncidentStore.this.get(indices == null ? position : indices[position]);
        }

        /** By the incident's id and index (an int scan), rebuilding only the incidents with its id to compare. */
        @Override
        public int indexOf(Object o) {
            if (!(o instanceof Incident incident)) {
                return -1;
            }
            int size = size();
            for (int index : IncidentStore.this.indicesOf(incident.id())) {
                for (int position = 0; position < size; position++) {
                    if ((indices == null ? position : indices[position]) == index) {
                        if (get(position).equals(incident)) {
                            return position;
                        }
                        break;
                    }
                }
            }
            return -1;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override
        public int size() {
            return indices == null ? size : indices.length;
        }
    }
}
