// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.present;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.araxes.geo.Viewport;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.presentation.MapExtent;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.ViewTime;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;
import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.state.LayerViewModel;
import org.araxes.ui.state.MainViewModel;
import org.araxes.ui.incidents.IncidentsViewModel;
import org.araxes.ui.incidents.TimelineViewModel;
import org.locationtech.jts.geom.Envelope;

/** Shows a {@link SavedView} on the map and the view-models, and takes the current state as one. */
public final class ViewApplier {

    private final MainViewModel model;
    private final AtlasMapView map;
    private final MapFlight flight;

    public ViewApplier(MainViewModel model, AtlasMapView map) {
        this.model = model;
        this.map = map;
        this.flight = new MapFlight(map);
    }

    /** The flight used for animated moves. */
    public MapFlight flight() {
        return flight;
    }

    /** The centre and zoom a view's extent comes to on the map as it is sized now: {lon, lat, zoom}. */
    public double[] target(MapExtent extent) {
        if (extent instanceof MapExtent.Centre c) {
            return new double[] {c.lon(), c.lat(), c.zoom()};
        }
        MapExtent.Box b = (MapExtent.Box) extent;
        // the map's content size as laid out now (the viewport follows it only at the next pulse)
        double w = map.getWidth() - map.snappedLeftInset() - map.snappedRightInset();
        double h = map.getHeight() - map.snappedTopInset() - map.snappedBottomInset();
        if (w <= 0 || h <= 0) {
            Viewport now = map.getViewport();
            w = now != null ? now.width() : 1000;
            h = now != null ? now.height() : 700;
        }
        Viewport fitted = Viewport.fitting(new Envelope(b.west(), b.east(), b.south(), b.north()), w, h);
        return new double[] {fitted.centerLongitude(), fitted.centerLatitude(), fitted.zoom()};
    }

    /**
     * Shows a view: layers, filters and time first (what the view gives), then the selection,
     * then the map moves — flying when {@code fly} is set, else at once.
     */
    public void apply(SavedView view, boolean fly) {
        if (view.layers() != null) {
            for (LayerViewModel layer : model.layers()) {
                layer.setVisible(view.layers().contains(layer.id()));
            }
        }
        IncidentsViewModel incidents = model.incidents();
        if (view.filter() != null) {
            IncidentFilter f = view.filter();
            setAll(incidents.categories(), f.categories().isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(f.categories()));
            setAll(incidents.statuses(), f.statuses().isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(f.statuses()));
            setAll(incidents.roles(), f.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(f.roles()));
            incidents.actorProperty().set(f.actors().size() == 1 ? f.actors().iterator().next() : null);
            incidents.searchProperty().set(f.text());
        }
        if (view.time() != null) {
            ViewTime time = view.time();
            TimelineViewModel timeline = incidents.timeline();
            if (time.isWindow()) {
                timeline.modeProperty().set(WindowMode.MOVING);
                timeline.windowDaysProperty().set((int) (time.to().toEpochDay() - time.from().toEpochDay() + 1));
            }
            timeline.setDate(time.to());
        }
        if (view.selected() != null) {
            incidents.selectById(view.selected());
        }
        map.setSubject(java.util.Set.copyOf(view.subject()));
        double[] target = target(view.extent());
        if (fly) {
            flight.flyTo(target[0], target[1], target[2]);
        } else {
            flight.stop();
            map.show(target[0], target[1], target[2]);
        }
    }

    private static <E> void setAll(java.util.Set<E> target, java.util.Set<E> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    /**
     * The current state as a view: the map's centre and zoom, the shown time window, the visible
     * layers, the incident filter (when {@code withFilter}) and the selected incident.
     */
    public SavedView capture(String name, boolean withFilter) {
        Viewport v = map.getViewport();
        MapExtent extent = v == null ? new MapExtent.Box(43.5, 36.5, 50.5, 42.0)
                : new MapExtent.Centre(v.centerLongitude(), v.centerLatitude(), v.zoom());
        IncidentsViewModel incidents = model.incidents();
        TimeWindow window = incidents.timeline().getWindow();
        ViewTime time = window == null ? null : ViewTime.window(window.start(), window.end());
        List<String> layers = new ArrayList<>();
        for (LayerViewModel layer : model.layers()) {
            if (layer.isVisible()) {
                layers.add(layer.id());
            }
        }
        Incident selected = incidents.selectedProperty().get();
        return new SavedView(name, extent, time, layers, withFilter ? incidents.filterProperty().get() : null,
                selected == null ? null : selected.id(), "");
    }
}
