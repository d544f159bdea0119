// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The one format dispatcher ({@link org.araxes.formats.GeoFiles}) and the readers of the formats
 * people have besides GeoJSON (TopoJSON, KML/KMZ, GPX; GeoPackage, FlatGeobuf, Shapefile), each
 * giving an {@link org.araxes.io.GeoJsonResult}; plain Java, no JavaFX.
 */
package org.araxes.formats;
