// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import org.araxes.ui.common.Messages;
import java.net.URI;
import java.util.function.Consumer;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.io.Problem;

/**
 * The panel beside the map: filters (which double as the legend), the chronological list of the
 * incidents shown, the selected incident's details, and the problems met loading files. The list
 * selects in step with the map through the view-model.
 */
public final class IncidentsPanel extends SplitPane {

    private final IncidentsViewModel model;
    private final ListView<Incident> list = new ListView<>();
    private boolean syncing;
    private VBox filterBox;
    private final IncidentDetailsView details;

    public IncidentsPanel(IncidentsViewModel model, Consumer<URI> linkOpener) {
        this.model = model;
        setId("incidents-panel");
        setOrientation(Orientation.VERTICAL);

        list.setId("incident-list");
        list.setItems(model.visible());
        list.setCellFactory(v -> new IncidentCell());
        list.setPlaceholder(new Label(Messages.get("incidents.noneInWindow")));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, incident) -> {
            if (!syncing && incident != null) {
                model.select(incident);
            }
        });
        model.selectedProperty().addListener((o, old, incident) -> syncList(incident));
        model.visible().addListener((javafx.collections.ListChangeListener<Incident>) c ->
                syncList(model.selectedProperty().get()));
        // a row shows its set's name when several are shown: equal incidents are not redrawn by themselves
        model.sets().addListener((javafx.collections.ListChangeListener<org.araxes.incidents.IncidentSet>) c -> list.refresh());

        // The filters scroll in a bounded pane, so the list below keeps its room.
        javafx.scene.control.ScrollPane filterScroll = new javafx.scene.control.ScrollPane(filters());
        filterScroll.setFitToWidth(true);
        filterScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        filterScroll.setPrefViewportHeight(230);
        TitledPane filters = new TitledPane(Messages.get("incidents.filters"), filterScroll);
        list.setMinHeight(120);
        filters.setId("incident-filters");
        filters.setExpanded(true);
        VBox top = new VBox(filters, list);
        VBox.setVgrow(list, Priority.ALWAYS);

        ListView<Problem> problems = new ListView<>(model.problems());
        problems.setId("problems");
        problems.setPlaceholder(new Label(Messages.get("incidents.noProblems")));
        problems.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                setText(empty || problem == null ? null
                        : org.araxes.io.FirstFew.text(problem.toString(), org.araxes.ui.state.LayerViewModel.MAX_MESSAGE_CHARACTERS));
                setGraphic(empty || problem == null ? null : new org.kordamp.ikonli.javafx.FontIcon(
                        problem.severity() == Problem.Severity.ERROR ? "mdi2c-close-circle-outline" : "mdi2a-alert-outline"));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        TitledPane problemsPane = new TitledPane();
        problemsPane.setId("problems-pane");
        problemsPane.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.format("incidents.problems", String.valueOf(model.problems().size())), model.problems()));
        problemsPane.setExpanded(!model.problems().isEmpty());
        model.problems().addListener((javafx.collections.ListChangeListener<Problem>) c ->
                problemsPane.setExpanded(!model.problems().isEmpty()));
        org.araxes.ui.common.ShownLater.whenExpanded(problemsPane, problems); // collapsed while there are none

        details = new IncidentDetailsView(model, linkOpener);
        getItems().addAll(top, details, problemsPane);
        setDividerPositions(0.6, 0.93);
        setPrefWidth(340);
        setMinWidth(240);
    }

    /** The menu for the selected incident, on the list and the details (copy its citation, quote, link). */
    public void setIncidentMenu(javafx.scene.control.ContextMenu menu) {
        list.setContextMenu(menu);
        details.setContextMenu(menu);
    }

    /** What the details' Edit button does with the incident shown. */
    public void onEdit(Consumer<Incident> edit) {
        details.onEdit(edit);
    }

    /** Adds a row under the filters (e.g. "within N km of the Aras"). */
    public void addFilter(javafx.scene.Node row) {
        filterBox.getChildren().add(row);
    }

    private void syncList(Incident incident) {
        syncing = true;
        try {
            if (incident == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != incident) {
                list.getSelectionModel().select(incident);
                list.scrollTo(incident);
            }
        } finally {
            syncing = false;
        }
    }

    private VBox filters() {
        TextField search = new TextField();
        search.setId("incident-search");
        search.setPromptText(Messages.get("incidents.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchProperty());

        FlowPane categories = new FlowPane(8, 4);
        for (Category category : Category.values()) {
            CheckBox box = new CheckBox(Messages.label(category));
            box.setId("filter-category-" + category.code());
            box.setGraphic(swatch(category));
            box.setSelected(model.categories().contains(category));
            box.selectedProperty().addListener((o, old, on) -> {
                if (on) {
                    model.categories().add(category);
                } else {
                    model.categories().remove(category);
                }
            });
            model.categories().addListener((SetChangeListener<Category>) c -> box.setSelected(model.categories().contains(category)));
            categories.getChildren().add(box);
        }
        FlowPane statuses = new FlowPane(8, 4);
        for (Status status : Status.values()) {
            CheckBox box = new CheckBox(Messages.label(status));
            box.setId("filter-status-" + status.code());
            box.setSelected(true);
            box.selectedProperty().addListener((o, old, on) -> {
                if (on) {
                    model.statuses().add(status);
                } else {
                    model.statuses().remove(status);
                }
            });
            statuses.getChildren().add(box);
        }
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(Messages.label(role));
            box.setId("filter-role-" + role.code());
            box.setSelected(true);
            box.selectedProperty().addListener((o, old, on) -> {
                if (on) {
                    model.roles().add(role);
                } else {
                    model.roles().remove(role);
                }
            });
            statuses.getChildren().add(box);
        }
        ComboBox<String> actor = new ComboBox<>();
        actor.setId("incident-actor");
        actor.setPromptText(Messages.get("incidents.anyActor"));
        actor.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> {
            String keep = model.actorProperty().get();
            actor.getItems().setAll(Messages.get("incidents.anyActor"));
            actor.getItems().addAll(model.actorNames());
            actor.setValue(keep == null ? Messages.get("incidents.anyActor") : keep);
        };
        fill.run();
        model.actorNames().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        actor.valueProperty().addListener((o, old, v) ->
                model.actorProperty().set(v == null || v.equals(Messages.get("incidents.anyActor")) ? null : v));
        VBox box = new VBox(6, search, categories, statuses, actor);
        filterBox = box;
        box.setPadding(new Insets(6));
        return box;
    }

    private static Canvas swatch(Category category) {
        Canvas canvas = new Canvas(14, 14);
        CategoryStyle.draw(canvas.getGraphicsContext2D(), category, 7, 7, 5, 1);
        return canvas;
    }

    /** Characters of a set's name shown in a list row; longer names are cut. */
    private static final int MAX_TAG = 16;

    /** A list row: a category symbol, the date and the title; its set's name when several are shown. */
    private final class IncidentCell extends ListCell<Incident> {
        @Override
        protected void updateItem(Incident incident, boolean empty) {
            super.updateItem(incident, empty);
            if (empty || incident == null || getIndex() < 0 || getIndex() >= model.visible().size()) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setPrefWidth(0);
            String when = incident.date().start().toString()
                    + (incident.date().isImprecise() ? " ~" : "");
            String set = model.setOfVisible(getIndex()).name();
            boolean several = model.sets().stream().filter(org.araxes.incidents.IncidentSet::visible).count() > 1;
            Label text = new Label(when + "  " + incident.title());
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, swatch(incident.category()), text);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            // as wide as the cell: a graphic gets its preferred width, which would push the tag out
            row.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 2));
            row.setMinWidth(0);
            javafx.scene.layout.HBox.setHgrow(text, Priority.ALWAYS);
            if (several) {
                Label tag = new Label(set.length() > MAX_TAG ? set.substring(0, MAX_TAG - 1) + "…" : set);
                tag.getStyleClass().add("incident-set-tag");
                tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                row.getChildren().add(tag);
            }
            setText(null);
            setGraphic(row);
            setTooltip(new javafx.scene.control.Tooltip(incident.title() + "\n" + incident.date().display()
                    + "\n" + incident.location().display() + "\n" + Messages.format("incident.set", set)));
        }
    }
}
