// SPDX-License-Identifier: GPL-3.0-or-later
/** Searching the atlas: places and features by any of their names, and incidents by their text. */
package org.araxes.search;
