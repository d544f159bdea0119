// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.araxes.incidents.IncidentStore;
import org.araxes.presentation.MapState;
import org.araxes.raster.BasemapPainter;

/**
 * Turns a {@link MapState} into the {@link MapComposition} every output draws: the window's
 * export and clipboard and the command line's export compose the picture here, and only here.
 */
public final class MapComposer {

    private MapComposer() {
    }

    /**
     * The composition of a state.
     *
     * @param state     what is drawn
     * @param basemap   the basemap painter, or null for none
     * @param renderers the renderer of a map layer by its id (null for a layer that cannot be drawn)
     * @param store     the incidents the state's window and filter pick from
     * @param credits   the credit lines the data requires
     */
    public static MapComposition compose(MapState state, BasemapPainter basemap,
                                         Function<String, VectorRenderer> renderers, IncidentStore store,
                                         List<String> credits) {
        List<MapComposition.Layer> layers = new ArrayList<>();
        for (MapState.Layer layer : state.layers()) {
            VectorRenderer renderer = layer.visible() ? renderers.apply(layer.id()) : null;
            if (renderer != null) {
                // a feature with valid_from/valid_until is drawn as it stood at the state's window
                layers.add(new MapComposition.Layer(renderer, layer.opacity(), state.window()));
            }
        }
        int[] indices = state.incidentsShown() ? store.visible(state.window(), state.filter()) : new int[0];
        int selected = store.indexOf(state.selected());
        return new MapComposition(state.basemap() ? basemap : null, state.basemapOpacity(), layers,
                state.language(), credits)
                .withSubject(java.util.Set.copyOf(state.subject()))
                .withIncidents(new IncidentRenderer.Shown(store, indices, state.window(),
                        selected >= 0 ? store.get(selected) : null));
    }
}
