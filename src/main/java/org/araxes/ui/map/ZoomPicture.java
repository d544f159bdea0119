// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import java.nio.IntBuffer;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A layer's kept picture scaled for a zoom in progress, sampled in Java (nearest pixel) into an
 * image the size of the map and shown unscaled. The software renderer draws a scaled texture of a
 * whole map in about 35 ms at 1920×1080; sampling and drawing the image costs a fraction of that
 * (docs/performance.md). The picture's pixels are read once per paint, at the first zoom frame.
 */
final class ZoomPicture {

    private final ImageView view = new ImageView();
    private int[] source;
    private int sourceWidth;
    private int sourceHeight;
    private int[] target;
    private int[] columns;
    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;

    ZoomPicture() {
        view.setVisible(false);
        view.setManaged(false);
        view.setSmooth(false);
    }

    /** The node that shows the scaled picture (placed at the map's top left). */
    ImageView view() {
        return view;
    }

    /** Drops the pixels read from the canvas: it has been painted anew. */
    void forget() {
        source = null;
    }

    /** Whether the scaled picture is shown (the canvas is not). */
    boolean isShown() {
        return view.isVisible();
    }

    void hide() {
        view.setVisible(false);
    }

    /**
     * Shows the canvas's picture scaled and shifted so that canvas pixel c lands on map pixel
     * {@code scale × c + offset}, for a map of width × height; what the picture does not cover is
     * transparent.
     */
    void show(Canvas canvas, double scale, double offsetX, double offsetY, double width, double height) {
        int w = (int) Math.ceil(width);
        int h = (int) Math.ceil(height);
        if (source == null) {
            read(canvas);
        }
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            // an image over our own int array in the renderer's pixel format: no conversion per frame
            target = new int[w * h];
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(target), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
            columns = new int[w];
            view.setImage(image);
        }
        for (int x = 0; x < w; x++) {
            int sx = (int) Math.floor((x + 0.5 - offsetX) / scale);
            columns[x] = sx >= 0 && sx < sourceWidth ? sx : -1;
        }
        int previous = Integer.MIN_VALUE;
        for (int y = 0; y < h; y++) {
            int sy = (int) Math.floor((y + 0.5 - offsetY) / scale);
            int row = y * w;
            if (sy < 0 || sy >= sourceHeight) {
                java.util.Arrays.fill(target, row, row + w, 0);
                previous = Integer.MIN_VALUE;
                continue;
            }
            if (sy == previous) {
                // zoomed in, rows repeat: copy the row just made
                System.arraycopy(target, row - w, target, row, w);
                continue;
            }
            previous = sy;
            int sourceRow = sy * sourceWidth;
            for (int x = 0; x < w; x++) {
                int sx = columns[x];
                target[row + x] = sx < 0 ? 0 : source[sourceRow + sx];
            }
        }
        buffer.updateBuffer(b -> null);
        view.setVisible(true);
    }

    private void read(Canvas canvas) {
        sourceWidth = (int) canvas.getWidth();
        sourceHeight = (int) canvas.getHeight();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setViewport(new javafx.geometry.Rectangle2D(0, 0, sourceWidth, sourceHeight));
        // the canvas's own pixels, without its placement on the map (put back at once)
        var placement = List.copyOf(canvas.getTransforms());
        canvas.getTransforms().clear();
        WritableImage picture = new WritableImage(sourceWidth, sourceHeight);
        try {
            canvas.snapshot(parameters, picture);
        } finally {
            canvas.getTransforms().setAll(placement);
        }
        source = new int[sourceWidth * sourceHeight];
        picture.getPixelReader().getPixels(0, 0, sourceWidth, sourceHeight, PixelFormat.getIntArgbPreInstance(), source, 0,
                sourceWidth);
    }
}
