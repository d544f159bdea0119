// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.tiles;

/** Where basemap tiles come from. */
public enum TileSource {
    /** Rendered on this machine from the bundled land and water data; the default, never online. */
    OFFLINE,
    /** OpenStreetMap's standard tiles over the internet, an option the user turns on. */
    OPENSTREETMAP
}
