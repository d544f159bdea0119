// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import javafx.scene.paint.Color;

/**
 * A label that would like to be drawn: text at a screen anchor, with a priority (lower wins) that
 * decides which labels stay when they collide.
 *
 * @param text     the label text, never blank
 * @param x        anchor x in screen pixels
 * @param y        anchor y in screen pixels
 * @param priority lower numbers are placed first
 * @param size     font size in pixels
 * @param bold     bold type
 * @param italic   italic type (water and rivers, by cartographic custom)
 * @param colour   text colour
 * @param offsetX  where the text starts relative to the anchor (e.g. right of a dot), in pixels
 * @param centred  centre the text on the anchor instead of starting it at {@code x + offsetX}
 * @param angle    rotation in degrees, clockwise, for names set along a line (rivers); 0 for level text
 */
public record LabelCandidate(String text, double x, double y, int priority, double size, boolean bold,
                             boolean italic, Color colour, double offsetX, boolean centred, double angle) {

    /** A level label. */
    public LabelCandidate(String text, double x, double y, int priority, double size, boolean bold,
                          boolean italic, Color colour, double offsetX, boolean centred) {
        this(text, x, y, priority, size, bold, italic, colour, offsetX, centred, 0);
    }

    public LabelCandidate {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a label needs text");
        }
    }
}
