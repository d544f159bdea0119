// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.present;

import org.araxes.ui.common.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.araxes.io.Problem;
import org.araxes.presentation.KeptFiles;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.ViewsFile;

/**
 * The Views menu: the bundled views, the user's own, "Save current view…" and deleting one's own
 * views. Number keys 1–9 show the first nine views (bundled first), flying there; they are ignored
 * while a text field has the focus.
 */
public final class ViewsMenu {

    private final ViewApplier applier;
    private final Path userFile;
    private final Consumer<String> status;
    private final List<SavedView> bundled;
    private final ObservableList<SavedView> own = FXCollections.observableArrayList();
    private final Menu menu = new Menu(Messages.get("menu.views"));
    private Problem loadProblem;

    /**
     * @param applier  shows views
     * @param userFile the user's views file ({@code views/views.json} in the user folder)
     * @param status   receives status-line messages
     */
    public ViewsMenu(ViewApplier applier, Path userFile, Consumer<String> status) {
        this.applier = applier;
        this.userFile = userFile;
        this.status = status;
        this.bundled = ViewsFile.bundled();
        menu.setId("menu-views");
        KeptFiles.Loaded<List<SavedView>> loaded = ViewsFile.load(userFile, Clock.systemUTC());
        loaded.value().ifPresent(own::setAll);
        loadProblem = loaded.problem().orElse(null);
        own.addListener((javafx.collections.ListChangeListener<SavedView>) c -> rebuild());
        rebuild();
    }

    /** The menu. */
    public Menu menu() {
        return menu;
    }

    /** What went wrong reading the user's views at start, or null. */
    public Problem loadProblem() {
        return loadProblem;
    }

    /** Bundled views then the user's, in menu (and number key) order. */
    public List<SavedView> all() {
        List<SavedView> all = new ArrayList<>(bundled);
        all.addAll(own);
        return all;
    }

    /** The user's own views. */
    public ObservableList<SavedView> own() {
        return own;
    }

    /** Looks a view up by name (case ignored), the user's first. */
    public Optional<SavedView> byName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return own.stream().filter(v -> v.name().toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .or(() -> bundled.stream().filter(v -> v.name().toLowerCase(Locale.ROOT).equals(key)).findFirst());
    }

    /** Shows the view with a 1-based number; false when there is none. */
    public boolean showNumber(int number) {
        List<SavedView> all = all();
        if (number < 1 || number > all.size()) {
            return false;
        }
        show(all.get(number - 1));
        return true;
    }

    private void show(SavedView view) {
        applier.apply(view, true);
        status.accept(Messages.format("status.view", view.name()));
    }

    /** Saves the current state as a view of the user's (replacing one of the same name). */
    public void saveCurrent(String name) throws IOException {
        SavedView view = applier.capture(name, true);
        List<SavedView> next = new ArrayList<>(own);
        next.removeIf(v -> v.name().equalsIgnoreCase(view.name()));
        next.add(view);
        ViewsFile.save(userFile, next);
        own.setAll(next);
        status.accept(Messages.format("status.viewSaved", view.name(), userFile));
    }

    /** Deletes one of the user's views. */
    public void delete(SavedView view) throws IOException {
        List<SavedView> next = new ArrayList<>(own);
        next.remove(view);
        ViewsFile.save(userFile, next);
        own.setAll(next);
        status.accept(Messages.format("status.viewDeleted", view.name()));
    }

    /** Handles the number keys on a scene (events not consumed by a focused control). */
    public void install(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()
                    || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            int number = digit(e.getCode());
            if (number > 0 && showNumber(number)) {
                e.consume();
            }
        });
    }

    /** 1–9 for the digit keys (main row and keypad), else 0. */
    static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return last >= '1' && last <= '9' ? last - '0' : 0;
        }
        return 0;
    }

    private void rebuild() {
        List<MenuItem> items = new ArrayList<>();
        int number = 1;
        for (SavedView view : bundled) {
            items.add(item(view, number++));
        }
        if (!own.isEmpty()) {
            items.add(new SeparatorMenuItem());
            for (SavedView view : own) {
                items.add(item(view, number++));
            }
        }
        MenuItem save = new MenuItem(Messages.get("menu.views.save"));
        save.setId("menu-save-view");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        save.setOnAction(e -> askAndSave());
        Menu delete = new Menu(Messages.get("menu.views.delete"));
        delete.setId("menu-delete-view");
        for (SavedView view : own) {
            MenuItem item = new MenuItem(view.name());
            item.setOnAction(e -> {
                try {
                    delete(view);
                } catch (IOException ex) {
                    error(Messages.format("views.saveFailed", userFile, ex.getMessage()));
                }
            });
            delete.getItems().add(item);
        }
        delete.setDisable(own.isEmpty());
        items.add(new SeparatorMenuItem());
        items.add(save);
        items.add(delete);
        menu.getItems().setAll(items);
    }

    private MenuItem item(SavedView view, int number) {
        MenuItem item = new MenuItem((number <= 9 ? number + "   " : "     ") + view.name());
        item.setId("view-" + number);
        item.setOnAction(e -> show(view));
        return item;
    }

    private void askAndSave() {
        TextInputDialog dialog = new TextInputDialog(Messages.get("views.save.defaultName"));
        dialog.setTitle(Messages.get("views.save.title"));
        dialog.setHeaderText(Messages.get("views.save.header"));
        dialog.setContentText(Messages.get("views.save.name"));
        if (menu.getParentPopup() != null && menu.getParentPopup().getOwnerWindow() != null) {
            dialog.initOwner(menu.getParentPopup().getOwnerWindow());
        }
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name -> {
            try {
                saveCurrent(name);
            } catch (IOException ex) {
                error(Messages.format("views.saveViewFailed", userFile, ex.getMessage()));
            }
        });
    }

    private void error(String message) {
        status.accept(message);
        new Alert(Alert.AlertType.ERROR, message).show();
    }
}
