// SPDX-License-Identifier: GPL-3.0-or-later
/** Offline-first basemap tiles for Gluon Maps: rendered from the bundled land and water data, with optional online tiles. */
package org.araxes.tiles;
