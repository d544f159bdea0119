// SPDX-License-Identifier: GPL-3.0-or-later
/** Saved views, stories and presentation mode on screen: the Views and Story menus, flying, captions, pen, notes. */
package org.araxes.ui.present;
