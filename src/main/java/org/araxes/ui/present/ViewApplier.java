// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.present;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.araxes.geo.Viewport;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.presentation.MapExtent;
import org.araxes.presentation.MapState;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.StoryStep;
import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.state.LayerViewModel;
import org.araxes.ui.state.MainViewModel;
import org.araxes.ui.incidents.IncidentsViewModel;

/**
 * The window's side of the {@link MapState}: takes what the view-models and the map show as one,
 * and shows one on them. A saved view or a story step is shown by turning the current state into
 * the view's with {@link MapState#showing}, the same function the command line uses.
 */
public final class ViewApplier {

    private final MainViewModel model;
    private final AtlasMapView map;
    private final MapFlight flight;
    private final ReadOnlyObjectWrapper<List<String>> ringed = new ReadOnlyObjectWrapper<>(this, "ringed", List.of());

    public ViewApplier(MainViewModel model, AtlasMapView map) {
        this.model = model;
        this.map = map;
        this.flight = new MapFlight(map);
    }

    /** The flight used for animated moves. */
    public MapFlight flight() {
        return flight;
    }

    /** The ids of the incidents ringed on the map now (a story step's highlights). */
    public ReadOnlyObjectProperty<List<String>> ringedProperty() {
        return ringed.getReadOnlyProperty();
    }

    /**
     * The map's content size as laid out now, {width, height} (the viewport follows it only at the
     * next pulse); before the first layout the viewport's, else a default.
     */
    private double[] mapSize() {
        double w = map.getWidth() - map.snappedLeftInset() - map.snappedRightInset();
        double h = map.getHeight() - map.snappedTopInset() - map.snappedBottomInset();
        if (w <= 0 || h <= 0) {
            Viewport now = map.getViewport();
            w = now != null ? now.width() : 1000;
            h = now != null ? now.height() : 700;
        }
        return new double[] {w, h};
    }

    /** The centre and zoom a view's extent comes to on the map as it is sized now: {lon, lat, zoom}. */
    public double[] target(MapExtent extent) {
        double[] size = mapSize();
        MapState.Area area = MapState.Area.of(extent, size[0], size[1]);
        return new double[] {area.lon(), area.lat(), area.zoom()};
    }

    /** What the window shows now, as a map state at the map's size and scale 1. */
    public MapState state() {
        double[] size = mapSize();
        Viewport v = map.getViewport();
        MapState.Area area = v == null ? MapState.Area.of(MapState.HOME, size[0], size[1])
                : new MapState.Area(v.centerLongitude(), v.centerLatitude(), v.zoom());
        List<MapState.Layer> layers = new ArrayList<>();
        for (LayerViewModel layer : model.layers()) {
            layers.add(new MapState.Layer(layer.id(), layer.isVisible(), layer.getOpacity()));
        }
        IncidentsViewModel incidents = model.incidents();
        Incident selected = incidents.selectedProperty().get();
        return new MapState(area, size[0], size[1], 1, model.basemapVisibleProperty().get(),
                model.basemapOpacityProperty().get(), layers, incidents.timeline().getWindow(),
                incidents.timeline().modeProperty().get(), incidents.filterProperty().get(),
                incidents.shownOnMapProperty().get(), model.languageProperty().get(),
                selected == null ? null : selected.id(), ringed.get(), List.copyOf(map.getSubject()), map.getLabelScale());
    }

    /** Shows a saved view: the current state {@link MapState#showing showing} it. */
    public void apply(SavedView view, boolean fly) {
        show(state().showing(view), fly);
    }

    /** Shows a story step: its view, with its incidents ringed. */
    public void apply(StoryStep step, boolean fly) {
        show(state().showing(step), fly);
    }

    /**
     * Shows a map state on the view-models and the map: layers, filter, time and labels first,
     * then the selection (which must be among the incidents shown), then the map moves — flying
     * when {@code fly} is set, else at once. The state's size is the map's own and is not set.
     */
    public void show(MapState state, boolean fly) {
        for (MapState.Layer shown : state.layers()) {
            LayerViewModel layer = model.layer(shown.id());
            if (layer != null) {
                layer.setVisible(shown.visible());
                layer.setOpacity(shown.opacity());
            }
        }
        model.basemapVisibleProperty().set(state.basemap());
        model.basemapOpacityProperty().set(state.basemapOpacity());
        model.languageProperty().set(state.language());
        IncidentsViewModel incidents = model.incidents();
        IncidentFilter f = state.filter();
        setAll(incidents.categories(), f.categories().isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(f.categories()));
        setAll(incidents.statuses(), f.statuses().isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(f.statuses()));
        setAll(incidents.roles(), f.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(f.roles()));
        incidents.actorProperty().set(f.actors().size() == 1 ? f.actors().iterator().next() : null);
        incidents.searchProperty().set(f.text());
        if (!Objects.equals(incidents.nearProperty().get(), f.near())) {
            incidents.nearProperty().set(f.near());
        }
        incidents.shownOnMapProperty().set(state.incidentsShown());
        incidents.timeline().show(state.window(), state.mode());
        if (state.selected() == null || !incidents.selectById(state.selected())) {
            incidents.selectedProperty().set(null);
        }
        ringed.set(state.ringed());
        map.setSubject(java.util.Set.copyOf(state.subject()));
        map.setLabelScale(state.presentationScale());
        MapState.Area area = state.area();
        if (fly) {
            flight.flyTo(area.lon(), area.lat(), area.zoom());
        } else {
            flight.stop();
            map.show(area.lon(), area.lat(), area.zoom());
        }
    }

    private static <E> void setAll(java.util.Set<E> target, java.util.Set<E> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    /**
     * The current state as a view: the map's centre and zoom, the shown time window, the layers
     * shown and hidden, the incident filter (when {@code withFilter}) and the selected incident.
     */
    public SavedView capture(String name, boolean withFilter) {
        return state().toView(name, withFilter);
    }
}
