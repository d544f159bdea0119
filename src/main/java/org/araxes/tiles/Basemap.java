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
 * A window's basemap: the offline painter made from its atlas, where tiles come from (offline or
 * OpenStreetMap) and who hears about tile loading ("online tiles unavailable"). The window's
 * view-model owns one and hands it to the map and to the tile retriever
 * ({@link AraxesTileRetriever#serve}); nothing is loaded behind anyone's back. Thread-safe.
 */
public final class Basemap {

    private final BasemapPainter painter;
    private volatile TileSource source = TileSource.OFFLINE;
    private volatile Consumer<String> statusListener = message -> { };

    /** A basemap painted by a painter, offline until told otherwise. */
    public Basemap(BasemapPainter painter) {
        this.painter = Objects.requireNonNull(painter);
    }

    /** The basemap of an atlas: its land and water layers. */
    public static Basemap of(Atlas atlas) {
        return new Basemap(painterFor(atlas));
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

    /** The offline painter. */
    public BasemapPainter painter() {
        return painter;
    }

    public TileSource source() {
        return source;
    }

    /** Chooses where new tiles come from; tiles already shown stay until the map reloads them. */
    public void setSource(TileSource tileSource) {
        source = Objects.requireNonNull(tileSource);
    }

    /** Receives status messages from tile loading, on a background thread. */
    public void setStatusListener(Consumer<String> listener) {
        statusListener = listener == null ? message -> { } : listener;
    }

    void status(String message) {
        statusListener.accept(message);
    }
}
