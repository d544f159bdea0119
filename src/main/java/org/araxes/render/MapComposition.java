// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.araxes.geo.Viewport;
import org.araxes.raster.BasemapPainter;
import org.araxes.raster.PolygonRasterizer;

/**
 * Everything a map picture is made of, in drawing order: the basemap, the visible vector layers
 * with their opacity, the labels in one language. The export draws this in one pass; the screen
 * draws the vector layers and labels with the same {@link #drawLayers} and the rest as layers of its own.
 *
 * @param basemap        the basemap painter, or null for none
 * @param basemapOpacity 0–1
 * @param layers         the visible layers, bottom first, with their opacity
 * @param language       label language
 * @param credits        credit lines the data requires
 * @param incidents      the incidents shown, drawn above the labels as on screen, or null for none
 */
public record MapComposition(BasemapPainter basemap, double basemapOpacity, List<Layer> layers, String language,
                             List<String> credits, IncidentRenderer.Shown incidents) {

    /** One vector layer and the opacity to draw it with. */
    public record Layer(VectorRenderer renderer, double opacity) {
    }

    public MapComposition {
        layers = List.copyOf(layers);
        credits = List.copyOf(credits);
    }

    /** A composition without incidents. */
    public MapComposition(BasemapPainter basemap, double basemapOpacity, List<Layer> layers, String language,
                          List<String> credits) {
        this(basemap, basemapOpacity, layers, language, credits, null);
    }

    /** The same composition with incidents drawn on top (null for none). */
    public MapComposition withIncidents(IncidentRenderer.Shown shown) {
        return new MapComposition(basemap, basemapOpacity, layers, language, credits, shown);
    }

    /**
     * Draws the whole map for a viewport at a scale (1 = screen sizes; 2 = twice as thick lines and
     * big type, for a picture with twice the pixels over the same area).
     */
    public void draw(GraphicsContext gc, Viewport viewport, double scale) {
        draw(gc, viewport, scale, 0, viewport.height(), null);
    }

    /**
     * Draws the rows {@code top} to {@code top + rows} of the map for a viewport: the graphics
     * context is expected to be translated so those rows land on its canvas. Vectors and labels are
     * laid out for the whole picture, so stripes drawn one by one join without seams; the basemap
     * is rasterised for the stripe only.
     *
     * @param badge a text beside each incident marker (its source numbers), or null for none
     */
    public void draw(GraphicsContext gc, Viewport viewport, double scale, double top, double rows,
                     java.util.function.Function<List<org.araxes.incidents.Incident>, String> badge) {
        if (basemap != null) {
            drawBasemap(gc, basemap, basemapOpacity, viewport, top, rows);
        }
        drawLayers(gc, layers, viewport, scale, language, scale, new double[] {0, 0, viewport.width(), viewport.height()});
        if (incidents != null) {
            IncidentRenderer.draw(gc, viewport, incidents, scale, badge);
        }
    }

    /**
     * Paints the offline basemap for the rows {@code top} to {@code top + rows} of a viewport at full
     * resolution (in plain Java, {@link PolygonRasterizer}) and draws it at {@code top}.
     */
    public static void drawBasemap(GraphicsContext gc, BasemapPainter basemap, double opacity, Viewport viewport,
                                   double top, double rows) {
        int width = (int) Math.ceil(viewport.width());
        int height = (int) Math.ceil(rows);
        PolygonRasterizer raster = new PolygonRasterizer(width, height);
        Viewport stripe = new Viewport(viewport.zoom(), viewport.translateX(), viewport.translateY() - top,
                viewport.width(), rows);
        basemap.paint(raster, stripe);
        // the raster's own pixels, premultiplied, under the image: no conversion into JavaFX's byte
        // format and back (about 0.1 s of a cold start at 723x600)
        WritableImage image = new WritableImage(new javafx.scene.image.PixelBuffer<>(width, height,
                java.nio.IntBuffer.wrap(raster.toPremultiplied()), PixelFormat.getIntArgbPreInstance()));
        gc.setGlobalAlpha(opacity);
        gc.drawImage(image, 0, top);
        gc.setGlobalAlpha(1);
    }

    /**
     * Draws vector layers, bottom first, each with its opacity applied to every shape, and then
     * their labels, placed together (the export and the map on screen both draw this way).
     *
     * @param lineScale  how much thicker than at screen size lines and markers are drawn
     * @param labelScale how much larger than at screen size the labels are set
     * @param shown      the part of the picture the map shows, {minX, minY, maxX, maxY}: labels go
     *                   there first, the rest only get labels wholly outside it
     * @return the labels drawn
     */
    public static List<LabelCandidate> drawLayers(GraphicsContext gc, List<Layer> layers, Viewport viewport,
                                                  double lineScale, String language, double labelScale,
                                                  double[] shown) {
        List<LabelCandidate> labels = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer.opacity() <= 0) {
                continue;
            }
            gc.setGlobalAlpha(layer.opacity());
            layer.renderer().draw(gc, viewport, lineScale);
            if (layer.opacity() > 0.05) {
                layer.renderer().collectLabels(viewport, language, labelScale, labels);
            }
        }
        gc.setGlobalAlpha(1);
        return LabelPlacer.draw(gc, labels, shown, viewport.width(), viewport.height(), 2 * labelScale);
    }

    /** Lines broken at spaces so each fits a width in a font. */
    public static List<String> wrap(List<String> lines, double width, javafx.scene.text.Font font) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(font);
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                measure.setText(candidate);
                if (measure.getLayoutBounds().getWidth() > width && current.length() > 0) {
                    wrapped.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            wrapped.add(current.toString());
        }
        return wrapped;
    }

    /** The distinct parts of credit lines ("A; B" and "B; C" give A, B, C), in first-seen order. */
    public static List<String> creditParts(List<String> credits) {
        java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
        for (String credit : credits) {
            for (String part : credit.split(";|\\band\\b(?=\\s*©)")) {
                String trimmed = part.trim();
                if (!trimmed.isEmpty()) {
                    parts.add(trimmed);
                }
            }
        }
        return List.copyOf(parts);
    }
}
