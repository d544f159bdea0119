// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.araxes.geo.ScaleBar;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;

/** A scale bar true at the latitude of the map's centre, updated on every pan and zoom. */
final class ScaleBarView extends VBox {

    private static final double MAX_WIDTH = 160;

    private final Region bar = new Region();
    private final Label label = new Label();

    ScaleBarView() {
        setId("scale-bar");
        getStyleClass().add("scale-bar");
        bar.getStyleClass().add("scale-bar-line");
        label.setId("scale-bar-label");
        getChildren().addAll(label, bar);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setSpacing(2);
    }

    void update(Viewport viewport) {
        // True where the bar stands (its own latitude near the bottom of the map), not at the centre.
        double latitude = viewport.latitude(Math.max(0, viewport.height() - 24));
        ScaleBar scale = ScaleBar.forResolution(WebMercator.metresPerPixel(latitude, viewport.zoom()), MAX_WIDTH);
        bar.setPrefSize(scale.pixels(), 6);
        bar.setMinSize(scale.pixels(), 6);
        bar.setMaxSize(scale.pixels(), 6);
        label.setText(scale.label());
    }

    String text() {
        return label.getText();
    }
}
