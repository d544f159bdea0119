// SPDX-License-Identifier: GPL-3.0-or-later
/** The atlas model: layers loaded from a data folder with their metadata and problems; plain Java, no JavaFX. */
package org.araxes.model;
