// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.export;

import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.araxes.timeline.TimeWindow;
import org.araxes.ui.common.Messages;

/**
 * File ▸ Export comparison…: the days of the left and the right pane of a picture that shows the
 * map's area twice, side by side (the left starts as the timeline's window, the right as the same
 * days four years earlier). The line at the bottom says what is wrong, if anything.
 */
public final class CompareDialog extends Dialog<CompareDialog.Choice> {

    /**
     * The two windows.
     *
     * @param left  the left pane's days
     * @param right the right pane's days
     */
    public record Choice(TimeWindow left, TimeWindow right) {
    }

    private final DatePicker leftFrom = new DatePicker();
    private final DatePicker leftTo = new DatePicker();
    private final DatePicker rightFrom = new DatePicker();
    private final DatePicker rightTo = new DatePicker();
    private final Label summary = new Label();

    /** @param shown the timeline's window */
    public CompareDialog(Window owner, TimeWindow shown) {
        initOwner(owner);
        setTitle(Messages.get("compare.dialog.title"));
        setHeaderText(Messages.get("compare.dialog.header"));
        getDialogPane().setId("compare-dialog");
        leftFrom.setValue(shown.start().minusYears(4));
        leftTo.setValue(shown.end().minusYears(4));
        rightFrom.setValue(shown.start());
        rightTo.setValue(shown.end());
        leftFrom.setId("compare-left-from");
        leftTo.setId("compare-left-to");
        rightFrom.setId("compare-right-from");
        rightTo.setId("compare-right-to");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Messages.get("compare.label.left")), new HBox(8, leftFrom, new Label("–"), leftTo));
        grid.addRow(1, new Label(Messages.get("compare.label.right")), new HBox(8, rightFrom, new Label("–"), rightTo));
        summary.setId("compare-summary");
        grid.add(summary, 1, 2);
        getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(Messages.get("export.button"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        org.araxes.ui.common.DatePickers.iso(leftFrom, leftTo, rightFrom, rightTo);
        for (DatePicker picker : new DatePicker[] {leftFrom, leftTo, rightFrom, rightTo}) {
            picker.valueProperty().addListener(o -> update());
        }
        update();
        setResultConverter(button -> button == export ? choice().orElse(null) : null);
    }

    private void update() {
        boolean ok = choice().isPresent();
        summary.setText(ok ? "" : Messages.get("animation.error.days"));
        getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0)).setDisable(!ok);
    }

    /** The two windows, when each ends on or after its start. */
    Optional<Choice> choice() {
        TimeWindow left = window(leftFrom.getValue(), leftTo.getValue());
        TimeWindow right = window(rightFrom.getValue(), rightTo.getValue());
        return left == null || right == null ? Optional.empty() : Optional.of(new Choice(left, right));
    }

    /** The days from one date to another, or null when one is missing or the last is before the first. */
    public static TimeWindow window(LocalDate from, LocalDate to) {
        return from == null || to == null || to.isBefore(from) ? null : TimeWindow.of(from, to);
    }
}
