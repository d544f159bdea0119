// SPDX-License-Identifier: GPL-3.0-or-later
/** The map pane: the Gluon map, its layers drawn over it (data, labels, incidents, measure, graticule), its controls and the feature card. */
package org.araxes.ui.map;
