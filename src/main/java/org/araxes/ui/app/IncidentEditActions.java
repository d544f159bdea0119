// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentSet;
import org.araxes.incidents.edit.EditJournal;
import org.araxes.search.AtlasSearch;
import org.araxes.ui.common.Messages;
import org.araxes.ui.incidents.IncidentEditing;
import org.araxes.ui.incidents.IncidentForm;
import org.araxes.ui.incidents.IncidentFormModel;
import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.state.MainViewModel;

/**
 * The window's side of writing incidents: the Edit menu (new, edit, delete, undo, redo), saving the
 * edited sets, the form, the click on the map that gives the form its point, the question on
 * close when edits are unsaved, and the offer to recover the edits of a session that was killed.
 */
public final class IncidentEditActions {

    private final MainViewModel model;
    private final IncidentEditing editing;
    private final AtlasMapView map;
    private final Supplier<Window> window;
    private AtlasSearch search;

    IncidentEditActions(MainViewModel model, AtlasMapView map, Supplier<Window> window, Path journalFolder) {
        this.model = model;
        this.map = map;
        this.window = window;
        this.editing = new IncidentEditing(model.incidents(), journalFolder);
        editing.messageProperty().addListener((o, old, text) -> model.setStatus(text));
        // while the form waits for a point, a still click on the map gives it
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (editing.pointWantedProperty().get() != null && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()
                    && map.getViewport() != null) {
                e.consume();
                editing.pointPicked(map.getViewport().longitude(e.getX()), map.getViewport().latitude(e.getY()));
            }
        });
        editing.pointWantedProperty().addListener((o, old, wanted) -> {
            if (wanted != null) {
                model.setStatus(Messages.get("form.place.waiting"));
            }
        });
    }

    /** The editing state (undo, redo, unsaved sets). */
    public IncidentEditing editing() {
        return editing;
    }

    /** The Edit menu. */
    Menu menu() {
        MenuItem add = item(Messages.get("menu.edit.new"), "menu-new-incident", e -> newIncident());
        add.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem edit = item(Messages.get("menu.edit.edit"), "menu-edit-incident", e -> edit(model.incidents().selectedProperty().get()));
        edit.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)); // F2 is the list's own
        edit.disableProperty().bind(model.incidents().selectedProperty().isNull());
        MenuItem delete = item(Messages.get("menu.edit.delete"), "menu-delete-incident", e -> delete(model.incidents().selectedProperty().get()));
        delete.disableProperty().bind(model.incidents().selectedProperty().isNull());
        MenuItem undo = item(Messages.get("menu.edit.undo"), "menu-undo", e -> step(true));
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.disableProperty().bind(editing.canUndoProperty().not());
        MenuItem redo = item(Messages.get("menu.edit.redo"), "menu-redo", e -> step(false));
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.disableProperty().bind(editing.canRedoProperty().not());
        Menu menu = new Menu(Messages.get("menu.edit"), null, add, edit, delete, new SeparatorMenuItem(), undo, redo);
        menu.setId("menu-edit");
        return menu;
    }

    /** File ▸ Save incident edits. */
    MenuItem saveItem() {
        MenuItem save = item(Messages.get("menu.file.saveEdits"), "menu-save-edits", e -> saveAll());
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.disableProperty().bind(editing.dirtyProperty().not());
        return save;
    }

    private static MenuItem item(String text, String id, javafx.event.EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(action);
        return item;
    }

    /** The text field being typed in, whose own undo Ctrl+Z is, or null. */
    private TextInputControl typing() {
        Window w = window.get();
        Node focus = w == null || w.getScene() == null ? null : w.getScene().getFocusOwner();
        return org.araxes.ui.common.KeyActions.typingInto(focus) && focus instanceof TextInputControl text ? text : null;
    }

    /** Undo or redo: the text field's own while one is typed in, else the last incident edit's. */
    private void step(boolean undo) {
        TextInputControl text = typing();
        if (text != null && undo) {
            text.undo();
        } else if (text != null) {
            text.redo();
        } else if (undo) {
            editing.undo();
        } else {
            editing.redo();
        }
    }

    private AtlasSearch search() {
        if (search == null) {
            search = new AtlasSearch(model.atlas(), List.of());
        }
        return search;
    }

    /** Opens the form for a new incident in the user's set ("My incidents" is made when there is none). */
    public IncidentForm newIncident() {
        IncidentSet target = editing.targetSet();
        var editor = editing.editor(target);
        IncidentFormModel form = new IncidentFormModel(target.name(), null, id -> editor.find(id).isPresent());
        IncidentForm view = new IncidentForm(window.get(), Messages.format("form.heading.new", target.name()), form, editing,
                search(), incident -> {
                    IncidentSet now = model.incidents().set(target.id());
                    if (now == null) {
                        return Messages.format("form.setGone", target.name());
                    }
                    try {
                        editing.add(now, incident);
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
        view.show();
        return view;
    }

    /**
     * Opens the form on an incident of an editable set; an incident of a read-only set (the
     * bundled one) is offered to be copied into the user's set first.
     */
    public IncidentForm edit(Incident incident) {
        if (incident == null) {
            model.setStatus(Messages.get("edit.selectFirst"));
            return null;
        }
        Optional<IncidentSet> editable = editing.editableSetOf(incident);
        if (editable.isEmpty()) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("edit.copy.text", incident.title()),
                    new ButtonType(Messages.get("edit.copy.yes"), ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
            ask.setHeaderText(Messages.get("edit.copy.header"));
            ask.initOwner(window.get());
            ask.getDialogPane().setId("copy-dialog");
            if (ask.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isEmpty()) {
                return null;
            }
            IncidentSet target = editing.targetSet();
            if (editing.editor(target).find(incident.id()).isEmpty()) {
                editing.add(target, incident);
            }
            IncidentSet now = model.incidents().set(target.id());
            return openOn(now, editing.editor(now).find(incident.id()).orElseThrow());
        }
        return openOn(editable.get(), incident);
    }

    private IncidentForm openOn(IncidentSet set, Incident incident) {
        IncidentFormModel form = new IncidentFormModel(set.name(), incident, id -> false);
        IncidentForm view = new IncidentForm(window.get(), Messages.format("form.heading.edit", set.name()), form, editing,
                search(), edited -> {
                    IncidentSet now = model.incidents().set(set.id());
                    if (now == null) {
                        return Messages.format("form.setGone", set.name());
                    }
                    editing.change(now, edited);
                    return null;
                });
        view.show();
        return view;
    }

    /** Deletes an incident of an editable set (one undo step); a read-only set's incident is not deleted. */
    public void delete(Incident incident) {
        if (incident == null) {
            model.setStatus(Messages.get("edit.selectFirst"));
            return;
        }
        Optional<IncidentSet> set = editing.editableSetOf(incident);
        if (set.isEmpty()) {
            model.setStatus(Messages.format("edit.readOnly", incident.title()));
            return;
        }
        editing.delete(set.get(), incident);
    }

    /**
     * Saves every set with unsaved edits: to its own file in its format, or, for a set without one
     * (or in a format Araxes does not write), to a file the user chooses.
     *
     * @return true when all were saved; false when the user cancelled a choice or a save failed (said in an alert)
     */
    public boolean saveAll() {
        return save(editing.dirtySets());
    }

    /** Saves these sets as {@link #saveAll} does; true when all were saved. */
    private boolean save(List<IncidentSet> sets) {
        for (IncidentSet set : sets) {
            Path target = null;
            if (!IncidentEditing.savesInPlace(set)) {
                target = chooseFile(set);
                if (target == null) {
                    return false;
                }
            }
            try {
                editing.save(set, target);
            } catch (IOException | RuntimeException e) {
                Alert alert = new Alert(Alert.AlertType.ERROR, Messages.format("edit.saveFailed", set.name(), e.getMessage()));
                alert.initOwner(window.get());
                alert.showAndWait();
                return false;
            }
        }
        return true;
    }

    private Path chooseFile(IncidentSet set) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.format("edit.saveAs.title", set.name()));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("edit.saveAs.geojson"), "*.geojson"),
                new FileChooser.ExtensionFilter(Messages.get("edit.saveAs.csv"), "*.csv"));
        chooser.setInitialFileName(org.araxes.incidents.edit.IncidentIds.slug(set.name()) + ".geojson");
        // the folder of the incident file opened last, else the home folder (never the program's own)
        Path folder = model.incidents().recentFiles().isEmpty() ? Path.of(System.getProperty("user.home", "."))
                : model.incidents().recentFiles().get(0).getParent();
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showSaveDialog(window.get());
        return file == null ? null : file.toPath();
    }

    /**
     * Asks about unsaved edits before the window closes: Save (all, asking for files where needed),
     * Don't save (the recovery journals go too), or Cancel.
     *
     * @return true when the window may close
     */
    public boolean confirmClose() {
        return editing.mayLeave(editing.dirtySets(), dirty -> ask(dirty, names -> Messages.format("edit.close.text", names)), this::save);
    }

    /**
     * Removes a set (the sets panel's ×), asking first when it has unsaved edits: Save (Save as…
     * when it has no file), Don't save (its edits and journal go), or Cancel (it stays).
     */
    public void removeSet(IncidentSet set) {
        editing.removeSet(set, dirty -> ask(dirty, names -> Messages.format("edit.remove.text", names)), this::save);
    }

    /**
     * Asks about the unsaved edits of sets a project opened puts others in place of, as on close.
     *
     * @return true when the sets may be replaced
     */
    public boolean confirmReplace(List<IncidentSet> sets) {
        return editing.mayLeave(sets, dirty -> ask(dirty, names -> Messages.format("edit.project.text", names)), this::save);
    }

    /** The question about sets with unsaved edits; {@code text} says, with their names, what is about to happen. */
    private IncidentEditing.Unsaved ask(List<IncidentSet> dirty, java.util.function.UnaryOperator<String> text) {
        List<String> names = new ArrayList<>();
        dirty.forEach(s -> names.add("• " + s.name() + (s.source() == null ? " " + Messages.get("edit.close.noFile") : "")));
        ButtonType save = new ButtonType(Messages.get("edit.close.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(Messages.get("edit.close.dontSave"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.WARNING, text.apply(String.join("\n", names)),
                save, dontSave, ButtonType.CANCEL);
        ask.setHeaderText(Messages.format("edit.close.header", dirty.size()));
        ask.initOwner(window.get());
        ask.getDialogPane().setId("unsaved-dialog");
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? IncidentEditing.Unsaved.SAVE
                : answer == dontSave ? IncidentEditing.Unsaved.DONT_SAVE : IncidentEditing.Unsaved.CANCEL;
    }

    /** Asks on the window's close button and on File ▸ Quit. */
    void guardClose(Stage stage) {
        stage.setOnCloseRequest(e -> {
            if (!confirmClose()) {
                e.consume();
            }
        });
    }

    /**
     * Offers to recover the edits a session that ended without saving left (a kill, a crash, a
     * power cut): Recover adds each set with its edits, unsaved; Discard removes the journals;
     * Not now leaves them for the next start.
     */
    public void offerRecovery() {
        EditJournal.Found found = editing.journalsLeft();
        if (!found.problems().isEmpty()) {
            model.setStatus(String.join(" · ", found.problems()));
        }
        if (found.journals().isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (EditJournal.Read journal : found.journals()) {
            Path file = journal.header().file();
            lines.add("• " + Messages.format("edit.recover.line", journal.header().setName(), journal.entries().size(),
                    file == null ? Messages.get("edit.recover.noFile") : file.toString())
                    + (journal.fileChanged() ? " " + Messages.get("edit.recover.changed") : ""));
        }
        ButtonType recover = new ButtonType(Messages.get("edit.recover.yes"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("edit.recover.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(Messages.get("edit.recover.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("edit.recover.text", String.join("\n", lines)),
                recover, discard, later);
        ask.setHeaderText(Messages.get("edit.recover.header"));
        ask.initOwner(window.get());
        ask.getDialogPane().setId("recover-dialog");
        ButtonType answer = ask.showAndWait().orElse(later);
        List<String> notes = new ArrayList<>();
        for (EditJournal.Read journal : found.journals()) {
            if (answer == recover) {
                notes.addAll(editing.recover(journal));
            } else if (answer == discard) {
                try {
                    editing.discard(journal);
                } catch (IOException e) {
                    notes.add(e.getMessage());
                }
            }
        }
        if (!notes.isEmpty()) {
            Alert told = new Alert(Alert.AlertType.INFORMATION, String.join("\n\n", notes));
            told.setHeaderText(Messages.get("edit.recover.notes"));
            told.initOwner(window.get());
            told.getDialogPane().setId("recover-notes");
            told.show();
        }
    }
}
