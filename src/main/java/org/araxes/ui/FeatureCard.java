// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.araxes.model.FeatureFacts;

/** The card that opens on a click on a place or feature: every name, who uses it, size, source. */
final class FeatureCard extends BorderPane {

    private final Label title = new Label();
    private final VBox body = new VBox(3);

    FeatureCard() {
        setId("feature-card");
        getStyleClass().add("feature-card");
        title.setId("feature-card-title");
        title.getStyleClass().add("feature-card-title");
        title.setWrapText(true);
        Button close = new Button("×");
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

    void show(FeatureFacts facts) {
        title.setText(facts.title() + "  ·  " + facts.layer());
        body.getChildren().clear();
        if (!facts.names().isEmpty()) {
            body.getChildren().add(heading("Names"));
            facts.names().forEach(n -> body.getChildren().add(line(n)));
        }
        if (!facts.measures().isEmpty()) {
            body.getChildren().add(heading("Measured"));
            facts.measures().forEach(m -> body.getChildren().add(line(m)));
        }
        if (!facts.details().isEmpty()) {
            body.getChildren().add(heading("About"));
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
