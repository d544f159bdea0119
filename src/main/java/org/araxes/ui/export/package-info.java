// SPDX-License-Identifier: GPL-3.0-or-later
/** The export dialog: format, size, title and frame elements of a picture of the map. */
package org.araxes.ui.export;
