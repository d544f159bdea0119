// SPDX-License-Identifier: GPL-3.0-or-later
/** The incidents interface: the timeline, the incident list, details, filters and problems, with their view-models. */
package org.araxes.ui.incidents;
