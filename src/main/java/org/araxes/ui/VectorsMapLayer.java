// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.scene.layout.Region;
import org.araxes.geo.Viewport;
import org.araxes.render.LabelCandidate;
import org.araxes.render.MapComposition;

/**
 * Every visible data layer, bottom first, and then their labels, placed together so they never
 * collide — on one canvas. One picture instead of one per layer: the software renderer blends every
 * full-size canvas into each frame, so seven layer canvases cost seven blends a frame. A layer's
 * opacity is applied to each of its shapes (a translucent line shows its casing through it).
 *
 * <p>Labels are placed for the map as it is shown first, exactly as the export places them; the
 * margin kept for panning gets only labels that do not reach into the map, so at rest the screen
 * and the export agree.
 */
final class VectorsMapLayer extends ViewportLayer {

    private final List<DataLayer> layers;
    private final Supplier<String> language;
    private final DoubleSupplier scale;
    private List<LabelCandidate> drawn = List.of();

    VectorsMapLayer(Region map, List<DataLayer> layers, Supplier<String> language, DoubleSupplier scale) {
        super(map);
        this.layers = layers;
        this.language = language;
        this.scale = scale;
        setId("vectors");
        for (DataLayer layer : layers) {
            layer.model().visibleProperty().addListener(o -> redraw());
            layer.model().opacityProperty().addListener(o -> redraw());
        }
    }

    @Override
    protected void paint(Viewport viewport) {
        double s = scale.getAsDouble();
        List<MapComposition.Layer> visible = new ArrayList<>();
        for (DataLayer layer : layers) {
            if (layer.model().isVisible()) {
                visible.add(new MapComposition.Layer(layer.renderer(), layer.model().getOpacity()));
            }
        }
        // Lines and markers grow with the square root of the label scale: on a projector hairline
        // borders wash out, but scaled fully (2× at 1440 px) they would smother a zoomed-in view.
        drawn = List.copyOf(MapComposition.drawLayers(canvas.getGraphicsContext2D(), visible, viewport, Math.sqrt(s),
                language.get(), s, mapArea()));
    }

    /** The labels the last paint drew (tests read their sizes). */
    List<LabelCandidate> drawn() {
        return drawn;
    }
}
