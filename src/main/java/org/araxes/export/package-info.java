// SPDX-License-Identifier: GPL-3.0-or-later
/** Off-screen rendering of the map to PNG; the only code allowed to touch java.awt and javax.imageio. */
package org.araxes.export;
