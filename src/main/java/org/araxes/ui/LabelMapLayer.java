// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.layout.Region;
import org.araxes.geo.Viewport;
import org.araxes.render.LabelCandidate;
import org.araxes.render.LabelPlacer;

/** The labels of all visible layers, placed together so they never collide. */
final class LabelMapLayer extends ViewportLayer {

    private final List<VectorMapLayer> layers;
    private final Supplier<String> language;

    LabelMapLayer(Region map, List<VectorMapLayer> layers, Supplier<String> language) {
        super(map);
        this.layers = layers;
        this.language = language;
        setId("labels");
    }

    @Override
    protected void paint(Viewport viewport) {
        List<LabelCandidate> candidates = new ArrayList<>();
        for (VectorMapLayer layer : layers) {
            if (layer.model().isVisible() && layer.model().getOpacity() > 0.05) {
                layer.renderer().collectLabels(viewport, language.get(), 1.0, candidates);
            }
        }
        LabelPlacer.draw(canvas.getGraphicsContext2D(), candidates, viewport.width(), viewport.height(), 2);
    }
}
