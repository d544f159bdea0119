// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.explore;

import org.araxes.ui.common.KeyActions;
import org.araxes.ui.common.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The shortcut sheet (? or F1): every key binding, generated from {@link KeyActions#all()}, grouped.
 * Esc closes it.
 */
final class ShortcutSheet {

    private ShortcutSheet() {
    }

    /** The sheet's content: one heading per group, then "keys — what they do" rows. */
    static VBox content(List<KeyActions.Entry> entries) {
        Map<String, List<KeyActions.Entry>> groups = new LinkedHashMap<>();
        for (KeyActions.Entry entry : entries) {
            groups.computeIfAbsent(entry.group(), g -> new java.util.ArrayList<>()).add(entry);
        }
        VBox box = new VBox(10);
        box.setId("shortcut-sheet");
        box.setPadding(new Insets(14));
        for (Map.Entry<String, List<KeyActions.Entry>> group : groups.entrySet()) {
            Label heading = new Label(group.getKey());
            heading.getStyleClass().addAll("title-4", "shortcut-group");
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(4);
            int row = 0;
            for (KeyActions.Entry entry : group.getValue()) {
                Label keys = new Label(entry.keyText());
                keys.getStyleClass().add("shortcut-keys");
                keys.setMinWidth(Label.USE_PREF_SIZE);
                Label what = new Label(entry.description());
                what.getStyleClass().add("shortcut-description");
                what.setWrapText(true);
                grid.addRow(row++, keys, what);
            }
            box.getChildren().addAll(heading, grid);
        }
        return box;
    }

    /** Opens the sheet in its own window over an owner. */
    static Stage show(Window owner, List<KeyActions.Entry> entries) {
        ScrollPane scroll = new ScrollPane(content(entries));
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 520, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Stage stage = new Stage();
        stage.setTitle(Messages.get("shortcuts.title"));
        stage.initModality(Modality.NONE);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
