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
 * with their opacity, the incidents, and the labels in one language placed around them. The export
 * draws this in one pass; the screen draws the shapes with the same {@link #drawShapes} on one
 * canvas and the incidents and labels with {@link IncidentRenderer} and {@link #drawLabels} on another.
 *
 * @param basemap        the basemap painter, or null for none
 * @param basemapOpacity 0–1
 * @param layers         the visible layers, bottom first, with their opacity
 * @param language       label language
 * @param credits        credit lines the data requires
 * @param incidents      the incidents shown, or null for none; the labels are placed around them
 * @param subject        ids of the features the view is about, labelled before all others (empty for none)
 */
public record MapComposition(BasemapPainter basemap, double basemapOpacity, List<Layer> layers, String language,
                             List<String> credits, IncidentRenderer.Shown incidents, java.util.Set<String> subject) {

    /**
     * One vector layer, the opacity to draw it with and the time window it is drawn for.
     *
     * @param time the window whose features are drawn ({@link VectorRenderer#shownIn}), or null for all of them
     */
    public record Layer(VectorRenderer renderer, double opacity, org.araxes.timeline.TimeWindow time) {

        /** A layer drawn with every feature, whatever its time. */
        public Layer(VectorRenderer renderer, double opacity) {
            this(renderer, opacity, null);
        }
    }

    public MapComposition {
        layers = List.copyOf(layers);
        credits = List.copyOf(credits);
        subject = subject == null ? java.util.Set.of() : java.util.Set.copyOf(subject);
    }

    /** A composition without a subject. */
    public MapComposition(BasemapPainter basemap, double basemapOpacity, List<Layer> layers, String language,
                          List<String> credits, IncidentRenderer.Shown incidents) {
        this(basemap, basemapOpacity, layers, language, credits, incidents, java.util.Set.of());
    }

    /** A composition without incidents. */
    public MapComposition(BasemapPainter basemap, double basemapOpacity, List<Layer> layers, String language,
                          List<String> credits) {
        this(basemap, basemapOpacity, layers, language, credits, null);
    }

    /** The same composition with incidents drawn on top (null for none). */
    public MapComposition withIncidents(IncidentRenderer.Shown shown) {
        return new MapComposition(basemap, basemapOpacity, layers, language, credits, shown, subject);
    }

    /** The same composition with the features a view is about labelled first. */
    public MapComposition withSubject(java.util.Set<String> ids) {
        return new MapComposition(basemap, basemapOpacity, layers, language, credits, incidents, ids);
    }

    /** The same composition showing only the incidents whose point lies in an area (degrees). */
    public MapComposition incidentsWithin(org.locationtech.jts.geom.Envelope area) {
        return incidents == null ? this : withIncidents(incidents.within(area));
    }

    /**
     * Draws a framed picture on a surface: the map laid out inside the frame (the viewport's whole
     * area between the bands, with only the incidents of that area, so the frame counts what it
     * shows and covers none of it), then the frame; or the bare map when the layout is null.
     *
     * @param viewport the area asked for and the picture's size
     * @param layout   the frame laid out over the viewport ({@link FrameLayout#of}), or null for none
     */
    public List<IncidentRenderer.Mark> drawFramed(Surface surface, Viewport viewport, double scale,
                                                  IncidentRenderer incidentRenderer, EvidenceFrame frame,
                                                  FrameLayout layout) {
        if (layout == null) {
            return draw(surface, viewport, scale, incidentRenderer, null);
        }
        java.util.function.Function<List<org.araxes.incidents.Incident>, String> badge =
                layout.numbered() && frame.shows(FrameElement.SOURCES) ? frame::badge : null;
        // names keep off the frame's bands too: under a translucent band a name would show through
        // the frame's own text
        List<double[]> bands = new ArrayList<>();
        for (FrameLayout.Box band : java.util.Arrays.asList(layout.header(), layout.footer())) {
            if (band != null) {
                bands.add(new double[] {band.x(), band.y(), band.x() + band.w(), band.y() + band.h()});
            }
        }
        List<IncidentRenderer.Mark> marks = incidentsWithin(viewport.visibleBounds())
                .drawAll(surface, layout.mapViewport(), scale, incidentRenderer, badge, bands).marks();
        FrameRenderer.draw(surface, layout);
        return marks;
    }

    /**
     * Draws the whole map for a viewport at a scale (1 = screen sizes; 2 = twice as thick lines and
     * big type, for a picture with twice the pixels over the same area): basemap, layers, the
     * incidents, these with the output's own incident renderer, and the labels placed around them.
     *
     * <p>A surface that is one stripe of a tall picture (a canvas translated to its rows) gets the
     * same picture's rows: vectors and labels are laid out for the whole picture, and the basemap
     * and the incidents' radii and clusters are pictures whose part on the surface is drawn.
     *
     * @param incidentRenderer the output's incident renderer (it keeps the incidents' layout and picture)
     * @param badge            a text beside each incident marker (its source numbers), or null for none
     * @return the incident marks drawn
     */
    public List<IncidentRenderer.Mark> draw(Surface surface, Viewport viewport, double scale,
                                            IncidentRenderer incidentRenderer,
                                            java.util.function.Function<List<org.araxes.incidents.Incident>, String> badge) {
        return drawAll(surface, viewport, scale, incidentRenderer, badge, List.of()).marks();
    }

    /**
     * What {@link #drawAll} drew: the incident marks, the boxes they cover and the labels placed
     * around them.
     *
     * @param marks     the incident marks
     * @param obstacles the boxes the marks and their badges cover, {minX, minY, maxX, maxY}
     * @param labels    the labels placed
     */
    public record Drawn(List<IncidentRenderer.Mark> marks, List<double[]> obstacles, List<LabelPlacer.Placed> labels) {
    }

    /**
     * Draws the whole map as {@link #draw} does and returns the marks and the labels drawn.
     *
     * @param keepOut boxes no name may cover besides the incident marks (a frame's bands),
     *                {minX, minY, maxX, maxY}
     */
    public Drawn drawAll(Surface surface, Viewport viewport, double scale, IncidentRenderer incidentRenderer,
                         java.util.function.Function<List<org.araxes.incidents.Incident>, String> badge,
                         List<double[]> keepOut) {
        if (basemap != null) {
            surface.beginGroup("basemap");
            drawBasemap(surface, basemap, basemapOpacity, viewport);
            surface.endGroup();
        }
        drawShapes(surface, layers, viewport, scale);
        List<IncidentRenderer.Mark> marks = List.of();
        if (incidents != null) {
            surface.beginGroup("incidents");
            marks = incidentRenderer.draw(surface, viewport, incidents, scale, badge);
            surface.endGroup();
        }
        List<double[]> obstacles = IncidentRenderer.obstacles(marks, badge, scale);
        List<double[]> avoided = new ArrayList<>(obstacles);
        avoided.addAll(keepOut);
        List<LabelPlacer.Placed> labels = drawLabels(surface, layers, viewport, language, scale,
                new double[] {0, 0, viewport.width(), viewport.height()}, avoided, subject);
        return new Drawn(marks, obstacles, labels);
    }

    /** Draws the whole map on a canvas in one piece, with an incident renderer of its own. */
    public void draw(GraphicsContext gc, Viewport viewport, double scale) {
        draw(new FxSurface(gc), viewport, scale, new IncidentRenderer(), null);
    }

    /**
     * Draws the offline basemap of a viewport with an opacity: a canvas gets the part it shows
     * painted at full resolution in plain Java ({@link PolygonRasterizer}), an SVG the same
     * rectangles and water polygons as shapes.
     */
    public static void drawBasemap(Surface surface, BasemapPainter basemap, double opacity, Viewport viewport) {
        surface.save();
        surface.setGlobalAlpha(opacity);
        surface.drawPicture(new BasemapPicture(basemap, viewport));
        surface.restore();
    }

    /** The offline basemap of a viewport as a {@link Picture}. */
    private record BasemapPicture(BasemapPainter basemap, Viewport viewport) implements Picture {

        @Override
        public void drawShapes(Surface surface) {
            surface.setFill(argb(BasemapPainter.NO_DATA));
            surface.fillRect(0, 0, viewport.width(), viewport.height());
            org.locationtech.jts.geom.Envelope c = basemap.coverage();
            if (c.isNull()) {
                return;
            }
            double x0 = viewport.screenX(c.getMinX());
            double y0 = viewport.screenY(c.getMaxY());
            surface.setFill(argb(BasemapPainter.LAND));
            surface.fillRect(x0, y0, viewport.screenX(c.getMaxX()) - x0, viewport.screenY(c.getMinY()) - y0);
            org.locationtech.jts.geom.Envelope visible = viewport.visibleBounds();
            surface.setFill(argb(BasemapPainter.WATER));
            surface.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
            surface.beginPath();
            for (org.locationtech.jts.geom.Geometry geometry : basemap.water(visible, viewport.zoom())) {
                for (int i = 0; i < geometry.getNumGeometries(); i++) {
                    if (geometry.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon polygon
                            && polygon.getEnvelopeInternal().intersects(visible)) {
                        for (double[] ring : BasemapPainter.screenRings(polygon, viewport)) {
                            for (int k = 0; k < ring.length; k += 2) {
                                if (k == 0) {
                                    surface.moveTo(ring[k], ring[k + 1]);
                                } else {
                                    surface.lineTo(ring[k], ring[k + 1]);
                                }
                            }
                            surface.closePath();
                        }
                    }
                }
            }
            surface.fill();
        }

        @Override
        public Placed image(double x, double y, double width, double height) {
            // whole pixels of the picture, within it
            int left = (int) Math.max(0, Math.floor(x));
            int top = (int) Math.max(0, Math.floor(y));
            int right = (int) Math.min(Math.ceil(viewport.width()), Math.ceil(x + width));
            int bottom = (int) Math.min(Math.ceil(viewport.height()), Math.ceil(y + height));
            if (right <= left || bottom <= top) {
                return null;
            }
            int w = right - left;
            int h = bottom - top;
            PolygonRasterizer raster = new PolygonRasterizer(w, h);
            basemap.paint(raster, new Viewport(viewport.zoom(), viewport.translateX() - left,
                    viewport.translateY() - top, w, h));
            // the raster's own pixels, premultiplied, under the image: no conversion into JavaFX's byte
            // format and back (about 0.1 s of a cold start at 723x600)
            WritableImage image = new WritableImage(new javafx.scene.image.PixelBuffer<>(w, h,
                    java.nio.IntBuffer.wrap(raster.toPremultiplied()), PixelFormat.getIntArgbPreInstance()));
            return new Placed(image, left, top);
        }

        private static javafx.scene.paint.Color argb(int argb) {
            return javafx.scene.paint.Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, (argb >>> 24) / 255.0);
        }
    }

    /**
     * Draws vector layers' shapes, bottom first, each with its opacity applied to every shape.
     *
     * @param lineScale how much thicker than at screen size lines and markers are drawn
     */
    public static void drawShapes(Surface gc, List<Layer> layers, Viewport viewport, double lineScale) {
        for (Layer layer : layers) {
            if (layer.opacity() <= 0) {
                continue;
            }
            gc.beginGroup("layer-" + layer.renderer().layer().id());
            gc.setGlobalAlpha(layer.opacity());
            layer.renderer().draw(gc, viewport, lineScale, layer.time());
            gc.endGroup();
        }
        gc.setGlobalAlpha(1);
    }

    /**
     * Draws the labels of the vector layers, placed together by priority (the view's subject
     * first), leaving the obstacles (the incident marks) free. The export and the map on screen
     * both label the map here, after the incidents are laid out.
     *
     * @param labelScale how much larger than at screen size the labels are set
     * @param shown      the part of the picture the map shows, {minX, minY, maxX, maxY}: labels go
     *                   there first, the rest only get labels wholly outside it
     * @param obstacles  boxes no label may cover ({@link IncidentRenderer#obstacles})
     * @param subject    ids of the features labelled before all others
     * @return the labels drawn, where they were placed
     */
    public static List<LabelPlacer.Placed> drawLabels(Surface gc, List<Layer> layers, Viewport viewport, String language,
                                                  double labelScale, double[] shown, List<double[]> obstacles,
                                                  java.util.Set<String> subject) {
        List<LabelCandidate> labels = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer.opacity() > 0.05) {
                layer.renderer().collectLabels(viewport, language, labelScale, subject, labels, layer.time());
            }
        }
        gc.setGlobalAlpha(1);
        gc.beginGroup("labels");
        List<LabelPlacer.Placed> placed = LabelPlacer.place(labels, shown, viewport.width(), viewport.height(),
                2 * labelScale, obstacles);
        LabelPlacer.draw(gc, placed);
        gc.endGroup();
        return placed;
    }

    /**
     * Lines broken at spaces so each fits a width in a font; a word wider than the width alone (a
     * long address) is broken between characters.
     */
    public static List<String> wrap(List<String> lines, double width, javafx.scene.text.Font font) {
        TextMeasure measure = new TextMeasure();
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (measure.width(font, candidate) > width && current.length() > 0) {
                    wrapped.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
                while (current.length() > 1 && measure.width(font, current.toString()) > width) {
                    int fits = 1;
                    while (fits < current.length() - 1 && measure.width(font, current.substring(0, fits + 1)) <= width) {
                        fits++;
                    }
                    wrapped.add(current.substring(0, fits));
                    current = new StringBuilder(current.substring(fits));
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
