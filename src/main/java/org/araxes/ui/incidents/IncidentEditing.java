// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentSet;
import org.araxes.incidents.edit.EditJournal;
import org.araxes.incidents.edit.IncidentEdit;
import org.araxes.incidents.edit.SetEditor;
import org.araxes.incidents.write.IncidentWriters;
import org.araxes.ui.common.Messages;

/**
 * Writing incidents in the window: one {@link SetEditor} per edited set, the sets list of
 * {@link IncidentsViewModel} kept up to date after every edit, undo and redo across the sets in the
 * order the edits were made, saving, the sets with unsaved edits (asked about on close), recovery
 * of the journals a killed session left, and the wait for a point picked on the map. Holds no
 * nodes (the form and dialogs are the window's); use it on the FX thread.
 */
public final class IncidentEditing {

    /** The id of the set new and copied incidents go to when the user has no set of their own. */
    public static final String MY_SET_ID = "my-incidents";

    private final IncidentsViewModel incidents;
    private final Path journalFolder;
    private final Map<String, SetEditor> editors = new LinkedHashMap<>();
    /** The sets of the edits to undo (last first) and of the undone edits to redo. */
    private final Deque<String> undoOrder = new ArrayDeque<>();
    private final Deque<String> redoOrder = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<String> message = new ReadOnlyObjectWrapper<>(this, "message", "");
    private final ReadOnlyObjectWrapper<Consumer<Incident.Point>> pointWanted = new ReadOnlyObjectWrapper<>(this, "pointWanted");

    /**
     * @param incidents     the window's incidents, whose sets are edited
     * @param journalFolder where the recovery journals are written ({@code UserFolders.recoveryFolder()}), or null for none
     */
    public IncidentEditing(IncidentsViewModel incidents, Path journalFolder) {
        this.incidents = incidents;
        this.journalFolder = journalFolder;
        // a set removed takes its editor with it (its journal, if unsaved, is offered at the next start)
        incidents.sets().addListener((javafx.collections.ListChangeListener<IncidentSet>) c -> {
            if (editors.keySet().removeIf(id -> incidents.set(id) == null)) {
                refreshState();
            }
        });
    }

    /** True when there is an edit to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** True when there is an undone edit to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True when some set has unsaved edits. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The last thing done ("Added … to My incidents"), for the status bar. */
    public ReadOnlyObjectProperty<String> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The set an incident is edited in: the first editable set that shows it, if any. */
    public Optional<IncidentSet> editableSetOf(Incident incident) {
        return incidents.setsOf(incident).stream().filter(IncidentSet::editable).findFirst();
    }

    /**
     * The set new incidents and copies go to: the first editable set, or a new unsaved set
     * "My incidents" added for them when there is none.
     */
    public IncidentSet targetSet() {
        for (IncidentSet set : incidents.sets()) {
            if (set.editable()) {
                return set;
            }
        }
        return incidents.addSet(new IncidentSet(MY_SET_ID, Messages.get("edit.mySet"), null, "geojson", List.<Incident>of(),
                List.of(), true, true));
    }

    /** The editor of a set, made when first asked for. */
    public SetEditor editor(IncidentSet set) {
        if (!set.editable()) {
            throw new IllegalArgumentException(set.name() + " is read-only");
        }
        return editors.computeIfAbsent(set.id(), id -> new SetEditor(set.name(), set.source(), set.incidents(), journalFolder));
    }

    /**
     * A set kept elsewhere, whose edits are sent there at once instead of being kept for saving (a
     * shared desk, {@link DeskSetViewModel}): no undo, no journal, nothing to save.
     */
    public interface RemoteSet {
        /** Adds or changes an incident. */
        void saveRemotely(Incident incident);

        /** Deletes an incident. */
        void deleteRemotely(Incident incident);
    }

    private java.util.function.Function<IncidentSet, RemoteSet> remoteSets = set -> null;

    /** How to find the remote set of a set (null for a set of a file). */
    public void setRemoteSets(java.util.function.Function<IncidentSet, RemoteSet> finder) {
        remoteSets = finder == null ? set -> null : finder;
    }

    /** Sends an edit to the set's remote home when it has one; false for a set of a file. */
    private boolean sentRemotely(IncidentSet set, Incident incident, boolean delete, String done) {
        RemoteSet remote = remoteSets.apply(set);
        if (remote == null) {
            return false;
        }
        if (delete) {
            remote.deleteRemotely(incident);
        } else {
            remote.saveRemotely(incident);
        }
        message.set(done);
        return true;
    }

    /** Adds an incident to a set (a new one, or a copy of a read-only set's). */
    public void add(IncidentSet set, Incident incident) {
        if (sentRemotely(set, incident, false, Messages.format("edit.added", incident.title(), set.name()))) {
            return;
        }
        SetEditor editor = editor(set);
        editor.add(incident);
        edited(set, editor, Messages.format("edit.added", incident.title(), set.name()));
        incidents.selectById(incident.id());
    }

    /** Replaces an incident of a set by its edited form (same id). */
    public void change(IncidentSet set, Incident edited) {
        if (sentRemotely(set, edited, false, Messages.format("edit.changed", edited.title(), set.name()))) {
            return;
        }
        SetEditor editor = editor(set);
        editor.change(edited);
        edited(set, editor, Messages.format("edit.changed", edited.title(), set.name()));
        incidents.selectById(edited.id());
    }

    /** Deletes an incident of a set. */
    public void delete(IncidentSet set, Incident incident) {
        if (sentRemotely(set, incident, true, Messages.format("edit.deleted", incident.title(), set.name()))) {
            return;
        }
        SetEditor editor = editor(set);
        editor.delete(incident.id());
        edited(set, editor, Messages.format("edit.deleted", incident.title(), set.name()));
    }

    private void edited(IncidentSet set, SetEditor editor, String done) {
        undoOrder.push(set.id());
        redoOrder.clear();
        publish(set.id(), editor);
        message.set(editor.journalProblem() == null ? done : done + " · " + editor.journalProblem());
    }

    /** Undoes the last edit, in whichever set it was made. */
    public void undo() {
        step(undoOrder, redoOrder, true);
    }

    /** Does the last undone edit again. */
    public void redo() {
        step(redoOrder, undoOrder, false);
    }

    private void step(Deque<String> from, Deque<String> to, boolean undo) {
        while (!from.isEmpty()) {
            String setId = from.pop();
            SetEditor editor = editors.get(setId);
            if (editor == null || incidents.set(setId) == null) {
                continue; // the set was removed meanwhile
            }
            Optional<IncidentEdit> edit = undo ? editor.nextUndo() : editor.nextRedo();
            if (edit.isEmpty() || !(undo ? editor.undo() : editor.redo())) {
                continue;
            }
            to.push(setId);
            publish(setId, editor);
            message.set(Messages.format(undo ? "edit.undone" : "edit.redone", edit.get().subject().title()));
            if (!(undo && edit.get() instanceof IncidentEdit.Added) && !(!undo && edit.get() instanceof IncidentEdit.Deleted)) {
                incidents.selectById(edit.get().subject().id());
            }
            return;
        }
        refreshState();
    }

    /** Shows a set's incidents as its editor holds them now. */
    private void publish(String setId, SetEditor editor) {
        IncidentSet set = incidents.set(setId);
        if (set != null) {
            incidents.replaceSet(set, set.withIncidents(editor.incidents()));
        }
        refreshState();
    }

    private void refreshState() {
        canUndo.set(undoOrder.stream().anyMatch(id -> editors.containsKey(id) && editors.get(id).canUndo()));
        canRedo.set(redoOrder.stream().anyMatch(id -> editors.containsKey(id) && editors.get(id).canRedo()));
        dirty.set(!dirtySets().isEmpty());
    }

    /** The sets with unsaved edits, in the order listed. */
    public List<IncidentSet> dirtySets() {
        List<IncidentSet> found = new ArrayList<>();
        for (IncidentSet set : incidents.sets()) {
            SetEditor editor = editors.get(set.id());
            if (editor != null && editor.isDirty()) {
                found.add(set);
            }
        }
        return found;
    }

    /** True when a set can be saved to its own file in its own format (else it needs Save as). */
    public static boolean savesInPlace(IncidentSet set) {
        return set.source() != null && (set.format().equals("geojson") || set.format().equals("csv"));
    }

    /**
     * Saves a set to its file (atomically, in its format), or to a new file when {@code target} is
     * given (the set is then kept in that file). The journal goes once the file is written.
     *
     * @throws IOException naming the file when it cannot be written; the edits stay unsaved
     */
    public void save(IncidentSet set, Path target) throws IOException {
        SetEditor editor = editor(set);
        if (target == null) {
            editor.save(IncidentWriters::save);
        } else {
            editor.saveAs(target, IncidentWriters::save);
            IncidentSet moved = set.withSource(target.toAbsolutePath());
            incidents.replaceSet(set, moved);
            incidents.remember(target);
        }
        refreshState();
        message.set(Messages.format("edit.saved", editor.name(), editor.file().map(Path::toString).orElse("")));
    }

    /** The answer to "Save the edits before …?" about sets with unsaved edits that would go. */
    public enum Unsaved { SAVE, DONT_SAVE, CANCEL }

    /**
     * Lets sets go (the window closed, a set removed, a project's sets put in their place) only
     * once their unsaved edits are dealt with: the sets among them with unsaved edits are asked
     * about together; Save saves them, Don't save gives up their edits and journals, Cancel keeps
     * everything. Sets without unsaved edits are not asked about.
     *
     * @param sets the sets that would go
     * @param ask  asks about those of them with unsaved edits (not called when none has)
     * @param save saves those (asking for files where needed); false when not all were saved
     * @return true when the sets may go
     */
    public boolean mayLeave(List<IncidentSet> sets, Function<List<IncidentSet>, Unsaved> ask, Predicate<List<IncidentSet>> save) {
        List<IncidentSet> unsaved = dirtySets().stream().filter(d -> sets.stream().anyMatch(s -> s.id().equals(d.id()))).toList();
        if (unsaved.isEmpty()) {
            return true;
        }
        return switch (ask.apply(unsaved)) {
            case SAVE -> save.test(unsaved);
            case DONT_SAVE -> {
                discard(unsaved);
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /**
     * Removes a set, asking first when it has unsaved edits ({@link #mayLeave}).
     *
     * @return true when it was removed; false when the user kept it (or a save failed)
     */
    public boolean removeSet(IncidentSet set, Function<List<IncidentSet>, Unsaved> ask, Predicate<List<IncidentSet>> save) {
        if (!mayLeave(List.of(set), ask, save)) {
            return false;
        }
        IncidentSet now = incidents.set(set.id()); // a set saved as a new file was put in its place
        return incidents.removeSet(now == null ? set : now);
    }

    /**
     * Gives up the unsaved edits of sets that go (the user chose not to save): their editors and
     * undo steps go, and so do their journals, so nothing is recovered next time.
     */
    public void discard(List<IncidentSet> sets) {
        for (IncidentSet set : sets) {
            SetEditor editor = editors.remove(set.id());
            if (editor == null) {
                continue;
            }
            undoOrder.removeIf(set.id()::equals);
            redoOrder.removeIf(set.id()::equals);
            try {
                editor.discardJournal();
            } catch (IOException e) {
                message.set(e.getMessage());
            }
        }
        refreshState();
    }

    /** The journals a session that ended without saving left behind, and any that could not be read. */
    public EditJournal.Found journalsLeft() {
        return journalFolder == null ? new EditJournal.Found(List.of(), List.of()) : EditJournal.find(journalFolder);
    }

    /**
     * Recovers a journal's edits: its set is read from its file as it is now (or starts empty when
     * it has no file), the edits are applied again, and the set is added, unsaved.
     *
     * @return what the user should know (a cut-off edit, the file changed meanwhile…)
     */
    public List<String> recover(EditJournal.Read journal) {
        Path file = journal.header().file();
        List<Incident> onDisk = List.of();
        List<String> messages = new ArrayList<>();
        if (file != null && Files.exists(file)) {
            var read = new IncidentReader().read(file);
            onDisk = read.incidents();
            if (read.hasErrors()) {
                messages.add(Messages.format("edit.recover.fileProblems", file, String.valueOf(read.problems().size())));
            }
        } else if (file != null) {
            messages.add(Messages.format("edit.recover.fileGone", file));
        }
        SetEditor.Recovered recovered = SetEditor.recover(journal, onDisk, journalFolder);
        messages.addAll(recovered.messages());
        SetEditor editor = recovered.editor();
        IncidentSet set = file == null
                ? new IncidentSet(MY_SET_ID, editor.name(), null, "geojson", editor.incidents(), List.of(), true, true)
                : IncidentSet.opened(file, new org.araxes.incidents.IncidentResult(editor.name(), editor.incidents(), List.of()));
        IncidentSet added = incidents.addSet(set);
        editors.put(added.id(), editor);
        for (int i = 0; i < journal.entries().size(); i++) {
            undoOrder.push(added.id()); // the recovered edits can be undone like the session's own
        }
        refreshState();
        message.set(Messages.format("edit.recovered", editor.name(), journal.entries().size()));
        return messages;
    }

    /** Gives up a journal found at the start: its edits are not recovered. */
    public void discard(EditJournal.Read journal) throws IOException {
        journal.delete();
    }

    /**
     * Waits for a point on the map: the next click on the map goes to {@code receiver} instead
     * of the map (the window asks {@link #pointWantedProperty}).
     */
    public void wantPoint(Consumer<Incident.Point> receiver) {
        pointWanted.set(receiver);
    }

    /** The receiver waiting for a click on the map, or null. */
    public ReadOnlyObjectProperty<Consumer<Incident.Point>> pointWantedProperty() {
        return pointWanted.getReadOnlyProperty();
    }

    /** A point picked on the map: goes to the waiting receiver, which then waits no more. */
    public void pointPicked(double lon, double lat) {
        Consumer<Incident.Point> receiver = pointWanted.get();
        pointWanted.set(null);
        if (receiver != null) {
            receiver.accept(new Incident.Point(lon, lat));
        }
    }

    /** Stops waiting for a point. */
    public void cancelPoint() {
        pointWanted.set(null);
    }
}
