// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.araxes.geo.Viewport;
import org.araxes.raster.BasemapPainter;
import org.araxes.render.MapComposition;

/**
 * The offline basemap and every visible data layer, bottom first, on one canvas, painted by the
 * same code as the export (their names are placed by {@link IncidentMapLayer}, around the incident
 * marks, on the canvas above). One
 * picture instead of one per layer (or Gluon's tiles, one image node each): the software renderer
 * blends every shown node into each frame, and moving Gluon's tiles cost about 40 ms a frame at
 * 1920×1080 (docs/performance.md). A layer's opacity is applied to each of its shapes (a translucent
 * line shows its casing through it).
 */
final class VectorsMapLayer extends ViewportLayer {

    private final List<DataLayer> layers;
    private final DoubleSupplier scale;
    private final Supplier<BasemapPainter> basemap;
    private final DoubleSupplier basemapOpacity;
    private final Supplier<org.araxes.timeline.TimeWindow> time;

    /**
     * @param basemap        the offline basemap to paint under the layers, or a supplier of null
     *                       when it is hidden or online tiles are shown instead
     * @param basemapOpacity 0–1
     * @param time           the timeline's window: features with a time are drawn as they stood at it
     */
    VectorsMapLayer(Region map, List<DataLayer> layers, DoubleSupplier scale,
                    Supplier<BasemapPainter> basemap, DoubleSupplier basemapOpacity,
                    Supplier<org.araxes.timeline.TimeWindow> time) {
        super(map);
        this.layers = layers;
        this.scale = scale;
        this.basemap = basemap;
        this.basemapOpacity = basemapOpacity;
        this.time = time;
        setId("vectors");
    }

    @Override
    protected void paint(Viewport viewport) {
        org.araxes.render.Surface g = new org.araxes.render.FxSurface(canvas.getGraphicsContext2D());
        double s = scale.getAsDouble();
        BasemapPainter painter = basemap.get();
        if (painter != null) {
            MapComposition.drawBasemap(g, painter, basemapOpacity.getAsDouble(), viewport);
        }
        // Lines and markers grow with the square root of the label scale: on a projector hairline
        // borders wash out, but scaled fully (2× at 1440 px) they would smother a zoomed-in view.
        MapComposition.drawShapes(g, visible(layers, time.get()), viewport, Math.sqrt(s));
    }

    /** The visible data layers, bottom first, with their opacity and the window they are drawn for, as a composition takes them. */
    static List<MapComposition.Layer> visible(List<DataLayer> layers, org.araxes.timeline.TimeWindow time) {
        List<MapComposition.Layer> visible = new ArrayList<>();
        for (DataLayer layer : layers) {
            if (layer.model().isVisible()) {
                visible.add(new MapComposition.Layer(layer.renderer(), layer.model().getOpacity(), time));
            }
        }
        return visible;
    }
}
