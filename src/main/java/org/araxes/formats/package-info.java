// SPDX-License-Identifier: GPL-3.0-or-later
/** Readers of the map formats people have beside GeoJSON (GeoPackage, FlatGeobuf, Shapefile), each giving an {@link org.araxes.io.GeoJsonResult}. */
package org.araxes.formats;
