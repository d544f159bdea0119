// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.araxes.incidents.Category;

/**
 * How each incident category is drawn: a colour from the Okabe–Ito palette, which stays distinct
 * for the common forms of colour blindness, and a shape, so categories that share a colour still
 * differ. Shared by the map layer, the timeline, the legend and the export.
 */
public final class IncidentSymbols {

    /** Symbol shapes. */
    public enum Shape { CIRCLE, SQUARE, TRIANGLE, DIAMOND, INVERTED_TRIANGLE }

    private IncidentSymbols() {
    }

    /** The category's colour ({@link Category#colour}). */
    public static Color color(Category category) {
        return Color.web(category.colour());
    }

    /** The category's shape. */
    public static Shape shape(Category category) {
        return switch (category) {
            case MILITARY_EXERCISE -> Shape.TRIANGLE;
            case DIPLOMATIC, AGREEMENT, OTHER -> Shape.CIRCLE;
            case BORDER_INCIDENT, WAR -> Shape.DIAMOND;
            case ATTACK -> Shape.INVERTED_TRIANGLE;
            case ARREST_OR_EXPULSION, STATEMENT, INFRASTRUCTURE -> Shape.SQUARE;
        };
    }

    /** Draws a category's symbol centred on (x, y) with a radius, outlined for contrast, on a canvas. */
    public static void draw(GraphicsContext g, Category category, double x, double y, double r, double alpha) {
        draw(new FxSurface(g), category, x, y, r, alpha, 1);
    }

    /** Draws a category's symbol with its outline scaled (1 = screen). */
    public static void draw(Surface g, Category category, double x, double y, double r, double alpha,
                            double scale) {
        Color fill = color(category);
        g.setFill(fill.deriveColor(0, 1, 1, alpha));
        g.setStroke(Color.gray(category == Category.WAR ? 1 : 0.1, alpha));
        g.setLineWidth(1.2 * scale);
        double[] xs;
        double[] ys;
        switch (shape(category)) {
            case CIRCLE -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                return;
            }
            case SQUARE -> {
                double s = r * 0.9;
                g.fillRect(x - s, y - s, 2 * s, 2 * s);
                g.strokeRect(x - s, y - s, 2 * s, 2 * s);
                return;
            }
            case TRIANGLE -> {
                xs = new double[] {x, x + r * 1.1, x - r * 1.1};
                ys = new double[] {y - r * 1.15, y + r * 0.8, y + r * 0.8};
            }
            case INVERTED_TRIANGLE -> {
                xs = new double[] {x - r * 1.1, x + r * 1.1, x};
                ys = new double[] {y - r * 0.8, y - r * 0.8, y + r * 1.15};
            }
            default -> {
                xs = new double[] {x, x + r * 1.2, x, x - r * 1.2};
                ys = new double[] {y - r * 1.2, y, y + r * 1.2, y};
            }
        }
        g.fillPolygon(xs, ys, xs.length);
        g.strokePolygon(xs, ys, xs.length);
    }
}
