// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import org.araxes.render.VectorRenderer;

/**
 * One geodata layer as the map draws it: its view-model (visibility, opacity) and its renderer.
 * All data layers are drawn together by {@link VectorsMapLayer}.
 */
record DataLayer(LayerViewModel model, VectorRenderer renderer) {
}
