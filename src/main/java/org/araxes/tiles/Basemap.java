// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.araxes.geo.GeoFeature;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.raster.BasemapPainter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The basemap configuration shared with Gluon Maps' tile loading, which creates its
 * {@link com.gluonhq.maps.tile.TileRetriever} through {@code ServiceLoader} and so cannot be handed
 * one. The app installs its painter and chooses the source here; status messages (for example
 * "online tiles unavailable") go to a listener. Thread-safe.
 */
public final class Basemap {

    private static volatile BasemapPainter painter;
    private static volatile TileSource source = TileSource.OFFLINE;
    private static volatile Consumer<String> statusListener = message -> { };

    private Basemap() {
    }

    /** A painter for the land and water layers of an atlas, covering the box of its land layers. */
    public static BasemapPainter painterFor(Atlas atlas) {
        List<Geometry> land = new ArrayList<>();
        List<Geometry> water = new ArrayList<>();
        Envelope coverage = new Envelope();
        for (LayerData layer : atlas.layers()) {
            LayerInfo.Kind kind = layer.info().kind();
            if (kind != LayerInfo.Kind.LAND && kind != LayerInfo.Kind.WATER) {
                continue;
            }
            for (GeoFeature feature : layer.features()) {
                if (feature.geometry() != null) {
                    (kind == LayerInfo.Kind.LAND ? land : water).add(feature.geometry());
                }
            }
            if (kind == LayerInfo.Kind.LAND) {
                coverage.expandToInclude(layer.bounds());
            }
        }
        return new BasemapPainter(land, water, coverage);
    }

    /** Makes tiles come from this painter. */
    public static void install(BasemapPainter basemapPainter) {
        painter = Objects.requireNonNull(basemapPainter);
    }

    /** The installed painter; loads the default data folder the first time if none was installed. */
    public static BasemapPainter painter() {
        BasemapPainter current = painter;
        if (current == null) {
            synchronized (Basemap.class) {
                if (painter == null) {
                    painter = painterFor(Atlas.load(Atlas.defaultDataFolder()));
                }
                current = painter;
            }
        }
        return current;
    }

    public static TileSource source() {
        return source;
    }

    /** Chooses where new tiles come from; tiles already shown stay until the map reloads them. */
    public static void setSource(TileSource tileSource) {
        source = Objects.requireNonNull(tileSource);
    }

    /** Receives status messages from tile loading, on a background thread. */
    public static void setStatusListener(Consumer<String> listener) {
        statusListener = listener == null ? message -> { } : listener;
    }

    static void status(String message) {
        statusListener.accept(message);
    }
}
