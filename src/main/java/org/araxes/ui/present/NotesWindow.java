// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.present;

import org.araxes.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.araxes.presentation.Story;
import org.araxes.presentation.StoryStep;

/** The presenter's window on the second screen: this step's caption and notes, and the next step. */
final class NotesWindow {

    private final Stage stage = new Stage();
    private final Label now = new Label();
    private final Label notes = new Label();
    private final Label next = new Label();

    NotesWindow(Window owner, Screen screen) {
        stage.initOwner(owner);
        stage.setTitle(Messages.get("present.notes.title"));
        now.setWrapText(true);
        now.setStyle("-fx-font-size: 26px; -fx-font-weight: bold;");
        notes.setWrapText(true);
        notes.setStyle("-fx-font-size: 22px;");
        next.setWrapText(true);
        next.setStyle("-fx-font-size: 20px; -fx-text-fill: #555555;");
        VBox box = new VBox(24, now, notes, next);
        box.setId("presenter-notes-window");
        box.setPadding(new Insets(32));
        Rectangle2D bounds = screen.getVisualBounds();
        stage.setScene(new Scene(box, Math.min(1000, bounds.getWidth()), Math.min(700, bounds.getHeight())));
        stage.setX(bounds.getMinX() + 20);
        stage.setY(bounds.getMinY() + 20);
        stage.show();
    }

    void show(Story story, int index) {
        StoryStep step = story.step(index);
        now.setText((index + 1) + " / " + story.size() + "   " + step.caption());
        notes.setText(step.notes().isEmpty() ? Messages.get("present.noNotes") : step.notes());
        next.setText(Messages.format("present.next", index + 1 < story.size() ? story.step(index + 1).caption() : Messages.get("present.end")));
    }

    void close() {
        stage.close();
    }
}
