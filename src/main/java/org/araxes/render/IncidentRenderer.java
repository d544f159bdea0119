// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentStore;
import org.araxes.timeline.TimeWindow;

/**
 * Draws incidents on a map: a category symbol each, fading with age, with the location's precision
 * as a translucent radius. Incidents at one place are fanned out around it; places closer than a
 * grid cell merge into a cluster with a count below {@link #CLUSTER_MAX_ZOOM}. The screen layer and
 * the export both call {@link #draw}, so a picture shows the incidents exactly as the window does.
 *
 * <p>Sizes are screen pixels times {@code scale}; clustering uses the zoom the picture would have
 * at scale 1, so an export at 2× merges the same incidents as the screen.
 */
public final class IncidentRenderer {

    /** From this (screen) zoom on, places are never merged into clusters. */
    public static final double CLUSTER_MAX_ZOOM = 10;
    private static final double CELL = 40;
    private static final double SYMBOL = 7;
    private static final double FAN = 13;

    private IncidentRenderer() {
    }

    /**
     * Something drawn: one incident or a cluster, at a point with a radius the pointer can hit.
     *
     * @param x         screen x of its centre
     * @param y         screen y of its centre
     * @param radius    hit radius in pixels
     * @param incidents the incidents it stands for, at least one
     * @param cluster   true for a cluster of several places
     */
    public record Mark(double x, double y, double radius, List<Incident> incidents, boolean cluster) {

        public Mark {
            incidents = List.copyOf(incidents);
            if (incidents.isEmpty()) {
                throw new IllegalArgumentException("a mark stands for at least one incident");
            }
        }
    }

    /**
     * What to draw: the store, the indices shown, the time window (for fading) and the selection.
     *
     * @param store    the incidents loaded
     * @param indices  indices into the store of the incidents shown
     * @param window   the time window shown, or null (no fading)
     * @param selected the selected incident, or null
     */
    public record Shown(IncidentStore store, int[] indices, TimeWindow window, Incident selected) {

        public Shown {
            if (store == null) {
                throw new IllegalArgumentException("a store is needed");
            }
            indices = indices == null ? new int[0] : indices.clone();
        }

        /** The incidents shown, in index order. */
        public List<Incident> incidents() {
            return store.incidents(indices);
        }

        @Override
        public int[] indices() {
            return indices.clone();
        }
    }

    /** Draws the incidents at screen scale; returns the marks drawn. */
    public static List<Mark> draw(GraphicsContext g, Viewport viewport, Shown shown) {
        return draw(g, viewport, shown, 1, null);
    }

    /**
     * Draws the incidents.
     *
     * @param scale symbol and spacing scale (1 = screen)
     * @param badge a short text drawn beside each mark (e.g. its source numbers), or null for none
     * @return the marks drawn, for hit testing
     */
    public static List<Mark> draw(GraphicsContext g, Viewport viewport, Shown shown, double scale,
                                  Function<List<Incident>, String> badge) {
        List<Mark> marks = new ArrayList<>();
        IncidentStore store = shown.store();
        double cellSize = CELL * scale;
        double symbol = SYMBOL * scale;

        // 1. Incidents at the same place, then places merged by screen grid cell.
        Map<String, List<Integer>> places = new LinkedHashMap<>();
        for (int i : shown.indices) {
            Incident incident = store.get(i);
            if (incident.hasPoint()) {
                String key = Math.round(incident.point().lon() * 1e4) + "," + Math.round(incident.point().lat() * 1e4);
                places.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        boolean clustering = viewport.zoom() - Math.log(scale) / Math.log(2) < CLUSTER_MAX_ZOOM - 1e-9;
        Map<Long, List<List<Integer>>> cells = new LinkedHashMap<>();
        for (List<Integer> place : places.values()) {
            Incident first = store.get(place.get(0));
            double x = viewport.screenX(first.point().lon());
            double y = viewport.screenY(first.point().lat());
            if (x < -cellSize || y < -cellSize || x > viewport.width() + cellSize || y > viewport.height() + cellSize) {
                continue;
            }
            long key = clustering
                    ? (((long) Math.floor(x / cellSize)) << 32) | (((long) Math.floor(y / cellSize)) & 0xffffffffL)
                    : cells.size();
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
        }

        // 2. Precision radii under everything.
        for (List<List<Integer>> cell : cells.values()) {
            if (cell.size() == 1) {
                Incident first = store.get(cell.get(0).get(0));
                double metresPerPixel = WebMercator.metresPerPixel(first.point().lat(), viewport.zoom());
                double r = first.location().precision().radiusKm() * 1000 / metresPerPixel;
                if (r > symbol + 2 * scale) {
                    double x = viewport.screenX(first.point().lon());
                    double y = viewport.screenY(first.point().lat());
                    Color c = IncidentSymbols.color(first.category());
                    g.setFill(c.deriveColor(0, 1, 1, 0.13));
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                    g.setStroke(c.deriveColor(0, 1, 1, 0.35));
                    g.setLineWidth(scale);
                    g.setLineDashes(4 * scale, 3 * scale);
                    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                    g.setLineDashes();
                }
            }
        }

        // 3. Symbols, fans and clusters.
        for (List<List<Integer>> cell : cells.values()) {
            if (cell.size() > 1) {
                marks.add(drawCluster(g, viewport, store, cell, scale));
                continue;
            }
            List<Integer> place = cell.get(0);
            Incident first = store.get(place.get(0));
            double cx = viewport.screenX(first.point().lon());
            double cy = viewport.screenY(first.point().lat());
            if (place.size() > 1) {
                g.setStroke(Color.gray(0.2, 0.6));
                g.setLineWidth(scale);
                g.strokeOval(cx - 2 * scale, cy - 2 * scale, 4 * scale, 4 * scale);
            }
            for (int k = 0; k < place.size(); k++) {
                Incident incident = store.get(place.get(k));
                double x = cx;
                double y = cy;
                if (place.size() > 1) {
                    double angle = -Math.PI / 2 + 2 * Math.PI * k / place.size();
                    double radius = (FAN + Math.max(0, place.size() - 6) * 1.5) * scale;
                    x = cx + radius * Math.cos(angle);
                    y = cy + radius * Math.sin(angle);
                    g.setStroke(Color.gray(0.2, 0.6));
                    g.setLineWidth(scale);
                    g.strokeLine(cx, cy, x, y);
                }
                double alpha = fade(store.endDay(place.get(k)), shown.window());
                if (incident == shown.selected()) {
                    double halo = symbol + 5 * scale;
                    g.setFill(Color.web("#ffffff", 0.9));
                    g.fillOval(x - halo, y - halo, 2 * halo, 2 * halo);
                    g.setStroke(Color.web("#111111"));
                    g.setLineWidth(2.5 * scale);
                    g.strokeOval(x - halo, y - halo, 2 * halo, 2 * halo);
                    alpha = 1;
                }
                IncidentSymbols.draw(g, incident.category(), x, y, symbol, alpha, scale);
                if (incident.date().isImprecise()) {
                    double ring = symbol + 3 * scale;
                    g.setStroke(Color.gray(0.15, alpha));
                    g.setLineWidth(scale);
                    g.setLineDashes(2 * scale, 2 * scale);
                    g.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
                    g.setLineDashes();
                }
                marks.add(new Mark(x, y, symbol + 3 * scale, List.of(incident), false));
            }
        }
        if (badge != null) {
            for (Mark mark : marks) {
                drawBadge(g, mark, badge.apply(mark.incidents()), scale);
            }
        }
        return marks;
    }

    private static Mark drawCluster(GraphicsContext g, Viewport viewport, IncidentStore store, List<List<Integer>> cell,
                                    double scale) {
        double sx = 0;
        double sy = 0;
        int count = 0;
        List<Incident> members = new ArrayList<>();
        Map<Category, Integer> byCategory = new LinkedHashMap<>();
        for (List<Integer> place : cell) {
            for (int i : place) {
                Incident incident = store.get(i);
                sx += viewport.screenX(incident.point().lon());
                sy += viewport.screenY(incident.point().lat());
                count++;
                members.add(incident);
                byCategory.merge(incident.category(), 1, Integer::sum);
            }
        }
        double x = sx / count;
        double y = sy / count;
        double r = (11 + Math.min(12, Math.sqrt(count) * 2.5)) * scale;
        // A ring divided by category, a white core with the count.
        double start = 90;
        for (Map.Entry<Category, Integer> e : byCategory.entrySet()) {
            double extent = 360.0 * e.getValue() / count;
            g.setFill(IncidentSymbols.color(e.getKey()));
            g.fillArc(x - r, y - r, 2 * r, 2 * r, start, extent, ArcType.ROUND);
            start += extent;
        }
        g.setFill(Color.web("#ffffff", 0.95));
        g.fillOval(x - r * 0.62, y - r * 0.62, r * 1.24, r * 1.24);
        g.setStroke(Color.gray(0.15));
        g.setLineWidth(scale);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.gray(0.1));
        g.setFont(Font.font(null, FontWeight.BOLD, 12 * scale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(String.valueOf(count), x, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        return new Mark(x, y, r, members, true);
    }

    private static void drawBadge(GraphicsContext g, Mark mark, String text, double scale) {
        if (text == null || text.isBlank()) {
            return;
        }
        Font font = Font.font(Fonts.sansFamily(), FontWeight.BOLD, 10 * scale);
        g.setFont(font);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(font);
        double w = measure.getLayoutBounds().getWidth() + 6 * scale;
        double h = 13 * scale;
        double x = mark.x() + mark.radius() * 0.7;
        double y = mark.y() - mark.radius() * 0.7 - h;
        g.setFill(Color.web("#ffffff", 0.92));
        g.fillRoundRect(x, y, w, h, 6 * scale, 6 * scale);
        g.setStroke(Color.gray(0.25));
        g.setLineWidth(0.8 * scale);
        g.strokeRoundRect(x, y, w, h, 6 * scale, 6 * scale);
        g.setFill(Color.gray(0.1));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 3 * scale, y + h / 2);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** 1 for incidents still going on at the window's end, down to 0.3 for those a whole window old. */
    public static double fade(int endDay, TimeWindow window) {
        if (window == null || endDay >= window.endDay()) {
            return 1;
        }
        double age = (window.endDay() - endDay) / (double) window.lengthDays();
        return 1 - 0.7 * Math.min(1, Math.max(0, age));
    }
}
