// SPDX-License-Identifier: GPL-3.0-or-later
/** The application: the JavaFX start, the main window and its panels, the user's session, the smoke test. */
package org.araxes.ui.app;
