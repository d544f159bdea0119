// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import com.gluonhq.maps.MapLayer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.Region;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;

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
        Viewport now = ViewportLayer.viewportOf(baseMap, map.getWidth(), map.getHeight());
        if (now != null && keepCentreOnTheWorld(now)) {
            return; // moved back: this runs again for the corrected view
        }
        viewport.set(now);
    }

    /**
     * Moves the map back when a pan, a drag or a zoom has taken the centre off the world (east of
     * 180°, beyond the Mercator latitude limit), so the view always has a centre a saved view can
     * hold; true when it moved.
     */
    private boolean keepCentreOnTheWorld(Viewport now) {
        double size = WebMercator.worldSize(now.zoom());
        double x = now.width() / 2 - now.translateX();
        double y = now.height() / 2 - now.translateY();
        double dx = x < 0 ? -x : x > size ? size - x : 0;
        double dy = y < 0 ? -y : y > size ? size - y : 0;
        if (dx == 0 && dy == 0) {
            return false;
        }
        baseMap.moveX(dx);
        baseMap.moveY(dy);
        return true;
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
