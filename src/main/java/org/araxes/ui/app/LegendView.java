// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import org.araxes.ui.common.Messages;
import org.araxes.ui.state.LayerViewModel;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.araxes.render.LegendDrawing;

/**
 * The legend: one line per symbol the loaded layers use, drawn with the map's own style so the two
 * always agree ({@link LegendDrawing}, which the export's frame uses too).
 */
final class LegendView extends VBox {

    LegendView(List<LayerViewModel> layers) {
        super(4);
        setId("legend");
        Label heading = new Label(Messages.get("legend.title"));
        heading.getStyleClass().add("panel-heading");
        getChildren().add(heading);
        for (LegendDrawing.Entry entry : LegendDrawing.entries(layers.stream().map(LayerViewModel::data).toList(), null)) {
            Canvas swatch = new Canvas(LegendDrawing.SWATCH_WIDTH, LegendDrawing.SWATCH_HEIGHT);
            LegendDrawing.drawSwatch(swatch.getGraphicsContext2D(), entry, 0, 0, 1);
            Label text = new Label(entry.text());
            text.setWrapText(true);
            // the swatch on a chip of its own: the map keeps its colours in the dark theme, and so
            // do the swatches, on a light chip there (araxes-dark.css), so dark lines stay visible
            javafx.scene.layout.StackPane chip = new javafx.scene.layout.StackPane(swatch);
            chip.getStyleClass().add("legend-swatch");
            chip.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox row = new HBox(8, chip, text);
            row.getStyleClass().add("legend-row");
            getChildren().add(row);
        }
    }
}
