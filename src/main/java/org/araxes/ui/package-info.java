// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The JavaFX desktop interface, in rooms: {@code app} (start, main window, panels, session) over
 * {@code explore}, {@code export} and {@code present}, over {@code map}, over {@code state}
 * (view-models), over {@code incidents}, over {@code common} (messages, icons, theme, keys).
 */
package org.araxes.ui;
