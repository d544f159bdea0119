// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.araxes.io.LayerCache;
import org.araxes.settings.UserFolders;
import org.araxes.ui.common.Messages;
import org.araxes.ui.state.MainViewModel;

/**
 * File ▸ Add layer… and files dropped on the map: each file becomes a map layer or an incident set,
 * told apart by its content ({@link org.araxes.incidents.MapFileContent}), read in the background
 * with a progress bar and Cancel in the status bar ({@link MainViewModel#openFiles}).
 */
final class MapFileActions {

    /** Reads the files off the window's thread, one at a time. */
    private final Executor reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "araxes-map-file-reader");
        thread.setDaemon(true);
        return thread;
    });

    private final MainViewModel model;

    MapFileActions(MainViewModel model) {
        this.model = model;
    }

    /** Opens files as the command line, the menu and a drop do. */
    void open(List<Path> files) {
        if (!files.isEmpty()) {
            model.openFiles(files, new LayerCache(UserFolders.currentCache()), reader);
        }
    }

    /** "Add layer…" for the File menu. */
    MenuItem menuItem(Supplier<Window> owner) {
        MenuItem add = new MenuItem(Messages.get("menu.file.addLayer"));
        add.setId("menu-add-layer");
        add.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("layers.add.title"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.get("layers.add.fileType"), "*.geojson", "*.json", "*.csv", "*.tsv"),
                    new FileChooser.ExtensionFilter(Messages.get("incidents.open.allFiles"), "*.*"));
            List<File> files = chooser.showOpenMultipleDialog(owner.get());
            if (files != null) {
                open(files.stream().map(File::toPath).toList());
            }
        });
        return add;
    }

    /** Lets files be dropped on a node (the map): each is added as a layer or an incident set. */
    void acceptDrops(Node target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(File::isFile)) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().filter(File::isFile).map(File::toPath).toList() : List.of();
            if (files.isEmpty()) {
                model.setStatus(Messages.get("status.dropHint"));
            }
            open(files);
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }
}
