// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;

/**
 * A desk as one user works on it, online or not: the incidents (from the server, else from the
 * local copy), edits sent at once when online and queued in the local copy when not, sent on
 * reconnect with any conflict reported like an online one, and other users' changes heard as they
 * are made. The {@link #state()} is what the status line shows.
 *
 * <p>Thread-safe: every method that touches the desk or the records is synchronized; listeners are
 * called on the thread that caused the change (the caller's, or the desk listener's for other
 * users' changes) and must hand over to their own thread (the window's) themselves.
 */
public final class DeskClient implements AutoCloseable {

    /** What a (re)connection found: the conflicts and refusals of the edits sent from the queue. */
    public record Sync(DeskState state, List<EditResult.Conflict> conflicts, List<String> refused, String message) {
        public Sync {
            conflicts = List.copyOf(conflicts);
            refused = List.copyOf(refused);
            message = message == null ? "" : message;
        }
    }

    /** A change heard from another user, with the incident as it is now (empty when deleted). */
    public record Heard(DeskChange change, Optional<DeskRecord> now) {
    }

    private final DeskUrl url;
    private final String password;
    private final LocalCopy copy;
    private final Map<String, DeskRecord> records = new LinkedHashMap<>();
    private final List<PendingEdit> queue = new ArrayList<>();
    private final List<Consumer<DeskState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Heard>> changeListeners = new CopyOnWriteArrayList<>();
    private Desk desk;
    private DeskListener listener;
    private volatile DeskState state = DeskState.OFFLINE;
    /** The desk's name and the queue's length, readable without the lock (the window's thread must not wait for a sync). */
    private volatile String name;
    private volatile int pendingCount;
    /** Above how many incidents the desk is shown by window (decision 0029). */
    private volatile long windowLimit = Long.MAX_VALUE;
    /** Whether the desk is shown by window: larger than the limit when last connected. */
    private volatile boolean byWindow;
    /** How many incidents the desk held when last counted (the local copy's when never connected). */
    private volatile long total;
    /** By window: the incidents of the last window read, by id (the local copy's window when offline). */
    private final Map<String, DeskRecord> window = new LinkedHashMap<>();
    /** By window: the ids of the window's incidents read for the map only (no summary, actors, sources). */
    private final java.util.Set<String> partial = new java.util.HashSet<>();

    /**
     * A client for a desk, its local copy in {@code copy}'s folder; reads the copy and the queue
     * (nothing on the network until {@link #connect()}).
     *
     * @param password the password, or null for none
     */
    public DeskClient(DeskUrl url, String password, LocalCopy copy) {
        this.url = Objects.requireNonNull(url, "url");
        this.password = password;
        this.copy = Objects.requireNonNull(copy, "copy");
        this.name = url.database();
        copy.records().forEach(r -> records.put(r.id(), r));
        copy.window().forEach(r -> {
            window.put(r.id(), r);
            partial.add(r.id()); // whether it was read whole is not kept: read it again before editing
        });
        byWindow = !window.isEmpty();
        total = byWindow ? window.size() : records.size();
        queue.addAll(copy.queue());
        pendingCount = queue.size();
    }

    /**
     * Above how many incidents the desk is shown by window rather than read whole (taken at the
     * next {@link #connect()}).
     */
    public void setWindowLimit(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the window limit must be at least 1, was " + limit);
        }
        windowLimit = limit;
    }

    /**
     * True when the desk held more incidents than the limit when last connected: {@link #records()}
     * are then those of the last window read ({@link #readWindow}), not the whole set.
     */
    public boolean byWindow() {
        return byWindow;
    }

    /** How many incidents the desk held when last connected (never waits for the network). */
    public long total() {
        return total;
    }

    public DeskUrl url() {
        return url;
    }

    public DeskState state() {
        return state;
    }

    /** The desk's name (its owner's, or the database's until connected once). */
    public String name() {
        return name;
    }

    /** Hears every change of state. */
    public void onState(Consumer<DeskState> listener) {
        stateListeners.add(listener);
    }

    /** Hears other users' changes, each with the incident as it is now. */
    public void onHeard(Consumer<Heard> listener) {
        changeListeners.add(listener);
    }

    /**
     * Connects (or reconnects): sends the queued edits, reads every incident, keeps them in the local
     * copy and starts listening for other users' changes. When the server is out of reach the client
     * stays {@link DeskState#OFFLINE} with the local copy.
     *
     * @throws DeskException when the server answered but refused (wrong password, no such database,
     *                       schema not up to date for this user): nothing to work offline on
     */
    public synchronized Sync connect() throws DeskException {
        closeDesk();
        try {
            desk = Desk.open(url, password);
        } catch (DeskException e) {
            if (e.connectionLost()) {
                setState(DeskState.OFFLINE);
                return new Sync(DeskState.OFFLINE, List.of(), List.of(), e.getMessage());
            }
            throw e;
        }
        try {
            List<EditResult.Conflict> conflicts = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            if (!queue.isEmpty()) {
                setState(DeskState.SYNCING);
                sendQueue(conflicts, refused);
            }
            name = desk.name();
            total = desk.count();
            if (total > windowLimit) {
                byWindow = true; // the window in view is read by readWindow; the last one stays meanwhile
            } else {
                byWindow = false;
                Desk.Loaded loaded = desk.loadAll();
                records.clear();
                loaded.records().forEach(r -> records.put(r.id(), r));
                saveCopy();
                if (!window.isEmpty()) {
                    window.clear();
                    partial.clear();
                    saveWindow();
                }
            }
            listener = desk.listen(this::heard, lost -> lost());
            DeskState now = desk.readOnly() ? DeskState.READ_ONLY : DeskState.ONLINE;
            setState(now);
            return new Sync(now, conflicts, refused, "");
        } catch (DeskException e) {
            if (e.connectionLost()) {
                goOffline();
                return new Sync(DeskState.OFFLINE, List.of(), List.of(), e.getMessage());
            }
            throw e;
        }
    }

    /**
     * The incidents as this user sees them: the server's (or the local copy's) with the edits not
     * yet sent; by window, those of the last window read with the edits not yet sent.
     */
    public synchronized List<DeskRecord> records() {
        Map<String, DeskRecord> shown = new LinkedHashMap<>(byWindow ? window : records);
        for (PendingEdit edit : queue) {
            if (edit.incident().isPresent()) {
                DeskRecord before = shown.get(edit.id());
                shown.put(edit.id(), new DeskRecord(edit.incident().get(), Math.max(1, edit.baseVersion()),
                        before == null ? url.user() : before.changedBy(), before == null ? Instant.now() : before.changedAt()));
            } else {
                shown.remove(edit.id());
            }
        }
        List<DeskRecord> list = new ArrayList<>(shown.values());
        list.sort(Comparator.comparing((DeskRecord r) -> r.incident().date().start()).thenComparing(DeskRecord::id));
        return list;
    }

    /** A window read: its incidents (with the edits not yet sent), how many are in view, and whether it came from the local copy. */
    public record WindowRead(List<DeskRecord> records, long inView, boolean offline) {
        public WindowRead {
            records = List.copyOf(records);
        }
    }

    /**
     * By window: the incidents whose days overlap {@code from}–{@code to} and whose point lies in
     * {@code area}, passing the filter (but for its distance), at most {@code limit}, read for the
     * map and the list only ({@link Desk#mapWindow}); how many there are in view when more than
     * {@code limit}. Offline, the last window read (kept in the local copy) with the edits not yet
     * sent, as far as it covers these days and area.
     *
     * @throws DeskException when the server answered with an error (the connection lost is not one: offline then)
     */
    public synchronized WindowRead readWindow(LocalDate from, LocalDate to, Desk.Area area, IncidentFilter filter, int limit)
            throws DeskException {
        if (desk != null && state != DeskState.OFFLINE) {
            try {
                Desk.Loaded loaded = desk.mapWindow(from, to, area, filter, limit);
                long inView = loaded.records().size() < limit ? loaded.records().size() : desk.count(from, to, area, filter);
                Map<String, DeskRecord> before = new LinkedHashMap<>(window);
                java.util.Set<String> partialBefore = new java.util.HashSet<>(partial);
                window.clear();
                partial.clear();
                for (DeskRecord read : loaded.records()) {
                    DeskRecord kept = before.get(read.id());
                    boolean whole = kept != null && !partialBefore.contains(read.id()) && kept.version() == read.version();
                    window.put(read.id(), whole ? kept : read);
                    if (!whole) {
                        partial.add(read.id());
                    }
                }
                saveWindow();
                return new WindowRead(records(), inView, false);
            } catch (DeskException e) {
                if (!e.connectionLost()) {
                    throw e;
                }
                goOffline();
            }
        }
        IncidentFilter tested = filter.withNear(null);
        List<DeskRecord> shown = new ArrayList<>();
        for (DeskRecord r : records()) {
            Incident i = r.incident();
            boolean inDays = (to == null || !i.date().start().isAfter(to)) && (from == null || !i.date().end().isBefore(from));
            boolean inArea = area == null || (i.hasPoint() && i.point().lon() >= area.west() && i.point().lon() <= area.east()
                    && i.point().lat() >= area.south() && i.point().lat() <= area.north());
            // an incident read for the map only has no summary or quote: the server found it for this filter, keep it
            if (inDays && inArea && (partial.contains(r.id()) || tested.test(i))) {
                shown.add(r);
            }
        }
        return new WindowRead(shown, shown.size(), true);
    }

    /**
     * By window: the timeline's counts of the incidents passing a filter, from the server's
     * aggregate; offline, the counts of the incidents held (the last window read and the edits
     * waiting), which the server filtered when it sent them.
     */
    public synchronized Optional<DeskCounts> counts(IncidentFilter filter) {
        if (desk == null || state == DeskState.OFFLINE) {
            List<Incident> held = records().stream().map(DeskRecord::incident).toList();
            return Optional.of(DeskCounts.of(held.size(), filter, held));
        }
        try {
            total = desk.count();
            return Optional.of(new DeskCounts(total, filter, desk.dateCounts(filter)));
        } catch (DeskException e) {
            if (e.connectionLost()) {
                goOffline();
            }
            return Optional.empty();
        }
    }

    /**
     * By window: reads an incident of the window whole (summary, actors, sources), as an edit must
     * start from it, and keeps it so in the window. Empty offline or when it is gone.
     */
    public synchronized Optional<DeskRecord> readWhole(String id) {
        if (!partial.contains(id)) {
            return Optional.ofNullable(window.get(id));
        }
        if (desk == null || state == DeskState.OFFLINE) {
            return Optional.empty();
        }
        try {
            Optional<DeskRecord> now = desk.get(id);
            now.ifPresent(r -> {
                window.put(id, r);
                partial.remove(id);
            });
            return now;
        } catch (DeskException e) {
            if (e.connectionLost()) {
                goOffline();
            }
            return Optional.empty();
        }
    }

    /** True when an incident shown by window was read for the map only (read it whole before editing it). */
    public synchronized boolean isPartial(String id) {
        return byWindow && partial.contains(id);
    }

    /** The edits not yet sent, oldest first. */
    public synchronized List<PendingEdit> pending() {
        return List.copyOf(queue);
    }

    /** How many edits wait to be sent; never waits for a connection or a sync in progress. */
    public int pendingCount() {
        return pendingCount;
    }

    /** Who changed an incident and when (empty offline). */
    public synchronized List<HistoryEntry> history(String id) {
        if (desk == null) {
            return List.of();
        }
        try {
            return desk.history(id);
        } catch (DeskException e) {
            if (e.connectionLost()) {
                goOffline();
            }
            return List.of();
        }
    }

    /** The users connected with Araxes now (this one alone when offline). */
    public synchronized List<String> connectedUsers() {
        if (desk == null) {
            return List.of(url.user());
        }
        try {
            return desk.connectedUsers();
        } catch (DeskException e) {
            return List.of(url.user());
        }
    }

    /**
     * Adds or changes an incident: stored at once when online ({@link EditResult.Saved}, or a
     * {@link EditResult.Conflict}), kept in the local queue when the server is out of reach
     * ({@link EditResult.Queued}), refused for a reader.
     *
     * @param baseVersion the version of the incident the user started from, 0 for a new one
     */
    public synchronized EditResult save(Incident incident, long baseVersion) throws DeskException {
        return edit(PendingEdit.save(incident, baseVersion));
    }

    /** Deletes an incident (as {@link #save}). */
    public synchronized EditResult delete(String id, long baseVersion) throws DeskException {
        return edit(PendingEdit.delete(id, baseVersion));
    }

    private EditResult edit(PendingEdit edit) throws DeskException {
        if (edit.incident().isPresent() && isPartial(edit.id())) {
            // an incident read for the map only has no summary, actors or sources here: storing it would drop them
            return new EditResult.Refused("incident " + edit.id() + " was read for the map only; "
                    + "select it while connected so it is read whole, then edit it");
        }
        if (state == DeskState.READ_ONLY) {
            return new EditResult.Refused("user " + url.user() + " may read this desk but not edit it; "
                    + "ask the desk's owner for an editor's role");
        }
        if (desk != null && state == DeskState.ONLINE) {
            try {
                EditResult result = send(edit);
                if (result instanceof EditResult.Saved) {
                    saveCopy();
                }
                return result;
            } catch (DeskException e) {
                if (!e.connectionLost()) {
                    throw e;
                }
                goOffline();
            }
        }
        PendingEdit queued = enqueue(edit);
        try {
            copy.saveQueue(queue);
        } catch (IOException e) {
            throw new DeskException("the edit could not be kept in the local copy (" + copy.folder() + "): "
                    + e.getMessage(), false, e);
        }
        return new EditResult.Queued(queued);
    }

    /**
     * Puts an edit in the queue. A second edit of an incident already queued replaces the first and
     * keeps its base version (the server has seen neither); deleting an incident added offline
     * drops it from the queue altogether.
     */
    private PendingEdit enqueue(PendingEdit edit) {
        for (int i = 0; i < queue.size(); i++) {
            PendingEdit earlier = queue.get(i);
            if (earlier.id().equals(edit.id())) {
                if (edit.incident().isEmpty() && earlier.baseVersion() == 0) {
                    queue.remove(i);
                    pendingCount = queue.size();
                    return edit;
                }
                PendingEdit merged = new PendingEdit(edit.id(), edit.incident(), earlier.baseVersion());
                queue.set(i, merged);
                return merged;
            }
        }
        queue.add(edit);
        pendingCount = queue.size();
        return edit;
    }

    /** Sends one edit; a saved one updates the records. */
    private EditResult send(PendingEdit edit) throws DeskException {
        EditResult result = edit.incident().isPresent()
                ? desk.save(edit.incident().get(), edit.baseVersion())
                : desk.delete(edit.id(), edit.baseVersion());
        if (result instanceof EditResult.Saved saved) {
            if (saved.now().isPresent()) {
                records.put(edit.id(), saved.now().get());
                if (byWindow) {
                    window.put(edit.id(), saved.now().get());
                    partial.remove(edit.id());
                }
            } else {
                records.remove(edit.id());
                window.remove(edit.id());
            }
        }
        return result;
    }

    private void sendQueue(List<EditResult.Conflict> conflicts, List<String> refused) throws DeskException {
        while (!queue.isEmpty()) {
            PendingEdit edit = queue.get(0);
            EditResult result = send(edit);
            if (result instanceof EditResult.Conflict conflict) {
                conflicts.add(conflict);
            } else if (result instanceof EditResult.Refused refusal) {
                refused.add(edit.id() + ": " + refusal.message());
            }
            queue.remove(0);
            pendingCount = queue.size();
            try {
                copy.saveQueue(queue);
            } catch (IOException e) {
                throw new DeskException("the local queue (" + copy.folder() + ") could not be written: " + e.getMessage(),
                        false, e);
            }
        }
    }

    private void heard(DeskChange change) {
        Heard heard;
        synchronized (this) {
            if (desk == null) {
                return;
            }
            try {
                Optional<DeskRecord> now = change.deleted() ? Optional.empty() : desk.get(change.id());
                if (byWindow) {
                    // the window is read again by its view; the one changed is brought up to date now
                    if (now.isEmpty()) {
                        window.remove(change.id());
                    } else if (window.containsKey(change.id())) {
                        window.put(change.id(), now.get());
                        partial.remove(change.id());
                    }
                    saveWindow();
                } else {
                    if (now.isPresent()) {
                        records.put(change.id(), now.get());
                    } else {
                        records.remove(change.id());
                    }
                    saveCopy();
                }
                heard = new Heard(change, now);
            } catch (DeskException e) {
                if (e.connectionLost()) {
                    goOffline();
                }
                return;
            }
        }
        changeListeners.forEach(l -> l.accept(heard));
    }

    private synchronized void lost() {
        goOffline();
    }

    private void goOffline() {
        closeDesk();
        setState(DeskState.OFFLINE);
    }

    private void saveCopy() throws DeskException {
        try {
            copy.saveRecords(url, new ArrayList<>(records.values()));
        } catch (IOException e) {
            throw new DeskException("the local copy (" + copy.folder() + ") could not be written: " + e.getMessage(),
                    false, e);
        }
    }

    private void saveWindow() throws DeskException {
        try {
            copy.saveWindow(url, new ArrayList<>(window.values()));
        } catch (IOException e) {
            throw new DeskException("the local copy's window (" + copy.folder() + ") could not be written: " + e.getMessage(),
                    false, e);
        }
    }

    private void setState(DeskState now) {
        if (state != now) {
            state = now;
            stateListeners.forEach(l -> l.accept(now));
        }
    }

    private void closeDesk() {
        if (listener != null) {
            DeskListener closing = listener;
            listener = null;
            closing.close();
        }
        if (desk != null) {
            desk.close();
            desk = null;
        }
    }

    @Override
    public synchronized void close() {
        closeDesk();
        setState(DeskState.OFFLINE);
    }
}
