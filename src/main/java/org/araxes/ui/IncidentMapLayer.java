// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentStore;
import org.araxes.timeline.TimeWindow;
import org.araxes.ui.incidents.CategoryStyle;
import org.araxes.ui.incidents.IncidentsViewModel;

/**
 * The incidents in the current window on the map: a category symbol each, fading with age, with the
 * location's precision as a translucent radius. Incidents at one place are fanned out around it;
 * places closer than a grid cell on screen merge into a cluster with a count below
 * {@link #CLUSTER_MAX_ZOOM}, which splits as the map zooms in (a click on a cluster zooms in on it).
 * Hovering shows a tooltip; a click selects.
 */
final class IncidentMapLayer extends ViewportLayer {

    /** From this zoom on, places are never merged into clusters. */
    static final double CLUSTER_MAX_ZOOM = 10;
    private static final double CELL = 40;
    private static final double SYMBOL = 7;
    private static final double FAN = 13;

    private final AtlasMapView map;
    private final IncidentsViewModel model;
    private final List<Hit> hits = new ArrayList<>();
    private final Tooltip tooltip = new Tooltip();

    /** Something drawn that the pointer can hit: one incident or a cluster. */
    private record Hit(double x, double y, double radius, List<Incident> incidents, boolean cluster) {
    }

    IncidentMapLayer(AtlasMapView map, IncidentsViewModel model) {
        super(map);
        this.map = map;
        this.model = model;
        setId("layer-incidents");
        visibleProperty().bind(model.shownOnMapProperty());
        model.visibleIndicesProperty().addListener(o -> markDirty());
        model.selectedProperty().addListener(o -> markDirty());
        visibleProperty().addListener(o -> markDirty());
        tooltip.setShowDelay(Duration.millis(150));
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, this::onClick);
    }

    @Override
    protected void paint(Viewport viewport) {
        hits.clear();
        if (!isVisible()) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        IncidentStore store = model.store();
        int[] indices = model.visibleIndicesProperty().get();
        TimeWindow window = model.timeline().getWindow();
        Incident selected = model.selectedProperty().get();

        // 1. Incidents at the same place, then places merged by screen grid cell.
        Map<String, List<Integer>> places = new LinkedHashMap<>();
        for (int i : indices) {
            Incident incident = store.get(i);
            if (incident.hasPoint()) {
                String key = Math.round(incident.point().lon() * 1e4) + "," + Math.round(incident.point().lat() * 1e4);
                places.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        boolean clustering = viewport.zoom() < CLUSTER_MAX_ZOOM;
        Map<Long, List<List<Integer>>> cells = new LinkedHashMap<>();
        for (List<Integer> place : places.values()) {
            Incident first = store.get(place.get(0));
            double x = viewport.screenX(first.point().lon());
            double y = viewport.screenY(first.point().lat());
            if (x < -CELL || y < -CELL || x > viewport.width() + CELL || y > viewport.height() + CELL) {
                continue;
            }
            long key = clustering
                    ? (((long) Math.floor(x / CELL)) << 32) | (((long) Math.floor(y / CELL)) & 0xffffffffL)
                    : cells.size();
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
        }

        // 2. Precision radii under everything.
        for (List<List<Integer>> cell : cells.values()) {
            if (cell.size() == 1) {
                Incident first = store.get(cell.get(0).get(0));
                double metresPerPixel = WebMercator.metresPerPixel(first.point().lat(), viewport.zoom());
                double r = first.location().precision().radiusKm() * 1000 / metresPerPixel;
                if (r > SYMBOL + 2) {
                    double x = viewport.screenX(first.point().lon());
                    double y = viewport.screenY(first.point().lat());
                    Color c = CategoryStyle.color(first.category());
                    g.setFill(c.deriveColor(0, 1, 1, 0.13));
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                    g.setStroke(c.deriveColor(0, 1, 1, 0.35));
                    g.setLineWidth(1);
                    g.setLineDashes(4, 3);
                    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                    g.setLineDashes();
                }
            }
        }

        // 3. Symbols, fans and clusters.
        for (List<List<Integer>> cell : cells.values()) {
            if (cell.size() > 1) {
                drawCluster(g, viewport, store, cell);
                continue;
            }
            List<Integer> place = cell.get(0);
            Incident first = store.get(place.get(0));
            double cx = viewport.screenX(first.point().lon());
            double cy = viewport.screenY(first.point().lat());
            if (place.size() > 1) {
                g.setStroke(Color.gray(0.2, 0.6));
                g.setLineWidth(1);
                g.strokeOval(cx - 2, cy - 2, 4, 4);
            }
            for (int k = 0; k < place.size(); k++) {
                Incident incident = store.get(place.get(k));
                double x = cx;
                double y = cy;
                if (place.size() > 1) {
                    double angle = -Math.PI / 2 + 2 * Math.PI * k / place.size();
                    double radius = FAN + Math.max(0, place.size() - 6) * 1.5;
                    x = cx + radius * Math.cos(angle);
                    y = cy + radius * Math.sin(angle);
                    g.setStroke(Color.gray(0.2, 0.6));
                    g.strokeLine(cx, cy, x, y);
                }
                double alpha = fade(store.endDay(place.get(k)), window);
                if (incident == selected) {
                    g.setFill(Color.web("#ffffff", 0.9));
                    g.fillOval(x - SYMBOL - 5, y - SYMBOL - 5, 2 * SYMBOL + 10, 2 * SYMBOL + 10);
                    g.setStroke(Color.web("#111111"));
                    g.setLineWidth(2.5);
                    g.strokeOval(x - SYMBOL - 5, y - SYMBOL - 5, 2 * SYMBOL + 10, 2 * SYMBOL + 10);
                    alpha = 1;
                }
                CategoryStyle.draw(g, incident.category(), x, y, SYMBOL, alpha);
                if (incident.date().isImprecise()) {
                    g.setStroke(Color.gray(0.15, alpha));
                    g.setLineWidth(1);
                    g.setLineDashes(2, 2);
                    g.strokeOval(x - SYMBOL - 3, y - SYMBOL - 3, 2 * SYMBOL + 6, 2 * SYMBOL + 6);
                    g.setLineDashes();
                }
                hits.add(new Hit(x, y, SYMBOL + 3, List.of(incident), false));
            }
        }
    }

    private void drawCluster(GraphicsContext g, Viewport viewport, IncidentStore store, List<List<Integer>> cell) {
        double sx = 0;
        double sy = 0;
        int count = 0;
        List<Incident> members = new ArrayList<>();
        Map<org.araxes.incidents.Category, Integer> byCategory = new LinkedHashMap<>();
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
        double r = 11 + Math.min(12, Math.sqrt(count) * 2.5);
        // A ring divided by category, a white core with the count.
        double start = 90;
        for (Map.Entry<org.araxes.incidents.Category, Integer> e : byCategory.entrySet()) {
            double extent = 360.0 * e.getValue() / count;
            g.setFill(CategoryStyle.color(e.getKey()));
            g.fillArc(x - r, y - r, 2 * r, 2 * r, start, extent, javafx.scene.shape.ArcType.ROUND);
            start += extent;
        }
        g.setFill(Color.web("#ffffff", 0.95));
        g.fillOval(x - r * 0.62, y - r * 0.62, r * 1.24, r * 1.24);
        g.setStroke(Color.gray(0.15));
        g.setLineWidth(1);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.gray(0.1));
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        g.fillText(String.valueOf(count), x, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(javafx.geometry.VPos.BASELINE);
        hits.add(new Hit(x, y, r, members, true));
    }

    /** 1 for incidents still going on at the window's end, down to 0.3 for those a whole window old. */
    private static double fade(int endDay, TimeWindow window) {
        if (window == null || endDay >= window.endDay()) {
            return 1;
        }
        double age = (window.endDay() - endDay) / (double) window.lengthDays();
        return 1 - 0.7 * Math.min(1, Math.max(0, age));
    }

    private Optional<Hit> hitAt(MouseEvent e) {
        Point2D p = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        if (p == null || !isVisible()) {
            return Optional.empty();
        }
        Hit best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Hit hit : hits) {
            double d = Math.hypot(hit.x() - p.getX(), hit.y() - p.getY());
            if (d <= hit.radius() && d < bestDistance) {
                best = hit;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private void onMove(MouseEvent e) {
        Optional<Hit> hit = hitAt(e);
        if (hit.isEmpty()) {
            tooltip.hide();
            map.setCursor(null);
            return;
        }
        map.setCursor(javafx.scene.Cursor.HAND);
        Hit h = hit.get();
        StringBuilder text = new StringBuilder();
        if (h.cluster()) {
            text.append(h.incidents().size()).append(" incidents — click to zoom in\n");
        }
        int shown = 0;
        for (Incident incident : h.incidents()) {
            if (shown++ == 6) {
                text.append("…");
                break;
            }
            text.append(incident.title()).append("\n   ").append(incident.date().display()).append('\n');
        }
        tooltip.setText(text.toString().strip());
        tooltip.show(map, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1) {
            return;
        }
        Optional<Hit> hit = hitAt(e);
        if (hit.isEmpty()) {
            return;
        }
        Hit h = hit.get();
        if (h.cluster()) {
            Viewport v = viewport();
            if (v != null) {
                map.show(v.longitude(h.x()), v.latitude(h.y()), Math.min(CLUSTER_MAX_ZOOM, v.zoom() + 2));
            }
        } else {
            model.select(h.incidents().get(0));
        }
        map.requestFocus();
        e.consume();
    }

    /** Whether an incident was drawn in the last paint, alone or in a cluster. */
    boolean draws(String id) {
        return hits.stream().anyMatch(h -> h.incidents().stream().anyMatch(i -> i.id().equals(id)));
    }

    /** Where an incident's symbol was last drawn, in screen coordinates, if it was (for tests and tools). */
    Optional<Point2D> screenPointOf(String id) {
        for (Hit hit : hits) {
            if (!hit.cluster() && hit.incidents().get(0).id().equals(id)) {
                return Optional.ofNullable(canvas.localToScreen(hit.x(), hit.y()));
            }
        }
        return Optional.empty();
    }
}
