// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.araxes.presentation.MapState;
import org.araxes.render.MapComposition;
import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.state.MainViewModel;

/**
 * What the window's exports of other moments draw from (an animation, a comparison): the
 * view-models, the map, the state the window shows now, the one composition of any state over the
 * window's layers and incidents, and the window to own their dialogs.
 *
 * @param model    the window's view-model
 * @param map      the map (its viewport gives the size on screen)
 * @param state    the state the window shows now
 * @param composer a state composed over the window's layers and incidents
 * @param owner    the window that owns dialogs and file choosers
 */
record MapOutputs(MainViewModel model, AtlasMapView map, Supplier<MapState> state,
                  Function<MapState, MapComposition> composer, Supplier<Window> owner) {
}
