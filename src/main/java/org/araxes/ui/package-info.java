// SPDX-License-Identifier: GPL-3.0-or-later
/** The JavaFX desktop interface: main window, map pane, layer panel, status bar and their view-models. */
package org.araxes.ui;
