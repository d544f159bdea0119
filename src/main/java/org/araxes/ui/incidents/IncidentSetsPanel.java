// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.araxes.incidents.IncidentSet;
import org.araxes.ui.common.Messages;
import org.araxes.ui.common.ProblemSummary;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The incident sets, as a GIS lists its layers: per set a visibility check box with its name, how
 * many incidents it holds and from which file, its problems, and a button that removes it. The
 * heading's button opens another file. Follows {@link IncidentsViewModel#sets()}.
 */
public final class IncidentSetsPanel extends VBox {

    /** Sets listed before the list scrolls. */
    private static final double MAX_LIST_HEIGHT = 230;

    private final IncidentsViewModel model;
    private final VBox rows = new VBox(2);
    private Function<IncidentSet, String> details = set -> "";
    private java.util.function.Consumer<IncidentSet> remover;

    /**
     * @param model   the sets
     * @param openNew opens another incident file (the heading's "+")
     */
    public IncidentSetsPanel(IncidentsViewModel model, Runnable openNew) {
        this.model = model;
        this.remover = model::removeSet;
        setId("incident-sets");
        setPadding(new Insets(10, 10, 4, 10));
        setSpacing(4);
        Label heading = new Label(Messages.get("sets.title"));
        heading.getStyleClass().add("panel-heading");
        Button add = new Button(null, new FontIcon("mdi2p-plus"));
        add.setId("sets-add");
        add.getStyleClass().addAll("flat", "small");
        add.setTooltip(new Tooltip(Messages.get("sets.add")));
        add.setOnAction(e -> openNew.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(4, heading, spacer, add);
        top.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        // as tall as its rows up to a few sets, then it scrolls, so the layers below keep their room
        javafx.beans.binding.DoubleBinding listHeight = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(MAX_LIST_HEIGHT, rows.getHeight()), rows.heightProperty());
        scroll.prefViewportHeightProperty().bind(listHeight);
        scroll.minViewportHeightProperty().bind(listHeight);
        setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(top, scroll);
        getStyleClass().add("incident-sets");
        model.sets().addListener((ListChangeListener<IncidentSet>) c -> fill());
        fill();
    }

    /**
     * Adds a line to a set's tooltip (its version), worked out each time the tooltip shows; the
     * default adds none.
     */
    public void setDetails(Function<IncidentSet, String> value) {
        details = value;
        fill();
    }

    /**
     * What the × of a set does: by default it removes the set; the window asks first about a set
     * with unsaved edits.
     */
    public void setOnRemove(java.util.function.Consumer<IncidentSet> value) {
        remover = value;
    }

    private void fill() {
        rows.getChildren().clear();
        for (IncidentSet set : model.sets()) {
            rows.getChildren().add(row(set));
        }
        if (model.sets().isEmpty()) {
            Label none = new Label(Messages.get("sets.none"));
            none.setWrapText(true);
            none.getStyleClass().add("layer-problem");
            rows.getChildren().add(none);
        }
    }

    private VBox row(IncidentSet set) {
        String key = safeId(set.id());
        CheckBox shown = new CheckBox(set.name());
        shown.setId("set-toggle-" + key);
        shown.setSelected(set.visible());
        shown.setOnAction(e -> model.setVisible(set, shown.isSelected()));
        shown.setMaxWidth(Double.MAX_VALUE);
        shown.setMinWidth(0);
        HBox.setHgrow(shown, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.setId("set-remove-" + key);
        remove.getStyleClass().addAll("flat", "small");
        remove.setTooltip(new Tooltip(Messages.format("sets.remove", set.name())));
        remove.setOnAction(e -> remover.accept(set));
        HBox line = new HBox(4, shown, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        String where = set.source() == null ? Messages.get("sets.bundledSource") : set.source().toString();
        Label count = new Label(Messages.format("sets.count", set.size(), formatName(set)));
        count.setId("set-count-" + key);
        count.getStyleClass().add("set-count");
        count.setPadding(new Insets(0, 0, 0, 26));
        VBox row = new VBox(1, line, count);
        row.getStyleClass().add("layer-row");
        String problems = ProblemSummary.of(set.problems());
        if (!problems.isEmpty()) {
            Label warning = new Label(problems, new FontIcon("mdi2a-alert-outline"));
            warning.setId("set-problems-" + key);
            warning.getStyleClass().add("layer-problem");
            warning.setWrapText(true);
            warning.setMaxHeight(48);
            warning.setTooltip(new Tooltip(problems));
            row.getChildren().add(warning);
        }
        String text = where + "\n" + Messages.format("sets.count", set.size(), formatName(set))
                + (set.editable() ? "" : "\n" + Messages.get("sets.readOnly"));
        Tooltip tip = new Tooltip(text);
        // the details (a version: a hash of every incident) are worked out when the tooltip shows
        tip.setOnShowing(e -> {
            String extra = details.apply(set);
            tip.setText(text + (extra == null || extra.isBlank() ? "" : "\n" + extra));
        });
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        shown.setTooltip(tip);
        count.setTooltip(tip);
        return row;
    }

    /** The set's format as a user knows it: "bundled", GeoJSON, or the file format in capitals (CSV). */
    private static String formatName(IncidentSet set) {
        return switch (set.format()) {
            case IncidentSet.BUNDLED -> Messages.get("sets.bundledFormat");
            case "geojson" -> "GeoJSON";
            default -> set.format().toUpperCase(java.util.Locale.ROOT);
        };
    }

    /** A set's id as a node id: letters, digits, '-' and '_' kept, anything else '_'. */
    static String safeId(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
