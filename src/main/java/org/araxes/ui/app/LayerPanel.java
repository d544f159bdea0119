// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import org.araxes.ui.common.Messages;
import org.araxes.ui.state.LayerViewModel;
import org.araxes.ui.state.MainViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The layer panel: per layer a visibility check box, an opacity slider, and the problems met
 * reading its file; top layers first, as in every GIS. The basemap is listed last.
 */
final class LayerPanel extends ScrollPane {

    LayerPanel(MainViewModel model) {
        setId("layer-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        fill(model);
        // a layer opened after the start (a big file read in the background) gets its row when read
        model.layers().addListener((javafx.collections.ListChangeListener<LayerViewModel>) c -> fill(model));
        setPrefWidth(240);
        setMinWidth(180);
    }

    /** Lists the layers as they are now. */
    private void fill(MainViewModel model) {
        VBox rows = new VBox(10);
        rows.setPadding(new Insets(10));
        Label heading = new Label(Messages.get("layers.title"));
        heading.getStyleClass().add("panel-heading");
        rows.getChildren().add(heading);
        List<LayerViewModel> topFirst = new ArrayList<>(model.layers());
        java.util.Collections.reverse(topFirst);
        for (LayerViewModel layer : topFirst) {
            rows.getChildren().add(row(layer.id(), layer.title(), layer.visibleProperty(), layer.opacityProperty(),
                    layer.problemSummary(), Messages.format("layers.features", layer.data().features().size(), layer.data().fileName())
                            + (layer.data().info().credit().isBlank() ? "" : "\n" + layer.data().info().credit())));
        }
        rows.getChildren().add(row("basemap", Messages.get("layers.basemap"), model.basemapVisibleProperty(),
                model.basemapOpacityProperty(), "", Messages.get("layers.basemap.tooltip")));
        rows.getChildren().add(new LegendView(model.layers()));
        setContent(rows);
    }

    private static VBox row(String id, String title, BooleanProperty visible, DoubleProperty opacity,
                            String problems, String details) {
        CheckBox toggle = new CheckBox(title);
        toggle.setId("toggle-" + id);
        toggle.selectedProperty().bindBidirectional(visible);
        toggle.setTooltip(new Tooltip(details));
        Slider slider = new Slider(0, 1, opacity.get());
        slider.setId("opacity-" + id);
        slider.valueProperty().bindBidirectional(opacity);
        slider.disableProperty().bind(visible.not());
        slider.setTooltip(new Tooltip(Messages.format("layers.opacity", title)));
        VBox row = new VBox(3, toggle, slider);
        row.getStyleClass().add("layer-row");
        if (!problems.isEmpty()) {
            Label warning = new Label(problems, new org.kordamp.ikonli.javafx.FontIcon("mdi2a-alert-outline"));
            warning.setId("problems-" + id);
            warning.getStyleClass().add("layer-problem");
            warning.setWrapText(true);
            warning.setTooltip(new Tooltip(problems));
            row.getChildren().add(warning);
        }
        return row;
    }
}
