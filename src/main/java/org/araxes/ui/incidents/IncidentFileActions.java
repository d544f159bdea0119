// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import org.araxes.ui.common.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Opening incident files: the File menu's "Open incidents…" and recent files (a file dropped on the
 * map goes through {@code ui.app.MapFileActions}, which tells layers from incidents). Files are read on a background thread, with a progress bar and a Cancel button in the
 * status bar ({@link #loadProgress}); each file read is added as an incident set beside the others.
 */
public final class IncidentFileActions {

    /** Reads incident files off the window's thread, one at a time. */
    private final Executor reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "araxes-incident-reader");
        thread.setDaemon(true);
        return thread;
    });

    private final IncidentsViewModel model;
    private final Consumer<String> status;

    /**
     * @param model  where opened incidents go
     * @param status shows a line of text to the user (the status bar)
     */
    public IncidentFileActions(IncidentsViewModel model, Consumer<String> status) {
        this.model = model;
        this.status = status;
        model.messageProperty().addListener((o, old, text) -> status.accept(text));
    }

    /** Reads a file in the background and adds it as a set. */
    public void open(Path file) {
        model.open(file, reader, result -> {
        });
    }

    /**
     * For the status bar: a progress bar ({@code load-progress}) following the bytes read and a
     * Cancel button ({@code load-cancel}), shown only while an incident file is being read.
     */
    public Node loadProgress() {
        return model.fileProgress().view("load", model::cancelLoading);
    }

    /** Asks for an incident file and adds it as a set (nothing when the user cancels). */
    public void chooseAndOpen(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("incidents.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("incidents.open.fileType"), "*.geojson", "*.json", "*.csv", "*.tsv"),
                new FileChooser.ExtensionFilter(Messages.get("incidents.open.allFiles"), "*.*"));
        if (!model.recentFiles().isEmpty() && model.recentFiles().get(0).getParent() != null
                && Files.isDirectory(model.recentFiles().get(0).getParent())) {
            chooser.setInitialDirectory(model.recentFiles().get(0).getParent().toFile());
        }
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            open(file.toPath());
        }
    }

    /** "Open incidents…" and "Recent incident files" for the File menu. */
    public List<MenuItem> menuItems(Supplier<Window> owner) {
        MenuItem open = new MenuItem(Messages.get("menu.file.openIncidents"));
        open.setId("menu-open-incidents");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseAndOpen(owner.get()));
        Menu recent = new Menu(Messages.get("menu.file.recent"));
        recent.setId("menu-recent-incidents");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path path : model.recentFiles()) {
                MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
                item.setOnAction(e -> open(path));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        fill.run();
        model.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> fill.run());
        return List.of(open, recent);
    }
}
