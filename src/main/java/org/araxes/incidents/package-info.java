// SPDX-License-Identifier: GPL-3.0-or-later
/** Dated, sourced incidents: the record types, the GeoJSON and CSV readers, and a columnar store for fast time-window queries; plain Java, no JavaFX. */
package org.araxes.incidents;
