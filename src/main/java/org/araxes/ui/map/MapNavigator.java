// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import com.gluonhq.maps.MapLayer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.Region;
import org.araxes.geo.Viewport;

/**
 * An invisible layer that gives Araxes a hand on Gluon Maps' base map: it publishes the current
 * {@link Viewport} as a property and moves the map (pan by pixels, zoom about a point), which
 * {@code MapView}'s public API cannot do without jumping back to the last centre it was given.
 */
final class MapNavigator extends MapLayer {

    /** Zoom limits: the whole Caucasus at the low end, a village street at the high end. */
    static final double MIN_ZOOM = 4;
    static final double MAX_ZOOM = 17;

    private final Region map;
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final InvalidationListener update = o -> update();

    MapNavigator(Region map) {
        this.map = map;
        setMouseTransparent(true);
        setManaged(false);
        map.widthProperty().addListener(update);
        map.heightProperty().addListener(update);
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(update);
        baseMap.translateXProperty().addListener(update);
        baseMap.translateYProperty().addListener(update);
        update();
    }

    private void update() {
        viewport.set(ViewportLayer.viewportOf(baseMap, map.getWidth(), map.getHeight()));
    }

    /** The viewport shown now; null before the map has a size. */
    ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** Moves the content by pixels: positive dx shows more of the east. */
    void panBy(double dx, double dy) {
        if (baseMap != null) {
            baseMap.moveX(dx);
            baseMap.moveY(dy);
        }
    }

    /** Zooms by {@code delta} levels keeping the ground under (x, y) in place, within the limits. */
    void zoomBy(double delta, double x, double y) {
        if (baseMap == null) {
            return;
        }
        double current = baseMap.zoom().get();
        double target = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, current + delta));
        if (Math.abs(target - current) > 1e-9) {
            baseMap.zoom(target - current, x, y);
        }
    }
}
