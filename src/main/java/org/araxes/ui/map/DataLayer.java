// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.state.LayerViewModel;
import org.araxes.render.VectorRenderer;

/**
 * One geodata layer as the map draws it: its view-model (visibility, opacity) and its renderer.
 * All data layers are drawn together by {@link VectorsMapLayer}.
 */
public record DataLayer(LayerViewModel model, VectorRenderer renderer) {
}
