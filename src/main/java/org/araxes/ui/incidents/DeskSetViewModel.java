// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.araxes.desk.Desk;
import org.araxes.desk.DeskClient;
import org.araxes.desk.DeskCounts;
import org.araxes.desk.DeskException;
import org.araxes.desk.DeskRecord;
import org.araxes.desk.DeskState;
import org.araxes.desk.EditResult;
import org.araxes.desk.HistoryEntry;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentCounts;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentStore;
import org.araxes.timeline.TimeWindow;
import org.locationtech.jts.geom.Envelope;
import java.util.concurrent.TimeUnit;
import org.araxes.incidents.IncidentSet;
import org.araxes.ui.common.Messages;

/**
 * One shared desk shown as an incident set: connects in the background, puts the desk's incidents
 * in the incidents view-model as a set (name, who is connected; editable unless the user may only
 * read), replaces that set when another user changes an incident (keeping the selection), and
 * gives the status line the desk's state and the conflicts found when edits made offline are sent.
 * No nodes; every change to JavaFX state happens on the JavaFX thread ({@code fx}).
 */
public final class DeskSetViewModel implements AutoCloseable, IncidentEditing.RemoteSet {

    /** The set's format, as the sets panel shows it. */
    public static final String FORMAT = "postgresql";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final IncidentsViewModel incidents;
    private final DeskClient client;
    private final Executor background;
    private final Consumer<Runnable> fx;
    private final ReadOnlyObjectWrapper<DeskState> state = new ReadOnlyObjectWrapper<>(DeskState.OFFLINE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<EditResult.Conflict> conflicts = FXCollections.observableArrayList();
    private IncidentSet shown;
    /** The last refresh asked for; an older one not yet started is skipped and one that ends later is dropped (newest wins). */
    private final java.util.concurrent.atomic.AtomicLong refreshes = new java.util.concurrent.atomic.AtomicLong();
    /** By window: the timeline's counts last read, and whether they must be read again (the filter or the desk changed). */
    private DeskCounts counts;
    private boolean countsStale = true;
    /** By window: what the status line adds ("showing … of … in view"). */
    private String windowText = "";
    /** The version of each incident shown, which an edit starts from. */
    private final java.util.Map<String, Long> versions = new java.util.HashMap<>();

    /**
     * @param incidents  where the desk's set goes
     * @param client     the desk (not yet connected)
     * @param background runs the network work
     * @param fx         runs a task on the JavaFX thread ({@code Platform::runLater}; tests may run it at once)
     */
    public DeskSetViewModel(IncidentsViewModel incidents, DeskClient client, Executor background, Consumer<Runnable> fx) {
        this.incidents = incidents;
        this.client = client;
        this.background = background;
        this.fx = fx;
        client.onState(now -> fx.accept(() -> {
            countsStale = true; // online again (or gone): the timeline's counts from the server, or from what is held
            state.set(now);
            status.set(statusText(now));
            refresh();
        }));
        client.onHeard(heard -> fx.accept(() -> {
            countsStale = true;
            refresh();
        }));
        // by window: the days, the area or the filter in view changed (a drag asks many times: only the last is read)
        incidents.timeline().windowProperty().addListener(o -> refreshWindow(false));
        incidents.areaProperty().addListener(o -> refreshWindow(false));
        incidents.filterProperty().addListener(o -> refreshWindow(true));
        incidents.selectedProperty().addListener((o, old, now) -> readWhole(now));
    }

    /** How many incidents of a window are drawn at most; more in view are counted and the status line says so. */
    public static final int MAX_DRAWN = 100_000;
    /** How many incidents of a window are read at most ({@link #MAX_DRAWN}; lower in tests). */
    private volatile int drawnAtMost = MAX_DRAWN;
    /** How long a window change waits for the next before it is read (a drag, a played timeline). */
    static final long DEBOUNCE_MS = 120;
    /** The longest a stream of window changes (a played timeline) goes without a read. */
    static final long MAX_STALE_MS = 400;
    /** When the last read started (network thread). */
    private volatile long lastRead = System.nanoTime();
    /** The newest refresh shown (JavaFX thread). */
    private long shownRequest;
    /** Closed: nothing more is read or shown. */
    private volatile boolean closed;

    /** For tests: draws at most this many incidents of a window (a few thousand stand for a million). */
    void drawAtMost(int incidents) {
        drawnAtMost = incidents;
    }

    private void refreshWindow(boolean filterChanged) {
        if (shown != null && !closed && client.byWindow()) {
            countsStale |= filterChanged;
            refresh();
        }
    }

    /** By window: an incident selected that was read for the map only is read whole (an edit starts from it). */
    private void readWhole(Incident selected) {
        if (selected == null || !client.byWindow() || !client.isPartial(selected.id()) || !shows(selected)) {
            return;
        }
        String id = selected.id();
        CompletableFuture.supplyAsync(() -> client.readWhole(id), background)
                .whenComplete((whole, failure) -> fx.accept(() -> {
                    if (failure == null && whole.isPresent()) {
                        refresh();
                    }
                }));
    }

    /** For the window: JavaFX's own thread hand-over. */
    public DeskSetViewModel(IncidentsViewModel incidents, DeskClient client, Executor background) {
        this(incidents, client, background, Platform::runLater);
    }

    public ReadOnlyObjectProperty<DeskState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Shared desk newsroom: online (ana, bob)" and the like, for the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Conflicts waiting for the user to choose what to keep. */
    public ObservableList<EditResult.Conflict> conflicts() {
        return conflicts;
    }

    public DeskClient client() {
        return client;
    }

    /**
     * Connects (or reconnects) in the background; the set appears (or is brought up to date) when
     * done. The future fails with the desk's plain message when the server refused.
     */
    public CompletableFuture<DeskClient.Sync> connect() {
        client.setWindowLimit(Math.max(1, incidents.windowLimitProperty().get()));
        countsStale = true;
        CompletableFuture<DeskClient.Sync> shownAfter = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return client.connect();
            } catch (DeskException e) {
                throw new java.util.concurrent.CompletionException(e.getMessage(), e);
            }
        }, background).whenComplete((sync, failure) -> fx.accept(() -> {
            if (failure != null) {
                status.set(Messages.format("desk.status.failed", client.url().database(), rootMessage(failure)));
                shownAfter.completeExceptionally(failure);
                return;
            }
            state.set(sync.state());
            status.set(statusText(sync.state()) + (sync.message().isEmpty() ? "" : " — " + sync.message()));
            conflicts.addAll(sync.conflicts());
            refresh().whenComplete((shown, notShown) -> shownAfter.complete(sync));
        }));
        return shownAfter;
    }

    /**
     * Keeps one side of a conflict: the user's (stored over the version in the database now, so a
     * conflict again only if it changed once more) or the other's (the user's dropped).
     */
    public CompletableFuture<EditResult> resolve(EditResult.Conflict conflict, boolean keepMine) {
        conflicts.remove(conflict);
        if (!keepMine) {
            return CompletableFuture.completedFuture(new EditResult.Saved(conflict.theirs()));
        }
        long version = conflict.theirs().map(DeskRecord::version).orElse(0L);
        return send(() -> conflict.mine().isPresent() ? client.save(conflict.mine().get(), version)
                : client.delete(conflict.id(), version));
    }

    /**
     * Adds an incident to the desk, or changes one (same id) from the version this window shows:
     * stored, or kept in the local queue when offline, or a conflict added to {@link #conflicts()}
     * (shown side by side) when someone changed it meanwhile; a refusal goes to the status line.
     */
    public CompletableFuture<EditResult> save(Incident incident) {
        long base = versions.getOrDefault(incident.id(), 0L);
        return send(() -> client.save(incident, base));
    }

    @Override
    public void saveRemotely(Incident incident) {
        save(incident);
    }

    @Override
    public void deleteRemotely(Incident incident) {
        delete(incident);
    }

    /** Deletes an incident from the version this window shows (as {@link #save}). */
    public CompletableFuture<EditResult> delete(Incident incident) {
        long base = versions.getOrDefault(incident.id(), 0L);
        return send(() -> client.delete(incident.id(), base));
    }

    private interface Edit {
        EditResult run() throws DeskException;
    }

    private CompletableFuture<EditResult> send(Edit edit) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return edit.run();
            } catch (DeskException e) {
                return (EditResult) new EditResult.Refused(e.getMessage());
            }
        }, background).whenComplete((result, failure) -> fx.accept(() -> {
            if (result instanceof EditResult.Saved saved) {
                // the next edit starts from this version, even before the set is shown again
                saved.now().ifPresent(now -> versions.put(now.id(), now.version()));
            }
            if (result instanceof EditResult.Conflict conflict) {
                conflicts.add(conflict);
            } else if (result instanceof EditResult.Refused refused) {
                status.set(refused.message());
            } else if (result instanceof EditResult.Queued) {
                status.set(statusText(state.get()));
            }
            refresh();
        }));
    }

    /** True when the incident is one of this desk's set as shown. Call on the JavaFX thread. */
    public boolean shows(Incident incident) {
        return shown != null && incident != null && incidents.setsOf(incident).contains(shown);
    }

    /**
     * The incident's history as lines for the details panel ("3 · update by ana, 6 Dec 2026 18:40"),
     * or none for an incident not of this desk: read on the background executor, never on the
     * caller's (JavaFX) thread, so a slow link does not freeze selection. Call on the JavaFX thread.
     */
    public CompletableFuture<List<String>> history(Incident incident) {
        if (!shows(incident)) {
            return CompletableFuture.completedFuture(List.of());
        }
        String id = incident.id();
        return CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            for (HistoryEntry entry : client.history(id)) {
                lines.add(Messages.format("desk.history.line", entry.version(), Messages.get("desk.history." + entry.operation()),
                        entry.by(), WHEN.format(entry.at())));
            }
            return lines;
        }, background);
    }

    /** The set as shown now, or null before the first connection. */
    public IncidentSet set() {
        return shown;
    }

    /** What the set shows, read together on the background executor (by window: the window's count and the timeline's counts too). */
    private record Snapshot(List<DeskRecord> records, List<String> users, boolean byWindow, DeskClient.WindowRead read,
                            java.util.Optional<DeskCounts> counts) {
    }

    /** What a window read asks for, taken on the JavaFX thread. */
    private record Asked(java.time.LocalDate from, java.time.LocalDate to, Desk.Area area, IncidentFilter filter,
                         boolean withCounts) {
    }

    private Asked asked() {
        TimeWindow window = incidents.timeline().getWindow();
        Envelope e = incidents.areaProperty().get();
        Desk.Area area = e == null || e.isNull() ? null : new Desk.Area(Math.max(-180, e.getMinX()), Math.max(-90, e.getMinY()),
                Math.min(180, e.getMaxX()), Math.min(90, e.getMaxY()));
        return new Asked(window == null ? null : java.time.LocalDate.ofEpochDay(window.startDay()),
                window == null ? null : java.time.LocalDate.ofEpochDay(window.endDay()), area,
                incidents.filterProperty().get(), countsStale);
    }

    /**
     * Reads the desk's incidents and who is connected on the background executor (the client waits
     * for any sync in progress, and who is connected is a query: neither may hold the JavaFX
     * thread), then shows them. A refresh with a newer one asked after it is skipped before it is
     * read (unless nothing was read for {@link #MAX_STALE_MS}, so a played timeline still moves),
     * and a read is never shown over a newer one.
     */
    private CompletableFuture<Void> refresh() {
        long request = refreshes.incrementAndGet();
        Asked asked = asked();
        CompletableFuture<Void> done = new CompletableFuture<>();
        // by window, a moment's wait: a drag or a played timeline asks again at once, and only the last is read
        Executor after = client.byWindow() ? CompletableFuture.delayedExecutor(DEBOUNCE_MS, TimeUnit.MILLISECONDS, background)
                : background;
        CompletableFuture.supplyAsync(() -> {
            if (request != refreshes.get() && System.nanoTime() - lastRead < MAX_STALE_MS * 1_000_000L) {
                return null; // a newer one follows
            }
            lastRead = System.nanoTime();
            return read(asked);
        }, after).whenComplete((snapshot, failure) -> fx.accept(() -> {
                    if (failure == null && snapshot != null && request > shownRequest && !closed) {
                        shownRequest = request;
                        show(snapshot);
                    } else if (failure != null && request == refreshes.get()) {
                        status.set(Messages.format("desk.status.failed", client.url().database(), rootMessage(failure)));
                    }
                    done.complete(null);
                }));
        return done;
    }

    /** Reads what the set shows, on the background executor: the whole set, or by window the window asked for. */
    private Snapshot read(Asked asked) {
        List<String> users = client.connectedUsers();
        if (!client.byWindow()) {
            return new Snapshot(client.records(), users, false, null, java.util.Optional.empty());
        }
        DeskClient.WindowRead window;
        try {
            window = client.readWindow(asked.from(), asked.to(), asked.area(), asked.filter(), drawnAtMost);
        } catch (DeskException e) {
            throw new java.util.concurrent.CompletionException(e.getMessage(), e);
        }
        // offline, the counts of what is held (cheap, and the timeline needs a span to move on)
        java.util.Optional<DeskCounts> read = asked.withCounts() || window.offline() ? client.counts(asked.filter())
                : java.util.Optional.empty();
        return new Snapshot(window.records(), users, true, window, read);
    }

    /** Puts the desk's incidents in the set list, in the old set's place, keeping the selected incident selected. */
    private void show(Snapshot snapshot) {
        List<DeskRecord> records = snapshot.records();
        List<String> users = snapshot.users();
        versions.clear();
        records.forEach(r -> versions.put(r.id(), r.version()));
        List<Incident> list = records.stream().map(DeskRecord::incident).toList();
        String id = shown == null ? "desk:" + client.url().database() : shown.id();
        if (snapshot.byWindow()) {
            snapshot.counts().ifPresent(read -> {
                counts = read;
                countsStale = false;
            });
            DeskClient.WindowRead window = snapshot.read();
            windowText = window.offline() ? Messages.format("desk.window.offline", window.records().size())
                    : window.inView() > window.records().size()
                    ? Messages.format("desk.window.capped", window.records().size(), window.inView())
                    : Messages.format("desk.window.online", window.inView(), client.total());
            // before the set is listed, so the timeline counts it from the server from the start
            incidents.showByWindow(id, counts != null ? counts : IncidentCounts.of(new IncidentStore(list)));
            status.set(statusText(state.get()));
        } else {
            windowText = "";
            if (incidents.shownByWindow(id)) {
                incidents.showByWindow(id, null);
            }
        }
        String name = Messages.format("desk.set.name", client.name(), String.join(", ", users));
        boolean editable = state.get() != DeskState.READ_ONLY;
        IncidentSet now = new IncidentSet(id, name, null,
                FORMAT, list, List.of(), shown == null || shown.visible(), editable);
        Incident selected = incidents.selectedProperty().get();
        if (shown == null) {
            shown = incidents.addSet(now);
            if (snapshot.byWindow()) {
                refresh(); // adding the set moved the timeline to the desk's end: read the window now in view
            }
        } else if (incidents.replaceSet(shown, now)) {
            shown = now;
        } else {
            return; // the user removed the set
        }
        if (selected != null && !incidents.selectById(selected.id())) {
            incidents.select(null);
        }
    }

    private String statusText(DeskState now) {
        return Messages.format("desk.status." + now.name().toLowerCase(Locale.ROOT), client.name(), client.pendingCount())
                + windowText;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof DeskException)) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        closed = true;
        client.close();
    }
}
