// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.araxes.incidents.Incident;

/**
 * The edits of one incident set: add, change and delete, each one undo step; redo, cleared by a new
 * edit; whether there are unsaved edits; the recovery journal every edit goes to first; and saving.
 *
 * <p>Every edit (and every undo and redo, as the edit it makes) is written to the set's
 * {@link EditJournal} and forced to disk before it returns, so a forced kill loses nothing: the
 * next start finds the journal ({@link EditJournal#find}) and {@link #recover} re-applies it. The
 * journal goes when the set is saved or the edits are discarded. An edit whose journal line could
 * not be written is still made; {@link #journalProblem()} says why it is not kept for recovery.
 *
 * <p>Not thread-safe: use it from one thread (the FX thread in the app).
 */
public final class SetEditor {

    /** Writes a set's incidents to its file, atomically, in the file's format. */
    @FunctionalInterface
    public interface Saver {
        void save(Path file, List<Incident> incidents) throws IOException;
    }

    /** Order of a set's incidents as the bundled file keeps them: by start date, then id. */
    static final Comparator<Incident> FILE_ORDER = Comparator.comparing((Incident i) -> i.date().start())
            .thenComparing(Incident::id);

    private final String name;
    private Path file;
    private final List<Incident> incidents;
    private final Deque<IncidentEdit> undo = new ArrayDeque<>();
    private final Deque<IncidentEdit> redo = new ArrayDeque<>();
    /** The number of undo steps at the last save, or -1 when that state cannot be reached by undo or redo. */
    private int savedDepth;
    private final Path journalFolder;
    private EditJournal journal;
    private String journalProblem;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /**
     * An editor of a set as it is on disk (or of a new set without a file yet).
     *
     * @param name          the set's name, for the journal and messages
     * @param file          the set's file, or null for a set not saved yet
     * @param incidents     the incidents as read from the file
     * @param journalFolder where the journal is written, or null to keep no journal
     */
    public SetEditor(String name, Path file, List<Incident> incidents, Path journalFolder) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = file == null ? null : file.toAbsolutePath();
        this.incidents = new ArrayList<>(incidents);
        this.journalFolder = journalFolder;
        this.journal = newJournal();
    }

    private EditJournal newJournal() {
        return journalFolder == null ? null
                : new EditJournal(journalFolder, new EditJournal.Header(name, file, EditJournal.Fingerprint.of(file)));
    }

    /** The set's name. */
    public String name() {
        return name;
    }

    /** The set's file, or empty for a set that has none yet (it needs Save as). */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The incidents now, in file order, read-only. */
    public List<Incident> incidents() {
        return Collections.unmodifiableList(incidents);
    }

    /** The incident with an id, if the set has it. */
    public Optional<Incident> find(String id) {
        int index = indexOf(id);
        return index < 0 ? Optional.empty() : Optional.of(incidents.get(index));
    }

    private int indexOf(String id) {
        for (int i = 0; i < incidents.size(); i++) {
            if (incidents.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Calls a listener after every edit, undo, redo and save. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Adds an incident, at its place by date then id.
     *
     * @throws IllegalArgumentException when the set already has an incident with its id
     */
    public void add(Incident incident) {
        if (indexOf(incident.id()) >= 0) {
            throw new IllegalArgumentException(duplicateId(incident.id()));
        }
        perform(new IncidentEdit.Added(incident, placeFor(incident)));
    }

    /** Why an id cannot be added: the set already has it. */
    public String duplicateId(String id) {
        return "the id \"" + id + "\" is already used in " + name + " (\"" + find(id).map(Incident::title).orElse("") + "\")";
    }

    /**
     * Replaces an incident by its edited form (ids are stable: the same id).
     *
     * @throws IllegalArgumentException when the set has no incident with that id
     */
    public void change(Incident edited) {
        int index = indexOf(edited.id());
        if (index < 0) {
            throw new IllegalArgumentException("there is no incident \"" + edited.id() + "\" in " + name);
        }
        if (!incidents.get(index).equals(edited)) {
            perform(new IncidentEdit.Changed(incidents.get(index), edited, index));
        }
    }

    /**
     * Deletes the incident with an id.
     *
     * @throws IllegalArgumentException when the set has no incident with that id
     */
    public void delete(String id) {
        int index = indexOf(id);
        if (index < 0) {
            throw new IllegalArgumentException("there is no incident \"" + id + "\" in " + name);
        }
        perform(new IncidentEdit.Deleted(incidents.get(index), index));
    }

    private int placeFor(Incident incident) {
        int index = 0;
        while (index < incidents.size() && FILE_ORDER.compare(incidents.get(index), incident) <= 0) {
            index++;
        }
        return index;
    }

    /** A new edit: done, journaled, one undo step; the redo steps go. */
    private void perform(IncidentEdit edit) {
        if (savedDepth > undo.size()) {
            savedDepth = -1; // the saved state was undone and is now replaced
        }
        redo.clear();
        undo.push(edit);
        apply(edit);
    }

    private void apply(IncidentEdit edit) {
        edit.apply(incidents);
        if (journal != null) {
            try {
                journal.record(edit);
                journalProblem = null;
            } catch (IOException e) {
                journalProblem = "the edits of " + name + " cannot be kept for recovery in "
                        + journal.file() + ": " + e.getMessage();
            }
        }
        changed();
    }

    private void changed() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    /** True when there is an edit to undo. */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** True when there is an undone edit to redo. */
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The edit the next undo takes back, if any (for "Undo edit of …"). */
    public Optional<IncidentEdit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The edit the next redo makes again, if any. */
    public Optional<IncidentEdit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** Undoes the last edit; false when there is none. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        IncidentEdit edit = undo.pop();
        redo.push(edit);
        apply(edit.inverse());
        return true;
    }

    /** Does the last undone edit again; false when there is none. */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        IncidentEdit edit = redo.pop();
        undo.push(edit);
        apply(edit);
        return true;
    }

    /** True when the incidents differ from the file as last saved or read (undoing back to it makes this false). */
    public boolean isDirty() {
        return undo.size() != savedDepth;
    }

    /** Why the edits are not being kept for recovery, or null when they are. */
    public String journalProblem() {
        return journalProblem;
    }

    /**
     * Saves the set to its file, then removes the journal (the file now holds the edits).
     *
     * @throws IllegalStateException when the set has no file yet (use {@link #saveAs})
     * @throws IOException           when the file cannot be written; the edits and the journal stay
     */
    public void save(Saver saver) throws IOException {
        if (file == null) {
            throw new IllegalStateException(name + " has no file yet: save it as a new file");
        }
        saver.save(file, incidents());
        savedDepth = undo.size();
        EditJournal done = journal;
        journal = newJournal();
        if (done != null) {
            done.delete();
        }
        changed();
    }

    /** Saves the set to a new file, which becomes its file. */
    public void saveAs(Path target, Saver saver) throws IOException {
        Path before = file;
        file = target.toAbsolutePath();
        try {
            save(saver);
        } catch (IOException | RuntimeException e) {
            file = before;
            throw e;
        }
    }

    /**
     * Gives up the unsaved edits' journal (the user chose not to save them): nothing is recovered
     * at the next start. The incidents in memory stay as they are.
     */
    public void discardJournal() throws IOException {
        if (journal != null) {
            journal.delete();
            journal = newJournal();
        }
    }

    /**
     * The set of a journal found at a start, with the journal's edits applied again to the set as
     * it is on disk now, as edits of their own (undoable, and kept in a new journal; the old one
     * goes). When the file changed since the edits began, each edit is applied by its incident's
     * id: a changed incident the file no longer has is added, a deleted one it no longer has is
     * passed over, an added one it now has replaces it; {@link Recovered#messages} says so.
     *
     * @param journal       the journal as read
     * @param onDisk        the set's incidents as read from its file now (empty for a set without a file)
     * @param journalFolder where the new journal goes, or null for none
     */
    public static Recovered recover(EditJournal.Read journal, List<Incident> onDisk, Path journalFolder) {
        EditJournal.Header header = journal.header();
        SetEditor editor = new SetEditor(header.setName(), header.file(), onDisk, journalFolder);
        List<String> messages = new ArrayList<>(journal.problems());
        if (journal.fileChanged()) {
            messages.add(header.file() + " changed on disk after these edits began; they were applied to the file as it is now."
                    + " Check them before saving.");
        }
        for (EditJournal.Entry entry : journal.entries()) {
            editor.replay(entry, messages);
        }
        try {
            journal.delete();
        } catch (IOException e) {
            messages.add("the old journal " + journal.file() + " could not be removed: " + e.getMessage());
        }
        return new Recovered(editor, messages);
    }

    /** One edit of a journal applied by its incident's id (see {@link #recover}). */
    private void replay(EditJournal.Entry entry, List<String> messages) {
        int index = indexOf(entry.id());
        switch (entry.kind()) {
            case ADD -> {
                if (index >= 0) {
                    messages.add("\"" + entry.id() + "\" was added but the file has it now: the recovered one replaces it");
                    perform(new IncidentEdit.Changed(incidents.get(index), entry.incident(), index));
                } else {
                    perform(new IncidentEdit.Added(entry.incident(), Math.min(Math.max(0, entry.index()), incidents.size())));
                }
            }
            case CHANGE -> {
                if (index >= 0) {
                    perform(new IncidentEdit.Changed(incidents.get(index), entry.incident(), index));
                } else {
                    messages.add("\"" + entry.id() + "\" was edited but the file no longer has it: added again");
                    perform(new IncidentEdit.Added(entry.incident(), placeFor(entry.incident())));
                }
            }
            case DELETE -> {
                if (index >= 0) {
                    perform(new IncidentEdit.Deleted(incidents.get(index), index));
                } else {
                    messages.add("\"" + entry.id() + "\" was deleted and the file no longer has it");
                }
            }
        }
    }

    /**
     * A set recovered from a journal.
     *
     * @param editor   the set with the journal's edits applied (unsaved)
     * @param messages what the user should know: a cut-off last line, a file changed meanwhile, edits applied differently
     */
    public record Recovered(SetEditor editor, List<String> messages) {
        public Recovered {
            messages = List.copyOf(messages);
        }
    }
}
