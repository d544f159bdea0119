// SPDX-License-Identifier: GPL-3.0-or-later
/** Readers for GeoJSON and other inputs: they return the good items plus a list of problems; plain Java, no JavaFX. */
package org.araxes.io;
