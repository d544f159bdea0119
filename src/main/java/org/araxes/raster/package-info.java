// SPDX-License-Identifier: GPL-3.0-or-later
/** A small anti-aliased polygon rasteriser into int ARGB buffers, used for offline basemap tiles and exports; plain Java. */
package org.araxes.raster;
