// SPDX-License-Identifier: GPL-3.0-or-later
/** The main window's state as view-models (layers, basemap, language, pointer, status): no nodes; the views bind to it. */
package org.araxes.ui.state;
