// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.explore;

import org.araxes.ui.common.Messages;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.araxes.search.AtlasSearch;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search box over the map: type a name in any script (accents ignored) or words of an
 * incident's title; the results list below it; Enter or a click on a result flies there and
 * selects it; Down moves into the list; Esc clears.
 */
final class SearchBox extends VBox {

    static final int MAX_RESULTS = 12;

    private final atlantafx.base.controls.CustomTextField field = new atlantafx.base.controls.CustomTextField();
    private final ListView<AtlasSearch.Hit> results = new ListView<>();
    private final ObservableList<AtlasSearch.Hit> hits = FXCollections.observableArrayList();

    SearchBox(Supplier<AtlasSearch> search, Consumer<AtlasSearch.Hit> activate) {
        setId("search-box");
        getStyleClass().add("search-box");
        field.setId("search-field");
        field.setPromptText(Messages.get("search.prompt"));
        field.setPrefColumnCount(22);
        results.setId("search-results");
        results.setItems(hits);
        results.setPrefHeight(0);
        results.setVisible(false);
        results.setManaged(false);
        results.setCellFactory(v -> new HitCell());
        field.textProperty().addListener((o, old, text) -> {
            List<AtlasSearch.Hit> found = search.get().find(text, MAX_RESULTS);
            hits.setAll(found);
            boolean show = !found.isEmpty();
            results.setVisible(show);
            results.setManaged(show);
            results.setPrefHeight(Math.min(found.size(), 8) * 30 + 4);
            if (show) {
                results.getSelectionModel().select(0);
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                AtlasSearch.Hit hit = results.getSelectionModel().getSelectedItem();
                if (hit == null && !hits.isEmpty()) {
                    hit = hits.get(0);
                }
                if (hit != null) {
                    activate.accept(hit);
                    hideResults();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !hits.isEmpty()) {
                results.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                hideResults();
                e.consume();
            }
        });
        results.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                activate.accept(results.getSelectionModel().getSelectedItem());
                hideResults();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.requestFocus();
                hideResults();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && results.getSelectionModel().getSelectedItem() != null) {
                activate.accept(results.getSelectionModel().getSelectedItem());
                hideResults();
            }
        });
        FontIcon icon = new FontIcon("mdi2m-magnify");
        field.setLeft(icon);
        getChildren().addAll(field, org.araxes.ui.common.ShownLater.inPlaceOf(results)); // no skin until the first results
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(false);
    }

    TextField field() {
        return field;
    }

    /** Puts the cursor in the search field, text selected. */
    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void hideResults() {
        results.setVisible(false);
        results.setManaged(false);
    }

    /** A result row: a place or incident icon, the name, and where it matched. */
    private static final class HitCell extends ListCell<AtlasSearch.Hit> {
        @Override
        protected void updateItem(AtlasSearch.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean place = hit.kind() == AtlasSearch.Kind.PLACE;
            setGraphic(new FontIcon(place ? "mdi2m-map-marker-outline" : "mdi2a-alert-circle-outline"));
            String matched = place && !hit.matched().equals(hit.label()) ? "  (" + hit.matched() + ")" : "";
            setText(hit.label() + matched + "  ·  " + hit.detail());
            setFont(javafx.scene.text.Font.font(org.araxes.render.Fonts.familyFor(hit.matched()), 13));
            setPrefWidth(0);
        }
    }
}
