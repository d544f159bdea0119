// SPDX-License-Identifier: GPL-3.0-or-later
/** Writing incidents out as GeoJSON (Araxes's format), CSV (ACLED's columns, then ours) and KML, atomically; plain Java, no JavaFX. */
package org.araxes.incidents.write;
