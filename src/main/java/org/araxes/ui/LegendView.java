// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.araxes.geo.GeoFeature;
import org.araxes.io.LayerInfo;
import org.araxes.render.MapStyle;

/**
 * The legend: one line per symbol the loaded layers use, drawn with the map's own style so the two
 * always agree.
 */
final class LegendView extends VBox {

    private static final double W = 34;
    private static final double H = 14;

    LegendView(List<LayerViewModel> layers) {
        super(4);
        setId("legend");
        Label heading = new Label("Legend");
        heading.getStyleClass().add("panel-heading");
        getChildren().add(heading);
        Set<LayerInfo.Kind> kinds = new LinkedHashSet<>();
        layers.forEach(l -> kinds.add(l.data().info().kind()));
        for (Entry entry : entries(kinds)) {
            Canvas swatch = new Canvas(W, H);
            draw(swatch.getGraphicsContext2D(), entry);
            Label text = new Label(entry.text());
            text.setWrapText(true);
            HBox row = new HBox(8, swatch, text);
            row.getStyleClass().add("legend-row");
            getChildren().add(row);
        }
    }

    private record Entry(LayerInfo.Kind kind, Map<String, Object> properties, String text) {
    }

    private static List<Entry> entries(Set<LayerInfo.Kind> kinds) {
        List<Entry> entries = new ArrayList<>();
        if (kinds.contains(LayerInfo.Kind.LAND)) {
            entries.add(new Entry(LayerInfo.Kind.LAND, Map.of("iso_a3", "AZE"), "Country area (pale tints, equal weight)"));
        }
        if (kinds.contains(LayerInfo.Kind.BORDER)) {
            entries.add(new Entry(LayerInfo.Kind.BORDER, Map.of("border_type", "international"), "International border"));
        }
        if (kinds.contains(LayerInfo.Kind.ADMIN)) {
            entries.add(new Entry(LayerInfo.Kind.ADMIN, Map.of(), "Province boundary"));
            entries.add(new Entry(LayerInfo.Kind.ADMIN, Map.of("hasc", "AZ.NX"), "Nakhchivan Autonomous Republic (exclave)"));
        }
        if (kinds.contains(LayerInfo.Kind.WATER)) {
            entries.add(new Entry(LayerInfo.Kind.WATER, Map.of(), "Sea, lake, reservoir"));
        }
        if (kinds.contains(LayerInfo.Kind.RIVER)) {
            entries.add(new Entry(LayerInfo.Kind.RIVER, Map.of("name", "Aras"), "Aras river"));
            entries.add(new Entry(LayerInfo.Kind.RIVER, Map.of("name", "Aras", "position", "doubtful"), "River, position doubtful"));
        }
        if (kinds.contains(LayerInfo.Kind.CORRIDOR)) {
            entries.add(new Entry(LayerInfo.Kind.CORRIDOR, Map.of(), "Corridor, approximate; its label gives its status (proposed, agreed…)"));
        }
        if (kinds.contains(LayerInfo.Kind.PLACE)) {
            entries.add(new Entry(LayerInfo.Kind.PLACE, Map.of("rank", 1, "place_kind", "capital"), "Capital or major city"));
            entries.add(new Entry(LayerInfo.Kind.PLACE, Map.of("rank", 3), "Town, village or site"));
        }
        return entries;
    }

    private static void draw(GraphicsContext gc, Entry entry) {
        GeoFeature feature = new GeoFeature(0, "legend", null, entry.properties());
        LayerInfo.Kind kind = entry.kind();
        Color fill = MapStyle.fill(kind, feature);
        Color stroke = MapStyle.stroke(kind, feature);
        double[] dashes = MapStyle.dashes(kind, feature);
        double width = Math.min(3, MapStyle.strokeWidth(kind, feature, 7));
        switch (kind) {
            case LAND, WATER, ADMIN -> {
                gc.setFill(fill != null ? fill : Color.TRANSPARENT);
                gc.fillRect(1, 1, W - 2, H - 2);
                gc.setStroke(stroke);
                gc.setLineWidth(width);
                gc.setLineDashes(dashes);
                gc.strokeRect(1, 1, W - 2, H - 2);
            }
            case PLACE -> {
                double r = Math.max(2.2, 5.0 - feature.number("rank", 3) * 0.6);
                gc.setFill(MapStyle.placeMarker(feature));
                gc.fillOval(W / 2 - r, H / 2 - r, 2 * r, 2 * r);
            }
            default -> {
                gc.setStroke(stroke);
                gc.setLineWidth(width);
                if (dashes != null) {
                    double[] scaled = dashes.clone();
                    for (int i = 0; i < scaled.length; i++) {
                        scaled[i] = scaled[i] * 0.6;
                    }
                    gc.setLineDashes(scaled);
                }
                gc.strokeLine(2, H / 2, W - 2, H / 2);
            }
        }
    }
}
