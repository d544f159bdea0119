// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the map, the incident symbols and the evidence frame are drawn onto: a small drawing
 * interface with the meaning of JavaFX's {@code GraphicsContext} (the same state, the same
 * operations, the same defaults), so one drawing code serves every output. {@link FxSurface} draws
 * on a canvas (screen, PNG, clipboard); {@link SvgSurface} writes SVG elements, one per operation.
 *
 * <p>State set here (paints, line style, font, alignment, global alpha, transform, clip) holds
 * until changed or until the matching {@link #restore}. Lengths are in the picture's pixels.
 * Colours carry their own opacity, multiplied by the global alpha.
 *
 * <p>What is drawn is decided by the caller; how is the surface's business: a {@link Picture}
 * (many small shapes, or a large area) is drawn by a pixel surface as one image when it can make
 * one, and by a vector surface as its shapes.
 */
public interface Surface {

    /** Saves the state (paints, line style, font, alignment, alpha, transform, clip). */
    void save();

    /** Restores the state last saved, closing the transforms and clips made since. */
    void restore();

    /** Moves the origin. */
    void translate(double x, double y);

    /** Turns the axes clockwise on screen by an angle in degrees. */
    void rotate(double degrees);

    /** Draws only inside a rectangle (in current coordinates) until the next restore. */
    void clipRect(double x, double y, double width, double height);

    /** Multiplies the opacity of everything drawn after (0–1). */
    void setGlobalAlpha(double alpha);

    void setFill(Color fill);

    void setStroke(Color stroke);

    void setLineWidth(double width);

    /** Dash and gap lengths alternating; none or null for a solid line. */
    void setLineDashes(double... dashes);

    void setLineCap(StrokeLineCap cap);

    void setLineJoin(StrokeLineJoin join);

    void setFillRule(FillRule rule);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    /** Where y stands on the text: TOP, CENTER, BASELINE or BOTTOM, as JavaFX's canvas places it. */
    void setTextBaseline(VPos baseline);

    /** Starts a new path. */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    /** Fills the current path with the fill paint and fill rule. */
    void fill();

    /** Strokes the current path with the stroke paint and line style. */
    void stroke();

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    /** A rectangle with rounded corners; arcWidth and arcHeight are the corners' diameters. */
    void fillRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double width, double height, double arcWidth, double arcHeight);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys, int points);

    void strokePolygon(double[] xs, double[] ys, int points);

    /** Text in the font, aligned and placed on its baseline as set, in the fill paint. */
    void fillText(String text, double x, double y);

    /** The outline of a text (a halo) in the stroke paint and line width. */
    void strokeText(String text, double x, double y);

    /** Draws a picture: as one image where this surface draws pixels and the picture can make one, else as shapes. */
    void drawPicture(Picture picture);

    /** Opens a named group (an SVG {@code <g id>}; nothing on a canvas). Close it with {@link #endGroup}. */
    default void beginGroup(String id) {
        beginGroup(id, null, null);
    }

    /**
     * Opens a group (an SVG {@code <g>}; nothing on a canvas). Close it with {@link #endGroup}.
     *
     * @param id        a name unique in the picture, or null
     * @param className what kind of thing it holds ({@code cluster}, {@code place-doubt}…), or null
     * @param title     a tooltip for what it holds, or null; asked for only by a surface that keeps it
     */
    void beginGroup(String id, String className, java.util.function.Supplier<String> title);

    void endGroup();
}
