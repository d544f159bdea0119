// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.araxes.geo.Viewport;
import org.araxes.incidents.Incident;
import org.araxes.render.FxSurface;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.LabelCandidate;
import org.araxes.render.LabelPlacer;
import org.araxes.render.MapComposition;
import org.araxes.render.Surface;
import org.araxes.ui.incidents.IncidentsViewModel;

/**
 * The incidents in the current window on the map and, above them, the names of the data layers
 * placed around them. The incidents: a category symbol each, fading with age, with the location's
 * precision as a translucent radius. Incidents at one place are fanned out around it; places closer
 * than a grid cell on screen merge into a cluster with a count below {@link #CLUSTER_MAX_ZOOM},
 * which splits as the map zooms in (a click on a cluster zooms in on it). Hovering shows a tooltip;
 * a click selects.
 *
 * <p>The names are placed here, after the incidents are laid out, so no name lies under a marker,
 * badge or cluster ({@link MapComposition#drawLabels}, as in the export): a name blocked by a mark
 * moves, or stands off with a leader line. They are placed for the map as it is shown first,
 * exactly as the export places them; the margin kept for panning gets only names that do not reach
 * into the map. With the incidents hidden, the layer draws the names alone.
 */
public final class IncidentMapLayer extends ViewportLayer {

    /** From this zoom on, places are never merged into clusters. */
    static final double CLUSTER_MAX_ZOOM = IncidentRenderer.CLUSTER_MAX_ZOOM;

    private final AtlasMapView map;
    private final IncidentsViewModel model;
    private final List<IncidentRenderer.Mark> hits = new ArrayList<>();
    private List<LabelPlacer.Placed> placed = List.of();
    /** This layer's own renderer: it keeps the screen's incident layout and picture while the map pans. */
    private final IncidentRenderer renderer = new IncidentRenderer();
    /** Made on the first hover: a tooltip costs ~0.1 s to make in a cold start. */
    private Tooltip tooltip;

    public IncidentMapLayer(AtlasMapView map, IncidentsViewModel model) {
        super(map);
        this.map = map;
        this.model = model;
        setId("layer-incidents");
        model.shownOnMapProperty().addListener(o -> redraw());
        model.visibleIndicesProperty().addListener(o -> redraw());
        model.selectedProperty().addListener(o -> redraw());
        map.labelScaleProperty().addListener(o -> redraw());
        map.language().addListener(o -> redraw());
        map.subjectProperty().addListener(o -> redraw());
        map.labelObstaclesProperty().addListener(o -> redraw());
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTooltip());
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, this::onClick);
    }

    @Override
    protected void paint(Viewport viewport) {
        hits.clear();
        Surface surface = new FxSurface(canvas.getGraphicsContext2D());
        if (shownOnMap()) {
            hits.addAll(renderer.draw(surface, viewport, shown(model), symbolScale(), null));
        }
        List<double[]> obstacles = new ArrayList<>(IncidentRenderer.obstacles(hits, null, symbolScale()));
        for (AtlasMapView.Ring ring : map.labelObstaclesProperty().get()) {
            double x = viewport.screenX(ring.lon());
            double y = viewport.screenY(ring.lat());
            obstacles.add(new double[] {x - ring.radius(), y - ring.radius(), x + ring.radius(), y + ring.radius()});
        }
        placed = List.copyOf(MapComposition.drawLabels(surface, VectorsMapLayer.visible(map.vectorLayers(), map.mapTime()), viewport,
                map.language().getValue(), map.getLabelScale(), mapArea(), obstacles, map.getSubject()));
    }

    private boolean shownOnMap() {
        return model.shownOnMapProperty().get();
    }

    /** The names the last paint placed (tests read their sizes). */
    List<LabelCandidate> drawn() {
        return placed.stream().map(LabelPlacer.Placed::label).toList();
    }

    /** Where the last paint placed the names, in canvas pixels (tests check them against the marks). */
    List<LabelPlacer.Placed> placedNames() {
        return placed;
    }

    /** The cluster the selected incident was last drawn in, if it was drawn in one. */
    Optional<IncidentRenderer.Mark> selectedCluster() {
        Incident selected = model.selectedProperty().get();
        if (selected == null) {
            return Optional.empty();
        }
        return hits.stream().filter(h -> h.cluster() && h.incidents().contains(selected)).findFirst();
    }

    /**
     * How much larger than on a desk screen the symbols, clusters and their counts are drawn: the
     * square root of the map's label scale, as the map's own lines and markers grow (1.3× when
     * presenting on a 1080-pixel projector, where the names grow 1.6×).
     */
    double symbolScale() {
        return Math.sqrt(map.getLabelScale());
    }

    /** The marks of the last paint, for tests. */
    List<IncidentRenderer.Mark> marks() {
        return List.copyOf(hits);
    }

    /** What the incidents view-model shows now, as the renderer takes it (the export uses the same). */
    public static IncidentRenderer.Shown shown(IncidentsViewModel model) {
        return new IncidentRenderer.Shown(model.store(), model.visibleIndicesProperty().get(),
                model.timeline().getWindow(), model.selectedProperty().get());
    }

    private Optional<IncidentRenderer.Mark> hitAt(MouseEvent e) {
        Point2D p = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        if (p == null || !shownOnMap()) {
            return Optional.empty();
        }
        IncidentRenderer.Mark best = null;
        double bestDistance = Double.MAX_VALUE;
        for (IncidentRenderer.Mark hit : hits) {
            double d = Math.hypot(hit.x() - p.getX(), hit.y() - p.getY());
            if (d <= hit.radius() && d < bestDistance) {
                best = hit;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private void onMove(MouseEvent e) {
        Optional<IncidentRenderer.Mark> hit = hitAt(e);
        if (hit.isEmpty()) {
            hideTooltip();
            map.setCursor(null);
            return;
        }
        map.setCursor(javafx.scene.Cursor.HAND);
        IncidentRenderer.Mark h = hit.get();
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
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(150));
        }
        tooltip.setText(text.toString().strip());
        tooltip.show(map, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1) {
            return;
        }
        Optional<IncidentRenderer.Mark> hit = hitAt(e);
        if (hit.isEmpty()) {
            return;
        }
        IncidentRenderer.Mark h = hit.get();
        if (h.cluster()) {
            // marks are in the canvas's pixels: those of the viewport it was painted for
            Viewport v = paintedViewport();
            if (v != null) {
                map.show(v.longitude(h.x()), v.latitude(h.y()), Math.min(CLUSTER_MAX_ZOOM, v.zoom() + 2));
            }
        } else {
            model.select(h.incidents().get(0));
        }
        map.requestFocus();
        e.consume();
    }

    /** The colour the last paint left at a point of the canvas, in its pixels (tests). */
    javafx.scene.paint.Color colourAt(double x, double y) {
        javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
        transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return canvas.snapshot(transparent, null).getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }

    /** How many marks (symbols and clusters) the last paint drew. */
    int markCount() {
        return hits.size();
    }

    /** Whether an incident was drawn in the last paint, alone or in a cluster. */
    boolean draws(String id) {
        return hits.stream().anyMatch(h -> h.incidents().stream().anyMatch(i -> i.id().equals(id)));
    }

    /** Where an incident's symbol was last drawn, in screen coordinates, if it was (for tests and tools). */
    Optional<Point2D> screenPointOf(String id) {
        for (IncidentRenderer.Mark hit : hits) {
            if (!hit.cluster() && hit.incidents().get(0).id().equals(id)) {
                return Optional.ofNullable(canvas.localToScreen(hit.x(), hit.y()));
            }
        }
        return Optional.empty();
    }

    /** The hover tooltip's text while it shows, else null (tests). */
    String tooltipText() {
        return tooltip != null && tooltip.isShowing() ? tooltip.getText() : null;
    }

    private void hideTooltip() {
        if (tooltip != null) {
            tooltip.hide();
        }
    }
}
