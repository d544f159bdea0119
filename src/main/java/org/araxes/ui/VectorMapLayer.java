// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import javafx.scene.layout.Region;
import org.araxes.geo.Viewport;
import org.araxes.render.VectorRenderer;

/** One data layer on the map: visibility and opacity bound to its view-model. */
final class VectorMapLayer extends ViewportLayer {

    private final LayerViewModel model;
    private final VectorRenderer renderer;

    VectorMapLayer(Region map, LayerViewModel model, VectorRenderer renderer) {
        super(map);
        this.model = model;
        this.renderer = renderer;
        setId("layer-" + model.id());
        visibleProperty().bind(model.visibleProperty());
        opacityProperty().bind(model.opacityProperty());
        visibleProperty().addListener(o -> markDirty());
    }

    LayerViewModel model() {
        return model;
    }

    VectorRenderer renderer() {
        return renderer;
    }

    @Override
    protected void paint(Viewport viewport) {
        if (isVisible()) {
            renderer.draw(canvas.getGraphicsContext2D(), viewport, 1.0);
        }
    }
}
