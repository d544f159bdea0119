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
import org.araxes.io.FirstFew;
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

    /** The user's views listed in the menu; the rest are counted. */
    static final int MAX_MENU_VIEWS = 50;

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

    /**
     * Saves the current state as a view of the user's (replacing one of the same name), keeping the
     * views another window saved meanwhile ({@link ViewsFile#update}).
     */
    public void saveCurrent(String name) throws IOException {
        SavedView view = applier.capture(name, true);
        own.setAll(ViewsFile.update(userFile, own, views -> ViewsFile.withView(views, view), Clock.systemUTC()));
        status.accept(Messages.format("status.viewSaved", view.name(), userFile));
    }

    /**
     * Adds a project's views to the user's (saved, keeping the views another window saved
     * meanwhile): a view the user has already is skipped; one whose name the user uses for another
     * view is added as "NAME (PROJECT)". Nothing of the user's is replaced.
     *
     * @return how many views were added
     */
    public int addFromProject(List<SavedView> views, String project) throws IOException {
        int before = own.size();
        own.setAll(ViewsFile.update(userFile, own, current -> {
            List<SavedView> merged = new ArrayList<>(current);
            for (SavedView view : views) {
                if (merged.contains(view)) {
                    continue;
                }
                SavedView added = view;
                for (int n = 1; byName(merged, added.name()).isPresent(); n++) {
                    added = view.withName(view.name() + " (" + project + (n == 1 ? "" : " " + n) + ")");
                }
                merged.add(added);
            }
            return merged;
        }, Clock.systemUTC()));
        return own.size() - before;
    }

    private static Optional<SavedView> byName(List<SavedView> views, String name) {
        return views.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Deletes one of the user's views, keeping the views another window saved meanwhile. */
    public void delete(SavedView view) throws IOException {
        own.setAll(ViewsFile.update(userFile, own, views -> ViewsFile.withoutView(views, view.name()), Clock.systemUTC()));
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
        // a views file may hold 200,000 views: a menu of them all froze the window for minutes
        FirstFew<SavedView> shown = FirstFew.of(own, MAX_MENU_VIEWS);
        if (!own.isEmpty()) {
            items.add(new SeparatorMenuItem());
            for (SavedView view : shown.first()) {
                items.add(item(view, number++));
            }
            if (shown.more() > 0) {
                items.add(more(shown.more()));
            }
        }
        MenuItem save = new MenuItem(Messages.get("menu.views.save"));
        save.setId("menu-save-view");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        save.setOnAction(e -> askAndSave());
        Menu delete = new Menu(Messages.get("menu.views.delete"));
        delete.setId("menu-delete-view");
        for (SavedView view : shown.first()) {
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
        if (shown.more() > 0) {
            delete.getItems().add(more(shown.more()));
        }
        delete.setDisable(own.isEmpty());
        items.add(new SeparatorMenuItem());
        items.add(save);
        items.add(delete);
        menu.getItems().setAll(items);
    }

    /** A disabled line counting the views not listed. */
    private MenuItem more(int count) {
        MenuItem more = new MenuItem(Messages.format("views.more", String.valueOf(count), userFile));
        more.setId("views-more");
        more.setDisable(true);
        return more;
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
