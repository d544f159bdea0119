// SPDX-License-Identifier: GPL-3.0-or-later
/** Drawing of vector layers onto a JavaFX GraphicsContext through a Viewport, shared by the screen and the export. */
package org.araxes.render;
