// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import org.araxes.ui.common.Messages;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.araxes.incidents.Citation;
import org.araxes.incidents.Incident;

/**
 * The selected incident in full: title, date with its precision, place with its precision, status,
 * summary, and each source as a citation ({@link Citation}) with its exact quote. Web links (http and https
 * only) are handed to the opener, which shows them in the system browser.
 */
public final class IncidentDetailsView extends ScrollPane {

    private final VBox content = new VBox(6);
    private final Consumer<URI> linkOpener;
    private final IncidentsViewModel model;
    private Consumer<Incident> edit;

    public IncidentDetailsView(IncidentsViewModel model, Consumer<URI> linkOpener) {
        this.linkOpener = linkOpener;
        this.model = model;
        setId("incident-details");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(8));
        setContent(content);
        model.selectedProperty().addListener((o, old, incident) -> show(incident));
        show(model.selectedProperty().get());
    }

    /** Shows an Edit button with each incident, which hands the incident to {@code action}. */
    public void onEdit(Consumer<Incident> action) {
        edit = action;
        show(model.selectedProperty().get());
    }

    private void show(Incident incident) {
        content.getChildren().clear();
        if (incident == null) {
            Label hint = new Label(Messages.get("incident.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("incident-hint");
            content.getChildren().add(hint);
            return;
        }
        Label title = wrapped(incident.title(), "incident-title");
        title.setId("incident-title");
        Label category = wrapped(Messages.label(incident.category()) + " · " + Messages.label(incident.status()) + " · "
                + Messages.label(incident.role()), "incident-meta");
        category.setId("incident-status");
        Label date = wrapped(Messages.format("incident.when", incident.date().display()), "incident-field");
        date.setId("incident-date");
        Label place = wrapped(Messages.format("incident.where", incident.location().display()), "incident-field");
        place.setId("incident-place");
        content.getChildren().addAll(title, category);
        if (edit != null) {
            javafx.scene.control.Button button = new javafx.scene.control.Button(Messages.get("incident.edit"));
            button.setId("incident-edit");
            button.setOnAction(e -> edit.accept(incident));
            content.getChildren().add(button);
        }
        content.getChildren().add(date);
        if (!incident.date().note().isBlank()) {
            content.getChildren().add(wrapped(incident.date().note(), "incident-note"));
        }
        content.getChildren().add(place);
        if (!incident.location().note().isBlank()) {
            content.getChildren().add(wrapped(incident.location().note(), "incident-note"));
        }
        Label summary = wrapped(incident.summary(), "incident-summary");
        summary.setId("incident-summary");
        content.getChildren().addAll(summary, wrapped(Messages.format("incident.actors", String.join(", ", incident.actors())), "incident-field"));
        Label set = wrapped(Messages.format("incident.set", String.join(", ",
                model.setsOf(incident).stream().map(org.araxes.incidents.IncidentSet::name).toList())), "incident-field");
        set.setId("incident-set");
        content.getChildren().add(set);
        VBox historyBox = new VBox(6);
        historyBox.setId("incident-history");
        content.getChildren().add(historyBox);
        // read off the JavaFX thread (a slow link must not freeze selection); shown if still selected
        model.history(incident).thenAccept(history -> javafx.application.Platform.runLater(() -> {
            if (history.isEmpty() || model.selectedProperty().get() != incident || !content.getChildren().contains(historyBox)) {
                return;
            }
            Label historyHeading = new Label(Messages.get("desk.history.heading"));
            historyHeading.getStyleClass().add("panel-heading");
            historyBox.getChildren().add(historyHeading);
            for (String line : history) {
                historyBox.getChildren().add(wrapped(line, "incident-history"));
            }
        }));
        Label heading = new Label(Messages.format("incident.sources", incident.sources().size()));
        heading.getStyleClass().add("panel-heading");
        content.getChildren().add(heading);
        int i = 0;
        for (Incident.Source source : incident.sources()) {
            VBox box = new VBox(2);
            box.getStyleClass().add("incident-source");
            Label citation = wrapped(Citation.of(source), "incident-source-publisher");
            citation.setId("incident-citation-" + i);
            box.getChildren().add(citation);
            if (Citation.hasSuppliedTitle(source)) {
                box.getChildren().add(wrapped(Messages.get("incident.suppliedTitle"), "incident-note"));
            }
            Label quote = wrapped("“" + source.quote() + "”", "incident-quote");
            quote.setId("incident-quote-" + i);
            box.getChildren().add(quote);
            source.link().ifPresent(uri -> {
                Hyperlink link = new Hyperlink(uri.toString());
                link.setId("incident-link-" + source.hashCode());
                link.setOnAction(e -> linkOpener.accept(uri));
                box.getChildren().add(link);
            });
            content.getChildren().add(box);
            i++;
        }
        setVvalue(0);
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
