// SPDX-License-Identifier: GPL-3.0-or-later
/** The students' tools: search, measure, graticule, theme, the shortcut sheet, "within N km". */
package org.araxes.ui.explore;
