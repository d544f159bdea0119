// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.araxes.geo.GeoFeature;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.ValidTime;
import org.araxes.geo.SimplifiedGeometries;
import org.araxes.geo.Viewport;
import org.araxes.io.LayerInfo;
import org.araxes.model.LayerData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws one vector layer onto a canvas through a {@link Viewport}: only the features in view, each
 * simplified for the zoom, vertices closer than about a pixel skipped. Also proposes the layer's
 * labels. Used by the on-screen map and by the export, so both draw the same thing.
 *
 * <p>Call from the JavaFX thread (GraphicsContext is not thread-safe).
 */
public final class VectorRenderer {

    private final LayerData layer;
    private final SimplifiedGeometries geometries;
    /** When each feature held ({@link ValidTime}); null when every feature always held. */
    private final ValidTime[] times;
    /** The days the layer's features begin to hold or stop holding, sorted, distinct. */
    private final int[] changeDays;

    public VectorRenderer(LayerData layer) {
        this.layer = layer;
        this.geometries = new SimplifiedGeometries(layer.features().stream()
                .map(f -> f.geometry() == null ? emptyPoint() : f.geometry()).toList());
        ValidTime[] held = new ValidTime[layer.features().size()];
        for (int i = 0; i < held.length; i++) {
            held[i] = ValidTime.orAlways(layer.features().get(i).properties());
        }
        this.changeDays = ValidTime.changeDays(java.util.Arrays.asList(held));
        this.times = changeDays.length == 0 ? null : held;
    }

    /** Whether a feature (by index) is drawn for a time window ({@link ValidTime#shownIn}, the one rule). */
    public boolean shownIn(int index, TimeWindow time) {
        return times == null || times[index].shownIn(time);
    }

    /**
     * The days on which this layer's picture changes (a feature begins or stops to hold), sorted:
     * the timeline marks them.
     */
    public int[] changeDays() {
        return changeDays.clone();
    }

    /**
     * How many of the layer's change days a window has reached: two windows with the same count
     * show the same features, so the map repaints only when it changes.
     */
    public int changesReached(TimeWindow time) {
        if (time == null) {
            return -1;
        }
        int at = java.util.Arrays.binarySearch(changeDays, time.endDay());
        return at >= 0 ? at + 1 : -at - 1;
    }

    private static Geometry emptyPoint() {
        return org.araxes.io.GeoJsonReader.geometryFactory().createPoint();
    }

    public LayerData layer() {
        return layer;
    }

    /**
     * Draws the layer's geometries.
     *
     * @param scale multiplies line widths and marker sizes (1 on screen, more for print exports)
     * @return the number of features drawn
     */
    public int draw(Surface gc, Viewport viewport, double scale) {
        return draw(gc, viewport, scale, null);
    }

    /**
     * Draws the layer's geometries that are shown for a time window ({@link #shownIn}).
     *
     * @param time the window the picture shows, or null for every feature
     * @return the number of features drawn
     */
    public int draw(Surface gc, Viewport viewport, double scale, TimeWindow time) {
        LayerInfo.Kind kind = layer.info().kind();
        Envelope visible = viewport.visibleBounds();
        visible.expandBy(viewport.degreesPerPixel() * 8);
        List<Integer> indices = geometries.visibleIndices(visible);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setFillRule(FillRule.EVEN_ODD);
        int drawn = 0;
        for (int index : indices) {
            GeoFeature feature = layer.features().get(index);
            if (feature.geometry() == null || !shownIn(index, time)) {
                continue;
            }
            if (kind == LayerInfo.Kind.PLACE && feature.number("rank", 3) > maxPlaceRank(viewport.zoom())) {
                continue; // a dot without its name only puzzles: minor places appear as you zoom in
            }
            Geometry geometry = geometries.simplified(index, viewport.zoom());
            Color fill = MapStyle.fill(kind, feature);
            Color stroke = MapStyle.stroke(kind, feature);
            double width = MapStyle.strokeWidth(kind, feature, viewport.zoom()) * scale;
            double[] dashes = MapStyle.dashes(kind, feature);
            if (dashes != null) {
                dashes = dashes.clone();
                for (int i = 0; i < dashes.length; i++) {
                    dashes[i] *= scale;
                }
            }
            drawGeometry(gc, viewport, geometry, fill, stroke, width, dashes, scale, feature, kind);
            drawn++;
        }
        gc.setLineDashes((double[]) null);
        return drawn;
    }

    /**
     * A feature as {@link #draw} would draw it for a viewport: its geometry simplified for the zoom,
     * and the radius of its point marker at scale 1.
     *
     * @param feature      the feature
     * @param geometry     its geometry simplified for the zoom, in degrees
     * @param markerRadius radius of a point marker, in pixels at scale 1
     */
    public record Drawn(GeoFeature feature, Geometry geometry, double markerRadius) {
    }

    /** The features {@link #draw} draws for a viewport, in drawing order (the SVG export writes these). */
    public List<Drawn> drawnFeatures(Viewport viewport) {
        LayerInfo.Kind kind = layer.info().kind();
        Envelope visible = viewport.visibleBounds();
        visible.expandBy(viewport.degreesPerPixel() * 8);
        List<Drawn> drawn = new java.util.ArrayList<>();
        for (int index : geometries.visibleIndices(visible)) {
            GeoFeature feature = layer.features().get(index);
            if (feature.geometry() == null
                    || (kind == LayerInfo.Kind.PLACE && feature.number("rank", 3) > maxPlaceRank(viewport.zoom()))) {
                continue;
            }
            drawn.add(new Drawn(feature, geometries.simplified(index, viewport.zoom()), markerRadius(feature)));
        }
        return drawn;
    }

    private void drawGeometry(Surface gc, Viewport viewport, Geometry geometry, Color fill, Color stroke,
                              double width, double[] dashes, double scale, GeoFeature feature, LayerInfo.Kind kind) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                gc.beginPath();
                addRing(gc, viewport, polygon.getExteriorRing(), true);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    addRing(gc, viewport, polygon.getInteriorRingN(h), true);
                }
                if (fill != null) {
                    gc.setFill(fill);
                    gc.fill();
                }
                if (stroke != null) {
                    stroke(gc, stroke, width, dashes);
                }
            } else if (part instanceof LineString line) {
                gc.beginPath();
                addRing(gc, viewport, line, false);
                if (stroke != null) {
                    if (kind == LayerInfo.Kind.BORDER) {
                        // a soft casing either side: where the Aras is the border, the blue river drawn
                        // on top stays visible and still reads as a border
                        gc.setLineDashes((double[]) null);
                        gc.setStroke(Color.rgb(70, 70, 70, 0.28));
                        gc.setLineWidth(width * 3);
                        gc.stroke();
                    }
                    if (kind == LayerInfo.Kind.CORRIDOR) {
                        gc.setLineDashes((double[]) null);
                        gc.setStroke(Color.rgb(255, 255, 255, 0.7));
                        gc.setLineWidth(width + 2 * scale);
                        gc.stroke();
                    }
                    stroke(gc, stroke, width, dashes);
                }
            } else if (part instanceof Point point) {
                double x = viewport.screenX(point.getX());
                double y = viewport.screenY(point.getY());
                double r = markerRadius(feature) * scale;
                gc.setLineDashes((double[]) null);
                placeDot(gc, x, y, r, kind == LayerInfo.Kind.PLACE ? MapStyle.placeMarker(feature) : stroke, scale);
            }
        }
    }

    private static void stroke(Surface gc, Color colour, double width, double[] dashes) {
        gc.setStroke(colour);
        gc.setLineWidth(width);
        gc.setLineDashes(dashes);
        gc.stroke();
    }

    /** Adds a ring or line to the current path, skipping vertices within 0.7 px of the last one kept. */
    private static void addRing(Surface gc, Viewport viewport, LineString line, boolean close) {
        Coordinate[] coordinates = line.getCoordinates();
        if (coordinates.length == 0) {
            return;
        }
        double lastX = viewport.screenX(coordinates[0].x);
        double lastY = viewport.screenY(coordinates[0].y);
        gc.moveTo(lastX, lastY);
        for (int i = 1; i < coordinates.length; i++) {
            double x = viewport.screenX(coordinates[i].x);
            double y = viewport.screenY(coordinates[i].y);
            boolean lastVertex = i == coordinates.length - 1;
            if (!lastVertex && Math.abs(x - lastX) < 0.7 && Math.abs(y - lastY) < 0.7) {
                continue;
            }
            gc.lineTo(x, y);
            lastX = x;
            lastY = y;
        }
        if (close) {
            gc.closePath();
        }
    }

    private static double markerRadius(GeoFeature feature) {
        int rank = (int) feature.number("rank", 3);
        return Math.max(2.2, 5.0 - rank * 0.6);
    }

    /**
     * The labels this layer would like at this view: places by rank (fewer at low zoom), area
     * names at their interior point, lines at the middle of their longest visible part; those of
     * the view's subject first (a feature whose id is in {@code subject} gets priority
     * {@link #SUBJECT_PRIORITY}, before every other label).
     *
     * @param language label language ({@code en}, {@code az}, {@code hy}, {@code fa}, {@code ru})
     * @param scale    multiplies font sizes
     * @param subject  ids of the features the view is about (empty for none)
     */
    public void collectLabels(Viewport viewport, String language, double scale, java.util.Set<String> subject,
                              List<LabelCandidate> out) {
        collectLabels(viewport, language, scale, subject, out, null);
    }

    /** {@link #collectLabels}, for the features shown for a time window only (null for all). */
    public void collectLabels(Viewport viewport, String language, double scale, java.util.Set<String> subject,
                              List<LabelCandidate> out, TimeWindow time) {
        LayerInfo.Kind kind = layer.info().kind();
        Envelope visible = viewport.visibleBounds();
        double zoom = viewport.zoom();
        for (int index : geometries.visibleIndices(visible)) {
            GeoFeature feature = layer.features().get(index);
            Geometry geometry = feature.geometry();
            if (geometry == null || geometry.isEmpty() || !shownIn(index, time)) {
                continue;
            }
            if (Boolean.FALSE.equals(feature.properties().get("label"))) {
                continue; // named elsewhere (a country the detailed layer names) or nameless in its source
            }
            String text = feature.name(language);
            boolean context = MapStyle.isContext(feature);
            switch (kind) {
                case PLACE -> {
                    int rank = (int) feature.number("rank", 3);
                    if (rank > maxPlaceRank(zoom)) {
                        continue;
                    }
                    Point p = geometry.getInteriorPoint();
                    double size = (rank <= 1 ? 14 : rank == 2 ? 13 : 12) * scale;
                    out.add(new LabelCandidate(text, viewport.screenX(p.getX()), viewport.screenY(p.getY()),
                            priority(feature, subject, rank <= 2 ? 20 + rank * 10 : 100 + rank * 10), size, rank <= 1, false, Color.web("#222222"),
                            (markerRadius(feature) + 3) * scale, false));
                }
                case LAND -> {
                    if (zoom > 9) {
                        continue;
                    }
                    if (context && !largeOnScreen(geometry, viewport)) {
                        continue; // the surroundings name only the countries that take room on the map
                    }
                    Point p = SimplifiedGeometries.interiorPoint(geometry);
                    out.add(new LabelCandidate(text.toUpperCase(java.util.Locale.ROOT), viewport.screenX(p.getX()),
                            viewport.screenY(p.getY()), context ? 140 : priority(feature, subject, 10), (context ? 11 : 15) * scale, !context, false,
                            context ? Color.web("#948b7e") : Color.web("#6b6257"), 0, true));
                }
                case ADMIN, WATER -> {
                    if (context && !largeOnScreen(geometry, viewport)) {
                        continue;
                    }
                    Point p = SimplifiedGeometries.interiorPoint(geometry);
                    boolean water = kind == LayerInfo.Kind.WATER;
                    if (water) {
                        p = pointInView(p, geometry, visible);
                        if (p == null) {
                            continue;
                        }
                    }
                    out.add(new LabelCandidate(text, viewport.screenX(p.getX()), viewport.screenY(p.getY()),
                            context ? 130 : priority(feature, subject, water ? 60 : 45), (context ? 11 : 12) * scale, false, true,
                            water ? Color.web(context ? "#5a87ab" : "#2f6690") : Color.web("#5e4f7a"), 0, true));
                }
                case RIVER -> {
                    LineString line = longestVisible(geometry, visible);
                    if (line == null) {
                        continue;
                    }
                    double[] along = alongLine(line, viewport, 12 * scale);
                    if (along != null) {
                        out.add(new LabelCandidate(text, along[0], along[1], priority(feature, subject, 70), 12 * scale, false, true,
                                Color.web("#1f5f99"), 0, true, along[2]));
                    }
                }
                case CORRIDOR -> {
                    Coordinate mid = midpoint(geometry, visible);
                    if (mid == null) {
                        continue;
                    }
                    boolean corridor = true;
                    String label = corridor ? corridorLabel(text, feature.text("status")) : text;
                    if (geometry instanceof Point) {
                        // a checkpoint or a status marker: named beside its dot, as a place is, before the lines' names
                        out.add(new LabelCandidate(label, viewport.screenX(mid.x), viewport.screenY(mid.y),
                                priority(feature, subject, 45), 12 * scale, true, false,
                                MapStyle.CorridorStage.of(feature).labelColour(), (markerRadius(feature) + 3) * scale, false));
                        continue;
                    }
                    out.add(new LabelCandidate(label, viewport.screenX(mid.x), viewport.screenY(mid.y) - 9 * scale,
                            priority(feature, subject, corridor ? 50 : 70), 12 * scale, corridor, !corridor,
                            corridor ? MapStyle.CorridorStage.of(feature).labelColour() : Color.web("#1f5f99"), 0, true));
                }
                default -> {
                    // borders and unknown kinds carry no labels
                }
            }
        }
    }

    /** The priority of the labels of a view's subject: placed before all others (countries' names are 10). */
    public static final int SUBJECT_PRIORITY = 0;

    /** A label's priority: the subject's before all others, else the usual one. */
    private static int priority(GeoFeature feature, java.util.Set<String> subject, int usual) {
        return subject.contains(feature.id()) ? SUBJECT_PRIORITY : usual;
    }

    /**
     * Where to name a sea or lake: its own label point when the whole of it is in view or that point lies
     * in the middle half of the view, else a point of its part there (the whole Caspian's own point lies at the edge of the region's
     * view); null when too little of it is there.
     */
    private static Point pointInView(Point own, Geometry geometry, Envelope visible) {
        Envelope inner = new Envelope(visible);
        // the middle half: on screen the canvas reaches 256 px past the map, so this stays on the map
        inner.expandBy(-visible.getWidth() * 0.25, -visible.getHeight() * 0.25);
        if (inner.contains(own.getCoordinate()) || visible.contains(geometry.getEnvelopeInternal())) {
            return own;
        }
        try {
            Geometry part = org.locationtech.jts.operation.overlayng.OverlayNGRobust.overlay(geometry,
                    geometry.getFactory().toGeometry(inner), org.locationtech.jts.operation.overlayng.OverlayNG.INTERSECTION);
            return part.isEmpty() || part.getArea() < inner.getArea() * 0.01 ? null : part.getInteriorPoint();
        } catch (RuntimeException e) {
            return null; // a geometry JTS cannot cut (an invalid one from a user's file): no name rather than no map
        }
    }

    /** Whether an area spans at least 90 by 40 pixels on screen (its whole extent, not only the part in view). */
    private static boolean largeOnScreen(Geometry geometry, Viewport viewport) {
        Envelope e = geometry.getEnvelopeInternal();
        return Math.abs(viewport.screenX(e.getMaxX()) - viewport.screenX(e.getMinX())) >= 90
                && Math.abs(viewport.screenY(e.getMinY()) - viewport.screenY(e.getMaxY())) >= 40;
    }

    /**
     * A corridor's label: its short name and the first word of its status, so a proposal always
     * reads as one ("Zangezur corridor (proposed)"); the full status is in the feature card.
     */
    static String corridorLabel(String name, String status) {
        int bracket = name.indexOf(" (");
        String shortName = bracket > 0 ? name.substring(0, bracket) : name;
        if (status == null || status.isBlank()) {
            return shortName;
        }
        String word = status.trim().split("[\\s(,;]+")[0];
        return shortName + " (" + word + ")";
    }

    /** Which place ranks are labelled at a zoom: capitals far out, villages only close in. */
    static int maxPlaceRank(double zoom) {
        if (zoom < 6) {
            return 1;
        }
        if (zoom < 7) {
            return 2;
        }
        if (zoom < 8) {
            return 3;
        }
        if (zoom < 9.5) {
            return 4;
        }
        return 5;
    }

    /**
     * Where to set a name along a line on screen: the middle of the line, the direction of the line
     * there (kept upright, in degrees) and the point moved off the line by {@code offset} pixels, as
     * {x, y, angle}; null when the line is too short on screen to carry a name.
     */
    static double[] alongLine(LineString line, Viewport viewport, double offset) {
        Coordinate[] c = line.getCoordinates();
        int n = c.length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            xs[i] = viewport.screenX(c[i].x);
            ys[i] = viewport.screenY(c[i].y);
            if (i > 0) {
                total += Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            }
        }
        if (total < 60) {
            return null;
        }
        // the points a quarter of the text's usual length either side of the middle give the direction
        double walked = 0;
        double[] from = null;
        double[] to = null;
        double[] middle = null;
        for (int i = 1; i < n && to == null; i++) {
            double segment = Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            for (double target : new double[] {total / 2 - 25, total / 2, total / 2 + 25}) {
                if (walked <= target && target <= walked + segment && segment > 0) {
                    double t = (target - walked) / segment;
                    double[] p = {xs[i - 1] + t * (xs[i] - xs[i - 1]), ys[i - 1] + t * (ys[i] - ys[i - 1])};
                    if (target < total / 2) {
                        from = p;
                    } else if (target == total / 2) {
                        middle = p;
                    } else {
                        to = p;
                    }
                }
            }
            walked += segment;
        }
        if (from == null || to == null || middle == null) {
            return null;
        }
        double angle = Math.toDegrees(Math.atan2(to[1] - from[1], to[0] - from[0]));
        if (angle > 90) {
            angle -= 180;
        } else if (angle < -90) {
            angle += 180;
        }
        double normal = Math.toRadians(angle - 90);
        return new double[] {middle[0] + Math.cos(normal) * offset, middle[1] + Math.sin(normal) * offset, angle};
    }

    private static LineString longestVisible(Geometry geometry, Envelope visible) {
        LineString longest = null;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof LineString line
                    && line.getEnvelopeInternal().intersects(visible)
                    && (longest == null || line.getLength() > longest.getLength())) {
                longest = line;
            }
        }
        return longest;
    }

    private static Coordinate midpoint(Geometry geometry, Envelope visible) {
        if (geometry instanceof Point point) {
            // a corridor's checkpoint or status marker: named at its point
            return visible.contains(point.getCoordinate()) ? point.getCoordinate() : null;
        }
        LineString longest = longestVisible(geometry, visible);
        if (longest == null) {
            return null;
        }
        Coordinate[] c = longest.getCoordinates();
        return c[c.length / 2];
    }

    /**
     * A point feature's dot as the map draws it (the legend's swatch too): filled, in a white ring
     * one pixel wide at scale 1, so it shows on any tint and on a dark panel.
     *
     * @param r     radius in pixels
     * @param scale the picture's scale (the ring's width)
     */
    public static void placeDot(Surface gc, double x, double y, double r, Color fill, double scale) {
        gc.setFill(fill);
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(scale);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }
}
