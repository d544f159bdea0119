// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.io.IOException;
import java.time.Instant;
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
        queue.addAll(copy.queue());
        pendingCount = queue.size();
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
            Desk.Loaded loaded = desk.loadAll();
            records.clear();
            loaded.records().forEach(r -> records.put(r.id(), r));
            saveCopy();
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

    /** The incidents as this user sees them: the server's (or the local copy's) with the edits not yet sent. */
    public synchronized List<DeskRecord> records() {
        Map<String, DeskRecord> shown = new LinkedHashMap<>(records);
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
            } else {
                records.remove(edit.id());
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
                if (now.isPresent()) {
                    records.put(change.id(), now.get());
                } else {
                    records.remove(change.id());
                }
                saveCopy();
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
