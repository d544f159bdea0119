// SPDX-License-Identifier: GPL-3.0-or-later
/** Geographic values and the one model-to-screen transform (Web Mercator viewport); plain Java, no JavaFX. */
package org.araxes.geo;
