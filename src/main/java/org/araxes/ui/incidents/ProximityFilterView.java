// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import org.araxes.incidents.IncidentProximity;
import org.araxes.ui.common.Messages;

/** The filter row "☐ Within [10] km of [the Aras ▾]" under the incident filters. */
public final class ProximityFilterView extends FlowPane {

    public ProximityFilterView(ProximityViewModel model) {
        super(6, 4);
        setId("proximity-filter");
        setAlignment(Pos.CENTER_LEFT);
        CheckBox on = new CheckBox(Messages.get("filter.near.within"));
        on.setId("filter-near");
        on.selectedProperty().bindBidirectional(model.onProperty());
        Spinner<Double> km = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 500, model.kmProperty().get(), 1));
        km.setId("filter-near-km");
        km.setEditable(true);
        km.setPrefWidth(80);
        km.valueProperty().addListener((o, old, v) -> {
            if (v != null && v > 0) {
                model.kmProperty().set(v);
            }
        });
        ComboBox<IncidentProximity.Target> target = new ComboBox<>();
        target.setId("filter-near-target");
        target.getItems().setAll(model.targets());
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.setCellFactory(v -> new TargetCell());
        target.setButtonCell(new TargetCell());
        target.setMaxWidth(180);
        getChildren().addAll(on, km, new Label(Messages.get("filter.near.kmOf")), target);
        setDisable(model.targets().isEmpty());
    }

    private static final class TargetCell extends ListCell<IncidentProximity.Target> {
        @Override
        protected void updateItem(IncidentProximity.Target item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
