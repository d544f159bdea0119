// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import javafx.scene.image.Image;

/**
 * Something drawn as many small shapes or over a large area (the offline basemap; the precision
 * radii and clusters of the incidents) whose shapes are decided once, here, and drawn two ways:
 * a pixel surface asks for an {@link #image} of the part it shows (rasterised in plain Java, much
 * faster than canvas calls on JavaFX's software pipeline), a vector surface {@link #drawShapes}.
 * Both show the same shapes, so the PNG and the SVG agree.
 */
public interface Picture {

    /** Draws the shapes onto a surface, in the picture's coordinates. */
    void drawShapes(Surface surface);

    /**
     * The part of the picture inside an area (in the picture's coordinates) as an image, or null
     * when there is nothing there or the picture cannot be made into pixels here (then its shapes
     * are drawn).
     */
    Placed image(double x, double y, double width, double height);

    /**
     * An image and where its top left corner goes.
     *
     * @param image the pixels
     * @param x     left edge, in the picture's coordinates
     * @param y     top edge, in the picture's coordinates
     */
    record Placed(Image image, double x, double y) {
    }
}
