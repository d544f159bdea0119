// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.araxes.incidents.Category;
import org.araxes.render.IncidentSymbols;

/**
 * How each category is drawn: a colour from the Okabe–Ito palette and a shape. The drawing lives in
 * {@link IncidentSymbols} (render), so the screen and the export draw the same symbols.
 */
public final class CategoryStyle {

    private CategoryStyle() {
    }

    /** The category's colour. */
    public static Color color(Category category) {
        return IncidentSymbols.color(category);
    }

    /** Draws a category's symbol centred on (x, y) with a radius, outlined for contrast. */
    public static void draw(GraphicsContext g, Category category, double x, double y, double r, double alpha) {
        IncidentSymbols.draw(g, category, x, y, r, alpha);
    }
}
