// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.araxes.geo.Viewport;
import org.araxes.render.MapComposition;

/**
 * Renders a map picture off screen at the output resolution (never an upscaled screenshot) and
 * writes it as PNG, atomically: a temporary file in the target folder, then a move over the target,
 * so an interrupted export never leaves a broken file.
 */
public final class MapExporter {

    private MapExporter() {
    }

    /**
     * Renders a composition. Call on the JavaFX thread.
     *
     * @param viewport the area and output size in pixels
     * @param scale    line and type scale (1 = screen)
     * @param title    a title for the frame, or null for none
     */
    public static WritableImage render(MapComposition composition, Viewport viewport, double scale, String title) {
        Canvas canvas = new Canvas(viewport.width(), viewport.height());
        composition.draw(canvas.getGraphicsContext2D(), viewport, scale);
        composition.drawFrame(canvas.getGraphicsContext2D(), viewport, scale, title);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return canvas.snapshot(parameters, new WritableImage((int) viewport.width(), (int) viewport.height()));
    }

    /** Writes an image as PNG, atomically. Any thread. */
    public static void writePng(WritableImage image, Path target) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        Path temporary = Files.createTempFile(folder, ".araxes-export-", ".png.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (!ImageIO.write(buffered, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
