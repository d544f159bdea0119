// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.scene.layout.Region;
import org.araxes.geo.Viewport;
import org.araxes.render.LabelCandidate;
import org.araxes.render.LabelPlacer;

/** The labels of all visible layers, placed together so they never collide. */
final class LabelMapLayer extends ViewportLayer {

    private final List<VectorMapLayer> layers;
    private final Supplier<String> language;
    private final DoubleSupplier scale;
    private List<LabelCandidate> drawn = List.of();

    LabelMapLayer(Region map, List<VectorMapLayer> layers, Supplier<String> language, DoubleSupplier scale) {
        super(map);
        this.layers = layers;
        this.language = language;
        this.scale = scale;
        setId("labels");
    }

    @Override
    protected void paint(Viewport viewport) {
        double s = scale.getAsDouble();
        List<LabelCandidate> candidates = new ArrayList<>();
        for (VectorMapLayer layer : layers) {
            if (layer.model().isVisible() && layer.model().getOpacity() > 0.05) {
                layer.renderer().collectLabels(viewport, language.get(), s, candidates);
            }
        }
        drawn = List.copyOf(LabelPlacer.draw(canvas.getGraphicsContext2D(), candidates, viewport.width(),
                viewport.height(), 2 * s));
    }

    /** The labels the last paint drew (tests read their sizes). */
    List<LabelCandidate> drawn() {
        return drawn;
    }
}
