// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.util.function.DoubleSupplier;
import javafx.scene.layout.Region;
import org.araxes.geo.Viewport;
import org.araxes.render.VectorRenderer;

/** One data layer on the map: visibility and opacity bound to its view-model. */
final class VectorMapLayer extends ViewportLayer {

    private final LayerViewModel model;
    private final VectorRenderer renderer;
    private final DoubleSupplier labelScale;

    VectorMapLayer(Region map, LayerViewModel model, VectorRenderer renderer, DoubleSupplier labelScale) {
        super(map);
        this.model = model;
        this.renderer = renderer;
        this.labelScale = labelScale;
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
            // Lines and markers grow with the square root of the label scale: on a projector hairline
            // borders wash out, but scaled fully (2× at 1440 px) they would smother a zoomed-in view.
            renderer.draw(canvas.getGraphicsContext2D(), viewport, Math.sqrt(labelScale.getAsDouble()));
        }
    }
}
