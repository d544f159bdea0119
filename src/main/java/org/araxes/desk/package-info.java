// SPDX-License-Identifier: GPL-3.0-or-later
/** The shared incident desk: one incident set in PostgreSQL/PostGIS, edited by a team, kept offline in a local copy; plain Java, no JavaFX (decision 0026). */
package org.araxes.desk;
