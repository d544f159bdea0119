// SPDX-License-Identifier: GPL-3.0-or-later
/** Checking input files without the window: which reader a file needs, and every problem it has (plain Java). */
package org.araxes.check;
