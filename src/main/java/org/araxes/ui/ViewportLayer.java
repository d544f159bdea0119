// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import com.gluonhq.maps.MapLayer;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.araxes.geo.Viewport;

/**
 * A Gluon Maps layer that draws on a canvas the size of the map through Araxes' {@link Viewport}.
 * It listens to the base map's zoom and translation (setting the zoom alone does not re-lay out
 * layers) and to the map's size, marks itself dirty, and redraws once in the next pulse.
 */
abstract class ViewportLayer extends MapLayer {

    private final Region map;
    protected final Canvas canvas = new Canvas();
    private final InvalidationListener dirty = o -> markDirty();

    ViewportLayer(Region map) {
        this.map = map;
        getChildren().add(canvas);
        setMouseTransparent(true);
        map.widthProperty().addListener(dirty);
        map.heightProperty().addListener(dirty);
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(dirty);
        baseMap.translateXProperty().addListener(dirty);
        baseMap.translateYProperty().addListener(dirty);
        markDirty();
    }

    /** Asks for a redraw in the next pulse. */
    void redraw() {
        markDirty();
    }

    /** The viewport the map shows now, or null before it has a size. */
    Viewport viewport() {
        return viewportOf(baseMap, map.getWidth(), map.getHeight());
    }

    static Viewport viewportOf(com.gluonhq.impl.maps.BaseMap baseMap, double width, double height) {
        if (baseMap == null || width <= 0 || height <= 0) {
            return null;
        }
        return new Viewport(Math.max(0, baseMap.zoom().get()), baseMap.getTranslateX(), baseMap.getTranslateY(),
                width, height);
    }

    @Override
    protected final void layoutLayer() {
        Viewport viewport = viewport();
        if (viewport == null) {
            return;
        }
        canvas.setWidth(viewport.width());
        canvas.setHeight(viewport.height());
        canvas.getGraphicsContext2D().clearRect(0, 0, viewport.width(), viewport.height());
        paint(viewport);
    }

    /** Draws the layer for a viewport onto the cleared canvas. */
    protected abstract void paint(Viewport viewport);
}
