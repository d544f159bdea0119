// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.araxes.model.FeatureFacts;

/**
 * The card that opens on a click on a place or feature: every name, who uses it, size, source, and
 * what the seeds say about it (incidents naming it, with their date and exact quote).
 */
public final class FeatureCard extends BorderPane {

    /** At most this many incidents are listed on a card. */
    static final int MAX_MENTIONS = 8;

    private final Label title = new Label();
    private final VBox body = new VBox(3);
    private java.util.function.Function<org.araxes.geo.GeoFeature, java.util.List<org.araxes.incidents.IncidentMentions.Mention>>
            mentions = f -> java.util.List.of();
    private java.util.function.Consumer<org.araxes.incidents.Incident> openIncident = i -> { };

    FeatureCard() {
        setId("feature-card");
        getStyleClass().add("feature-card");
        title.setId("feature-card-title");
        title.getStyleClass().add("feature-card-title");
        title.setWrapText(true);
        Button close = new Button();
        close.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2c-close"));
        close.setTooltip(new javafx.scene.control.Tooltip(Messages.get("card.close")));
        close.getStyleClass().addAll("flat", "feature-card-close");
        close.setId("feature-card-close");
        close.setOnAction(e -> setVisible(false));
        BorderPane header = new BorderPane(title, null, close, null, null);
        setTop(header);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("feature-card-scroll");
        setCenter(scroll);
        setPadding(new Insets(8, 10, 8, 10));
        setMaxSize(340, 360);
        setPrefWidth(340);
        setVisible(false);
    }

    /** Where the card finds the incidents that mention a feature, and what a click on one does. */
    public void mentionsFrom(java.util.function.Function<org.araxes.geo.GeoFeature,
            java.util.List<org.araxes.incidents.IncidentMentions.Mention>> finder,
                      java.util.function.Consumer<org.araxes.incidents.Incident> open) {
        this.mentions = finder;
        this.openIncident = open;
    }

    /** Shows a feature's facts and what the seeds say about it. */
    public void show(FeatureFacts facts, org.araxes.geo.GeoFeature feature) {
        show(facts);
        var found = feature == null ? java.util.List.<org.araxes.incidents.IncidentMentions.Mention>of() : mentions.apply(feature);
        if (found.isEmpty()) {
            return;
        }
        Label heading = heading(Messages.format("card.seeds", found.size()));
        heading.setId("feature-card-seeds");
        body.getChildren().add(heading);
        for (var m : found.subList(0, Math.min(MAX_MENTIONS, found.size()))) {
            javafx.scene.control.Hyperlink what = new javafx.scene.control.Hyperlink(
                    m.incident().date().display() + " · " + m.incident().title());
            what.setWrapText(true);
            what.getStyleClass().add("feature-card-mention");
            what.setOnAction(e -> openIncident.accept(m.incident()));
            Label quote = new Label("“" + m.quote() + "”");
            quote.setWrapText(true);
            quote.getStyleClass().add("feature-card-quote");
            Label source = new Label("— " + m.source());
            source.getStyleClass().add("feature-card-note");
            body.getChildren().add(new VBox(1, what, quote, source));
        }
        if (found.size() > MAX_MENTIONS) {
            body.getChildren().add(line(Messages.format("card.seeds.more", found.size() - MAX_MENTIONS)));
        }
    }

    public void show(FeatureFacts facts) {
        title.setText(facts.title() + "  ·  " + facts.layer());
        body.getChildren().clear();
        if (!facts.names().isEmpty()) {
            body.getChildren().add(heading(Messages.get("card.names")));
            facts.names().forEach(n -> body.getChildren().add(line(n)));
        }
        if (!facts.measures().isEmpty()) {
            body.getChildren().add(heading(Messages.get("card.measured")));
            facts.measures().forEach(m -> body.getChildren().add(line(m)));
        }
        if (!facts.details().isEmpty()) {
            body.getChildren().add(heading(Messages.get("card.about")));
            facts.details().forEach(d -> body.getChildren().add(line(d)));
        }
        setVisible(true);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("feature-card-heading");
        return label;
    }

    /** A line; the part after "who: " is set in the bundled font for its script (Armenian, Persian). */
    private static javafx.scene.Node line(String text) {
        int colon = text.indexOf(": ");
        Label label = new Label(colon < 0 ? text : text.substring(colon + 2));
        label.setWrapText(true);
        label.getStyleClass().add("feature-card-line");
        label.setFont(javafx.scene.text.Font.font(org.araxes.render.Fonts.familyFor(label.getText()), 13));
        if (colon < 0) {
            return label;
        }
        String key = text.substring(0, colon);
        Label who = new Label(key.length() <= 16 ? key + ":" : key);
        who.getStyleClass().add("feature-card-key");
        if (key.length() <= 16) {
            who.setMinWidth(Label.USE_PREF_SIZE);
            return new javafx.scene.layout.HBox(5, who, label);
        }
        // a long "who uses it" goes under the name, small, so the name stays readable
        who.setWrapText(true);
        who.getStyleClass().add("feature-card-note");
        return new VBox(0, label, who);
    }
}
