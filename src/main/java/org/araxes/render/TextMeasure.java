// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The one way text is measured, for every surface: the width and height JavaFX lays a text out
 * in, and where its baseline stands for a vertical position. The label placer, the frame's layout
 * and the SVG surface all measure here, so a text takes the same room in the PNG and in the SVG.
 * An instance keeps one {@link Text} for many measurements; not thread-safe.
 */
public final class TextMeasure {

    private final Text text = new Text();

    /**
     * A text's size.
     *
     * @param width   advance width in pixels
     * @param height  line height (ascent and descent) in pixels
     * @param ascent  from the top of the line to the baseline
     */
    public record Size(double width, double height, double ascent) {
    }

    /** The size of a text set in a font. */
    public Size size(Font font, String value) {
        text.setFont(font);
        text.setText(value);
        text.setTextOrigin(VPos.BASELINE);
        Bounds bounds = text.getLayoutBounds();
        return new Size(bounds.getWidth(), bounds.getHeight(), -bounds.getMinY());
    }

    /** The width of a text set in a font. */
    public double width(Font font, String value) {
        return size(font, value).width();
    }

    /** The width of a text set in a font (a measurement of its own). */
    public static double widthOf(Font font, String value) {
        return new TextMeasure().width(font, value);
    }

    /**
     * How far below y the baseline of a text set at y stands, for a vertical position, as the
     * JavaFX canvas places it: TOP puts the top of the line at y, CENTER its middle, BOTTOM its
     * bottom, BASELINE the baseline.
     */
    public double baselineBelow(Font font, VPos position) {
        if (position == null || position == VPos.BASELINE) {
            return 0;
        }
        Size size = size(font, "Hg");
        return switch (position) {
            case TOP -> size.ascent();
            case CENTER -> size.ascent() - size.height() / 2;
            case BOTTOM -> size.ascent() - size.height();
            default -> 0;
        };
    }
}
