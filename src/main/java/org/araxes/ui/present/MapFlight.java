// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.present;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;
import org.araxes.ui.map.AtlasMapView;

/**
 * Flies the map to a centre and zoom: the centre moves in Web Mercator (straight on the screen),
 * the zoom eases between the two levels and dips out a little on long flights so the audience
 * keeps its bearings. {@link AtlasMapView#show} does the moving once per animation frame.
 */
public final class MapFlight {

    /** How long a flight takes. */
    public static final Duration DURATION = Duration.seconds(1);

    private final AtlasMapView map;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private Timeline timeline;

    public MapFlight(AtlasMapView map) {
        this.map = map;
    }

    /** Flies to a centre and zoom; a flight under way is replaced (it ends where it is now). */
    public void flyTo(double lon, double lat, double zoom) {
        flyTo(lon, lat, zoom, DURATION);
    }

    /** Flies over a given time; zero time (or a map with no size yet) moves at once. */
    public void flyTo(double lon, double lat, double zoom, Duration duration) {
        stop();
        Viewport from = map.getViewport();
        if (from == null || duration.lessThanOrEqualTo(Duration.ZERO)) {
            map.show(lon, lat, zoom);
            return;
        }
        double x0 = WebMercator.worldX(from.centerLongitude(), 0);
        double y0 = WebMercator.worldY(from.centerLatitude(), 0);
        double x1 = WebMercator.worldX(lon, 0);
        double y1 = WebMercator.worldY(lat, 0);
        double z0 = from.zoom();
        double z1 = zoom;
        // how many screens apart the two centres are at the lower zoom: dip out when far
        double screens = Math.hypot(x1 - x0, y1 - y0) * WebMercator.worldSize(Math.min(z0, z1))
                / Math.max(1, Math.max(from.width(), from.height()));
        double dip = Math.max(0, Math.min(2.5, Math.log(screens) / Math.log(2) + 0.5));
        progress.set(0);
        javafx.beans.value.ChangeListener<Number> step = (o, old, value) -> {
            double t = value.doubleValue();
            double x = x0 + (x1 - x0) * t;
            double y = y0 + (y1 - y0) * t;
            double z = z0 + (z1 - z0) * t - dip * Math.sin(Math.PI * t);
            map.show(WebMercator.longitude(x, 0), WebMercator.latitude(y, 0), z);
        };
        progress.addListener(step);
        timeline = new Timeline(new KeyFrame(duration, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        timeline.setOnFinished(e -> {
            progress.removeListener(step);
            map.show(lon, lat, zoom);
        });
        Timeline started = timeline;
        started.statusProperty().addListener((o, old, status) -> {
            if (status == javafx.animation.Animation.Status.STOPPED) {
                progress.removeListener(step);
            }
        });
        timeline.play();
    }

    /** Whether a flight is under way. */
    public boolean isFlying() {
        return timeline != null && timeline.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** Stops a flight where it is. */
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
