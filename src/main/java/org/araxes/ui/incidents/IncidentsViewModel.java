// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import org.araxes.ui.common.FileProgress;
import org.araxes.ui.common.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentCounts;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentSet;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.io.Problem;
import org.araxes.timeline.TimeWindow;

/**
 * The incidents' state: the incident sets, the store of the visible ones combined, the filters, the
 * timeline, what is visible now, the selection, the problems met loading, and recently opened files.
 * Holds no nodes: the map layer, list, details and timeline views bind to it, and tests drive it
 * without a screen.
 *
 * <p>Sets are shown side by side (decision 0021): opening a file adds a set; every visible set shares
 * the one timeline, list and filter, through one store that combines them
 * ({@link IncidentStore#combine}, made again only when the sets change, never per frame); each
 * incident's set is its store index's part ({@link #setOf(int)}). Combining takes seconds at a
 * million incidents, so {@link #open} combines the new set with the others on its reading thread and
 * the FX thread only shows that store (it combines again only when the sets changed meanwhile).
 * Hiding, editing and removing a set still combine on the FX thread: their callers read the store
 * straight after.
 */
public final class IncidentsViewModel {

    /** How many recent files are remembered. */
    public static final int MAX_RECENT = org.araxes.presentation.UserSettings.MAX_RECENT_FILES;
    /** Above this many incidents a shared desk is shown by window unless the user chose otherwise. */
    public static final int DEFAULT_WINDOW_LIMIT = org.araxes.presentation.UserSettings.DEFAULT_WINDOW_LIMIT;

    private final TimelineViewModel timeline = new TimelineViewModel();
    private final ReadOnlyObjectWrapper<IncidentStore> store = new ReadOnlyObjectWrapper<>(this, "store", IncidentStore.empty());
    private final ObservableSet<Category> categories = FXCollections.observableSet(EnumSet.allOf(Category.class));
    private final ObservableSet<Status> statuses = FXCollections.observableSet(EnumSet.allOf(Status.class));
    private final ObservableSet<Role> roles = FXCollections.observableSet(EnumSet.allOf(Role.class));
    private final ObjectProperty<String> actor = new SimpleObjectProperty<>(this, "actor");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<IncidentFilter.Near> near = new SimpleObjectProperty<>(this, "near");
    private final ReadOnlyObjectWrapper<IncidentFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", IncidentFilter.all());
    private final ReadOnlyObjectWrapper<int[]> visibleIndices = new ReadOnlyObjectWrapper<>(this, "visibleIndices", new int[0]);
    private final VisibleIncidents visible = new VisibleIncidents();
    private final ObjectProperty<Incident> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    /** The incident file being read, for the status bar's progress bar and Cancel. */
    private final FileProgress reading = new FileProgress();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty shownOnMap = new SimpleBooleanProperty(this, "shownOnMap", true);
    private final ObservableList<String> actorNames = FXCollections.observableArrayList();
    private final ObservableList<IncidentSet> setList = FXCollections.observableArrayList();
    private final ObservableList<IncidentSet> sets = FXCollections.unmodifiableObservableList(setList);
    /** The visible sets in the order they are combined: a store index's part is its position here. */
    private List<IncidentSet> shownSets = List.of();
    /**
     * The sets shown by window (a shared desk above the user's limit, decision 0029), by id, with
     * the counts the timeline takes for them: such a set holds only the incidents of the window
     * and area in view, already filtered by its server.
     */
    private final Map<String, IncidentCounts> byWindow = new java.util.HashMap<>();
    private final ReadOnlyObjectWrapper<IncidentCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            IncidentCounts.of(IncidentStore.empty()));
    private final javafx.beans.property.IntegerProperty windowLimit = new javafx.beans.property.SimpleIntegerProperty(
            this, "windowLimit", DEFAULT_WINDOW_LIMIT);
    private final ObjectProperty<org.locationtech.jts.geom.Envelope> area = new SimpleObjectProperty<>(this, "area");

    /** Combines the visible sets' stores (a column copy, a sort and an index: seconds at a million). */
    private final Function<List<IncidentStore>, IncidentStore> combiner;

    public IncidentsViewModel() {
        this(IncidentStore::combine);
    }

    /** A view-model combining the sets' stores with this (a test sees where each combine runs). */
    IncidentsViewModel(Function<List<IncidentStore>, IncidentStore> combiner) {
        this.combiner = combiner;
        Observable[] filterInputs = {categories, statuses, roles, actor, search, near};
        for (Observable input : filterInputs) {
            input.addListener(o -> filter.set(new IncidentFilter(categories, statuses, roles,
                    actor.get() == null ? Set.of() : Set.of(actor.get()), search.get(), near.get())));
        }
        filter.addListener(o -> refresh());
        timeline.windowProperty().addListener(o -> refresh());
        timeline.setStepping(day -> counts.get().previousStart(day, filter.get()),
                day -> counts.get().nextStart(day, filter.get()));
        refresh();
    }

    /** The timeline. */
    public TimelineViewModel timeline() {
        return timeline;
    }

    /**
     * What the timeline counts: the span, the histogram and the next or previous incident of the
     * sets shown — from their stores, and for a set shown by window from its server's aggregate.
     */
    public ReadOnlyObjectProperty<IncidentCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public IncidentCounts counts() {
        return counts.get();
    }

    /**
     * Above how many incidents a shared desk is shown by window: the map, list and timeline ask
     * its server for the days and area in view rather than holding the whole set (kept in the
     * settings; at least 1).
     */
    public javafx.beans.property.IntegerProperty windowLimitProperty() {
        return windowLimit;
    }

    /** The map's area in view (degrees; null before the map is shown): what a set shown by window asks its server for. */
    public ObjectProperty<org.locationtech.jts.geom.Envelope> areaProperty() {
        return area;
    }

    /**
     * Shows a set by window, or whole again: while {@code setCounts} is given, the set's store is
     * taken to hold just the incidents its server found for the window, area and filter in view
     * (shown as they are, not filtered again, but for the distance filter, which the server does
     * not test), and the timeline counts it from {@code setCounts}. Null shows the set whole again.
     * The set's id; a set not (yet) listed is shown by window once it is.
     */
    public void showByWindow(String setId, IncidentCounts setCounts) {
        if (setCounts == null) {
            byWindow.remove(setId);
        } else {
            byWindow.put(setId, setCounts);
        }
        boolean wasEmpty = counts.get().size() == 0;
        counts.set(counts(store.get(), shownSets));
        showSpan(wasEmpty);
        refresh();
    }

    /** The span the timeline was last given. */
    private TimeWindow shownSpan;

    /**
     * Gives the timeline the counts' span (the store's when none). With a set shown by window the
     * same span is not given again: each window read replaces that set, and giving the span resets
     * the timeline's zoom.
     */
    private void showSpan(boolean toEnd) {
        TimeWindow span = counts.get().span() != null ? counts.get().span() : store.get().span();
        if (toEnd || byWindow.isEmpty() || !span.equals(shownSpan)) {
            timeline.setSpan(span, toEnd);
        }
        shownSpan = span;
    }

    /** True when a set is shown by window. */
    public boolean shownByWindow(String setId) {
        return byWindow.containsKey(setId);
    }

    /** The timeline's counts: the combined store's when no set is shown by window, else each set's summed. */
    private IncidentCounts counts(IncidentStore combined, List<IncidentSet> shown) {
        if (shown.stream().noneMatch(set -> byWindow.containsKey(set.id()))) {
            return IncidentCounts.of(combined);
        }
        return IncidentCounts.sum(shown.stream().map(set -> byWindow.getOrDefault(set.id(), IncidentCounts.of(set.store())))
                .toList());
    }

    /** The incidents loaded now. */
    public ReadOnlyObjectProperty<IncidentStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public IncidentStore store() {
        return store.get();
    }

    /** Categories shown (a legend check box per category). */
    public ObservableSet<Category> categories() {
        return categories;
    }

    /** Statuses shown. */
    public ObservableSet<Status> statuses() {
        return statuses;
    }

    /** Roles shown: primary, background or both. */
    public ObservableSet<Role> roles() {
        return roles;
    }

    /** The one actor incidents must involve, or null for any actor. */
    public ObjectProperty<String> actorProperty() {
        return actor;
    }

    /** Every actor in the data, by name. */
    public ObservableList<String> actorNames() {
        return actorNames;
    }

    /** Text searched in titles, summaries, places, actors and quotes. */
    public StringProperty searchProperty() {
        return search;
    }

    /** "Within N km of the Aras / a corridor", or null for no distance limit (see ProximityViewModel). */
    public ObjectProperty<IncidentFilter.Near> nearProperty() {
        return near;
    }

    /** The filter the settings above make. */
    public ReadOnlyObjectProperty<IncidentFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Indices into the store of the incidents shown now (in the window and passing the filter). */
    public ReadOnlyObjectProperty<int[]> visibleIndicesProperty() {
        return visibleIndices.getReadOnlyProperty();
    }

    /** The incidents shown now, in chronological order. */
    public ObservableList<Incident> visible() {
        return visible;
    }

    /** The selected incident, or null. */
    public ObjectProperty<Incident> selectedProperty() {
        return selected;
    }

    /** Selects an incident (null clears the selection). */
    public void select(Incident incident) {
        selected.set(incident);
    }

    /** "N of M incidents shown". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Problems met loading the incident files. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Files opened recently, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent;
    }

    /** True while a file is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return reading.loadingProperty();
    }

    /** How much of the file being read has been read, 0 to 1 (by bytes). */
    public ReadOnlyDoubleProperty progressProperty() {
        return reading.progressProperty();
    }

    /** The incident file being read: its progress bar and Cancel for the status bar. */
    public FileProgress fileProgress() {
        return reading;
    }

    /**
     * Stops reading the file being opened: the read ends at its next block, the incidents shown
     * stay as they were, and the message says the opening was cancelled. Nothing if none is read.
     */
    public void cancelLoading() {
        if (reading.cancel()) {
            message.set(Messages.get("incidents.cancelling"));
        }
    }

    /** The last message about loading ("Opened x.csv: 12 incidents, 2 problems"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the incidents are drawn on the map. */
    public BooleanProperty shownOnMapProperty() {
        return shownOnMap;
    }

    /**
     * Shows the incidents of a read result in place of every set, as the one bundled set; the
     * timeline spans the data and stands at its end.
     */
    public void load(IncidentResult result) {
        load(List.of(result));
    }

    /**
     * Shows the incidents of several read results (the atlas's incident layers) in place of every
     * set: one bundled set each, not editable, with no file of its own.
     */
    public void load(List<IncidentResult> results) {
        change(bundledSets(results), true);
    }

    /** The bundled sets of read results: ids {@value #BUNDLED_ID}, {@code bundled-2}…, named after their files. */
    public static List<IncidentSet> bundledSets(List<IncidentResult> results) {
        List<IncidentSet> bundled = new ArrayList<>();
        for (IncidentResult result : results) {
            String title = result.fileName().isEmpty() ? Messages.get("sets.bundled") : result.fileName();
            bundled.add(IncidentSet.bundled(uniqueId(BUNDLED_ID, bundled), title, result));
        }
        return bundled;
    }

    /**
     * Puts these sets in place of all (a project opened), their ids made unique in the order given;
     * the timeline spans them and stands at their end.
     */
    public void setSets(List<IncidentSet> sets) {
        List<IncidentSet> next = new ArrayList<>();
        for (IncidentSet set : sets) {
            String id = uniqueId(set.id(), next);
            next.add(id.equals(set.id()) ? set : set.withId(id));
        }
        change(next, true);
    }

    private java.util.function.Function<Incident, java.util.concurrent.CompletableFuture<List<String>>> history =
            incident -> java.util.concurrent.CompletableFuture.completedFuture(List.of());

    /**
     * Where the details panel finds "who changed this and when" (a shared desk's history, read off
     * the JavaFX thread); none by default.
     */
    public void setHistorySource(java.util.function.Function<Incident, java.util.concurrent.CompletableFuture<List<String>>> source) {
        history = source == null ? incident -> java.util.concurrent.CompletableFuture.completedFuture(List.of()) : source;
    }

    /**
     * The history lines of an incident, oldest first, when read (empty for an incident of a file);
     * the future completes on whichever thread read them: hand the result to the JavaFX thread.
     */
    public java.util.concurrent.CompletableFuture<List<String>> history(Incident incident) {
        return incident == null ? java.util.concurrent.CompletableFuture.completedFuture(List.of()) : history.apply(incident);
    }

    /** The id of the first bundled set. */
    public static final String BUNDLED_ID = "bundled";

    /** The incident sets, in the order listed (read-only: change them with the commands below). */
    public ObservableList<IncidentSet> sets() {
        return sets;
    }

    /**
     * Adds a set after the others; when its id is taken it is added under the id with a number
     * ({@code "a.csv-2"}). The timeline spans the data and stands at its end, so the new set's
     * latest incidents show.
     *
     * @return the set as added (with its id)
     */
    public IncidentSet addSet(IncidentSet set) {
        return addSet(set, null);
    }

    /** {@link #addSet(IncidentSet)} showing a store combined beforehand, or combining here when null. */
    private IncidentSet addSet(IncidentSet set, IncidentStore combined) {
        String id = uniqueId(set.id(), setList);
        IncidentSet added = id.equals(set.id()) ? set : set.withId(id);
        List<IncidentSet> next = new ArrayList<>(setList);
        next.add(added);
        change(next, true, combined);
        return added;
    }

    /**
     * Puts a set in another's place (hidden, shown, edited, saved, reloaded); the time shown stays.
     *
     * @return false, changing nothing, when {@code old} is not among the sets
     * @throws IllegalArgumentException when {@code now}'s id is another set's
     */
    public boolean replaceSet(IncidentSet old, IncidentSet now) {
        int at = setList.indexOf(old);
        if (at < 0) {
            return false;
        }
        for (IncidentSet other : setList) {
            if (other != old && other.id().equals(now.id())) {
                throw new IllegalArgumentException("the id " + now.id() + " is another set's");
            }
        }
        List<IncidentSet> next = new ArrayList<>(setList);
        next.set(at, now);
        change(next, false);
        return true;
    }

    /** Shows or hides a set; false when it is not among the sets. */
    public boolean setVisible(IncidentSet set, boolean visible) {
        return set.visible() == visible || replaceSet(set, set.withVisible(visible));
    }

    /** Removes a set; the time shown stays. False when it is not among the sets. */
    public boolean removeSet(IncidentSet set) {
        List<IncidentSet> next = new ArrayList<>(setList);
        if (!next.remove(set)) {
            return false;
        }
        change(next, false);
        return true;
    }

    /** The set with an id, or null. */
    public IncidentSet set(String id) {
        return setList.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The set of the incident at an index of {@link #store()}. */
    public IncidentSet setOf(int storeIndex) {
        return shownSets.get(store.get().part(storeIndex));
    }

    /** The set of the incident at a position of {@link #visible()}. */
    public IncidentSet setOfVisible(int position) {
        return setOf(visible.storeIndex(position));
    }

    /**
     * The visible sets holding an incident (the same id and fields), in the order listed: one as a
     * rule, more when sets hold the very same incident; none when it is not shown.
     */
    public List<IncidentSet> setsOf(Incident incident) {
        if (incident == null) {
            return List.of();
        }
        IncidentStore s = store.get();
        List<IncidentSet> found = new ArrayList<>();
        for (int index : s.indicesOf(incident.id())) {
            IncidentSet set = setOf(index);
            if (!found.contains(set) && s.get(index).equals(incident)) {
                found.add(set);
            }
        }
        return found;
    }

    private static String uniqueId(String id, List<IncidentSet> taken) {
        String candidate = id;
        for (int n = 2; ; n++) {
            String tried = candidate;
            if (taken.stream().noneMatch(s -> s.id().equals(tried))) {
                return candidate;
            }
            candidate = id + "-" + n;
        }
    }

    /**
     * Makes a list the sets: shows the visible ones combined, with every set's problems, then
     * lists them, so that whoever follows the sets finds the store made of them. The selection
     * stays when it is still shown.
     *
     * @param toEnd whether the timeline goes to the data's end (a set added) or keeps its day
     */
    private void change(List<IncidentSet> next, boolean toEnd) {
        change(next, toEnd, null);
    }

    /**
     * {@link #change(List, boolean)} showing {@code combined}, the store of {@code next}'s visible
     * sets combined beforehand off the FX thread, or combining them here when null.
     */
    private void change(List<IncidentSet> next, boolean toEnd, IncidentStore combined) {
        List<IncidentSet> shown = next.stream().filter(IncidentSet::visible).toList();
        List<Problem> found = new ArrayList<>();
        next.forEach(set -> found.addAll(set.problems()));
        IncidentStore loaded = combined != null ? combined : combined(shown);
        shownSets = shown;
        problems.setAll(found);
        actorNames.setAll(loaded.actors().keySet());
        if (actor.get() != null && !loaded.actors().containsKey(actor.get())) {
            actor.set(null);
        }
        store.set(loaded);
        counts.set(counts(loaded, shown));
        if (toEnd || counts.get().span() != null) {
            showSpan(toEnd);
        }
        refresh();
        setList.setAll(next);
        // the search index, made off the FX thread (the common pool's daemon threads) before the first search
        java.util.concurrent.CompletableFuture.runAsync(loaded::prepareSearch);
    }

    /** The store of the visible sets, in order: one set's as it is, several combined (slow when big). */
    private IncidentStore combined(List<IncidentSet> shown) {
        return shown.isEmpty() ? IncidentStore.empty() : combiner.apply(shown.stream().map(IncidentSet::store).toList());
    }

    /** A file read and its set, with the store it makes beside the sets there were when it was opened. */
    private record Opened(IncidentResult result, IncidentSet set, List<IncidentSet> before, IncidentStore combined) {
    }

    /**
     * Reads a file off the FX thread and adds it as a set when done; the result also goes to a callback
     * (on the FX thread) so the window can report it. While it reads, {@link #loadingProperty} is
     * true and {@link #progressProperty} follows the bytes read; {@link #cancelLoading} stops it.
     */
    public CompletableFuture<IncidentResult> open(Path file, Executor executor, Consumer<IncidentResult> done) {
        AtomicBoolean cancelled = reading.start(); // a newer file replaces one still being read
        message.set(Messages.format("incidents.reading", file.getFileName()));
        // Read and index on the background thread (the reader fills the store as it goes): a big
        // file takes a while and must not freeze the window; only the finished store is handed
        // to the FX thread.
        // The sets as they are now (read on the FX thread): the new set's store is combined with
        // theirs on the background thread too, and used if the sets are still these when it is added.
        List<IncidentSet> before = List.copyOf(setList);
        CompletableFuture<Opened> work = CompletableFuture.supplyAsync(() -> {
            IncidentResult result = read(file, cancelled);
            IncidentSet set = IncidentSet.opened(file, result);
            if (cancelled.get()) {
                return new Opened(result, set, before, null);
            }
            List<IncidentSet> next = new ArrayList<>(before);
            next.add(set);
            return new Opened(result, set, before, combined(next.stream().filter(IncidentSet::visible).toList()));
        }, executor);
        return work.whenComplete((opened, error) -> Platform.runLater(() -> {
                    if (!reading.finish(cancelled)) {
                        return; // replaced by a newer open, which reports for itself
                    }
                    if (cancelled.get()) {
                        message.set(Messages.format("incidents.cancelled", file.getFileName()));
                        return;
                    }
                    if (error != null) {
                        message.set(Messages.format("incidents.readFailed", file.getFileName(), error.getMessage()));
                        return;
                    }
                    // the sets changed while it read (one hidden, edited, another added): combine them again here
                    addSet(opened.set(), setList.equals(opened.before()) ? opened.combined() : null);
                    reported(file, opened.result());
                    if (done != null) {
                        done.accept(opened.result());
                    }
                })).thenApply(Opened::result);
    }

    /** Reads a file on the calling (background) thread, telling the FX thread how far it is. */
    private IncidentResult read(Path file, AtomicBoolean cancelled) {
        return new IncidentReader().read(file, reading.stream(file, cancelled));
    }

    /**
     * Adds a file's read result as a set and remembers the file (what {@link #open} does once
     * read). A file with no good incidents adds a set holding only its problems.
     *
     * @return the set as added
     */
    public IncidentSet opened(Path file, IncidentResult result) {
        IncidentSet added = addSet(IncidentSet.opened(file, result));
        reported(file, result);
        return added;
    }

    /** Remembers an opened file and says in the status line what it held. */
    private void reported(Path file, IncidentResult result) {
        remember(file);
        int n = result.problems().size();
        message.set(Messages.format("incidents.opened", result.fileName(), result.incidents().size())
                + (n == 0 ? "" : Messages.format("incidents.opened.problems", n)));
    }

    /** Puts a file first in the recent files. */
    public void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        if (recent.size() > MAX_RECENT) {
            recent.remove(MAX_RECENT, recent.size());
        }
    }

    private void refresh() {
        IncidentStore s = store.get();
        TimeWindow window = timeline.getWindow();
        int[] indices = window == null ? new int[0] : visible(s, window);
        visibleIndices.set(indices);
        visible.show(s, indices);
        count.set(Messages.format("incidents.count", indices.length, counts.get().size()));
        Incident sel = selected.get();
        if (sel != null && !visible.contains(sel)) {
            selected.set(null);
        }
    }

    /**
     * The incidents of a store in a window passing the filter; a set shown by window's incidents
     * as its server found them (only the distance filter tested here).
     */
    private int[] visible(IncidentStore s, TimeWindow window) {
        int[] filtered = s.visible(window, filter.get());
        List<Integer> windowParts = new ArrayList<>();
        for (int part = 0; part < shownSets.size(); part++) {
            if (byWindow.containsKey(shownSets.get(part).id())) {
                windowParts.add(part);
            }
        }
        if (windowParts.isEmpty()) {
            return filtered;
        }
        int[] asFound = s.visible(window, IncidentFilter.all().withNear(filter.get().near()));
        int[] merged = new int[filtered.length + asFound.length];
        int n = 0;
        for (int index : filtered) {
            if (!windowParts.contains(s.part(index))) {
                merged[n++] = index;
            }
        }
        for (int index : asFound) {
            if (windowParts.contains(s.part(index))) {
                merged[n++] = index;
            }
        }
        java.util.Arrays.sort(merged, 0, n);
        return java.util.Arrays.copyOf(merged, n);
    }

    /** Selects the incident with an id if it is shown now; true if it is. */
    public boolean selectById(String id) {
        IncidentStore s = store.get();
        int index = s.indexOf(id);
        if (index >= 0 && java.util.Arrays.binarySearch(visibleIndices.get(), index) >= 0) {
            selected.set(s.get(index));
            return true;
        }
        return false;
    }

    /** Count of incidents per actor, for the actor chooser. */
    public Map<String, Integer> actorCounts() {
        return store.get().actors();
    }
}
