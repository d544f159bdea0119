// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.araxes.geo.ScaleBar;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;
import org.araxes.raster.BasemapPainter;
import org.araxes.raster.PolygonRasterizer;

/**
 * Everything a map picture is made of, in drawing order: the basemap, the visible vector layers
 * with their opacity, the labels in one language. The export draws this in one pass; the screen
 * draws the same renderers layer by layer.
 *
 * @param basemap        the basemap painter, or null for none
 * @param basemapOpacity 0–1
 * @param layers         the visible layers, bottom first, with their opacity
 * @param language       label language
 * @param credits        credit lines the data requires
 */
public record MapComposition(BasemapPainter basemap, double basemapOpacity, List<Layer> layers, String language,
                             List<String> credits) {

    /** One vector layer and the opacity to draw it with. */
    public record Layer(VectorRenderer renderer, double opacity) {
    }

    public MapComposition {
        layers = List.copyOf(layers);
        credits = List.copyOf(credits);
    }

    /**
     * Draws the whole map for a viewport at a scale (1 = screen sizes; 2 = twice as thick lines and
     * big type, for a picture with twice the pixels over the same area).
     */
    public void draw(GraphicsContext gc, Viewport viewport, double scale) {
        int width = (int) Math.ceil(viewport.width());
        int height = (int) Math.ceil(viewport.height());
        if (basemap != null) {
            PolygonRasterizer raster = new PolygonRasterizer(width, height);
            // the basemap is drawn for the same ground area at screen scale, then at full resolution
            basemap.paint(raster, viewport);
            WritableImage image = new WritableImage(width, height);
            image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), raster.pixels(), 0, width);
            gc.setGlobalAlpha(basemapOpacity);
            gc.drawImage(image, 0, 0);
        }
        for (Layer layer : layers) {
            gc.setGlobalAlpha(layer.opacity());
            layer.renderer().draw(gc, viewport, scale);
        }
        gc.setGlobalAlpha(1);
        List<LabelCandidate> labels = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer.opacity() > 0.05) {
                layer.renderer().collectLabels(viewport, language, scale, labels);
            }
        }
        LabelPlacer.draw(gc, labels, viewport.width(), viewport.height(), 2 * scale);
    }

    /** Lines broken at spaces so each fits a width in a font. */
    static List<String> wrap(List<String> lines, double width, javafx.scene.text.Font font) {
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
    static List<String> creditParts(List<String> credits) {
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

    /**
     * Draws the export frame: a scale bar true at its own latitude, a north arrow, the data credits
     * and how borders are drawn, along the bottom edge.
     */
    public void drawFrame(GraphicsContext gc, Viewport viewport, double scale, String title) {
        double margin = 12 * scale;
        double w = viewport.width();
        double h = viewport.height();
        List<String> lines = new ArrayList<>();
        lines.add("Data: " + String.join(" · ", creditParts(credits)));
        lines.add("Borders: de facto international boundaries from the data above; proposed corridors dashed and"
                + " labelled as proposals. Lines are approximate.");
        javafx.scene.text.Font small = javafx.scene.text.Font.font(Fonts.sansFamily(), 11 * scale);
        double footer = (wrap(lines, w - 2 * margin, small).size() + 1) * 15 * scale + margin;
        gc.setGlobalAlpha(0.85);
        gc.setFill(javafx.scene.paint.Color.WHITE);
        gc.fillRect(0, h - footer, w, footer);
        gc.setGlobalAlpha(1);
        gc.setFill(javafx.scene.paint.Color.web("#333333"));
        gc.setFont(javafx.scene.text.Font.font(Fonts.sansFamily(), 11 * scale));
        gc.setTextBaseline(javafx.geometry.VPos.BOTTOM);
        gc.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        double y = h - margin;
        lines = wrap(lines, w - 2 * margin, gc.getFont());
        for (int i = lines.size() - 1; i >= 0; i--) {
            gc.fillText(lines.get(i), margin, y);
            y -= 15 * scale;
        }
        if (title != null && !title.isBlank()) {
            gc.setFont(javafx.scene.text.Font.font(Fonts.sansFamily(), javafx.scene.text.FontWeight.BOLD, 18 * scale));
            gc.setTextBaseline(javafx.geometry.VPos.TOP);
            gc.setGlobalAlpha(0.85);
            gc.setFill(javafx.scene.paint.Color.WHITE);
            gc.fillRect(0, 0, w, 34 * scale);
            gc.setGlobalAlpha(1);
            gc.setFill(javafx.scene.paint.Color.web("#222222"));
            gc.fillText(title, margin, 8 * scale);
        }
        // scale bar, true at its own latitude
        double barY = h - footer - margin;
        double latitude = viewport.latitude(barY);
        ScaleBar bar = ScaleBar.forResolution(WebMercator.metresPerPixel(latitude, viewport.zoom()), 180 * scale);
        double barX = w - margin - bar.pixels();
        gc.setFill(javafx.scene.paint.Color.web("#222222"));
        gc.fillRect(barX, barY - 5 * scale, bar.pixels(), 5 * scale);
        gc.setFont(javafx.scene.text.Font.font(Fonts.sansFamily(), 12 * scale));
        gc.setTextBaseline(javafx.geometry.VPos.BOTTOM);
        gc.fillText(bar.label(), barX, barY - 7 * scale);
        // north arrow: Web Mercator keeps north up everywhere
        double ax = w - margin - 10 * scale;
        double ay = (title == null || title.isBlank() ? margin : 34 * scale + margin);
        gc.fillPolygon(new double[] {ax, ax - 7 * scale, ax + 7 * scale}, new double[] {ay, ay + 20 * scale, ay + 20 * scale}, 3);
        gc.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        gc.setTextBaseline(javafx.geometry.VPos.TOP);
        gc.fillText("N", ax, ay + 22 * scale);
    }
}
