// SPDX-License-Identifier: GPL-3.0-or-later
/** Time on the timeline: windows, window modes, play speeds, the zoomable time axis and category histograms; plain Java, no JavaFX. */
package org.araxes.timeline;
