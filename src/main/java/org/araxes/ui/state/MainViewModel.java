// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.state;

import org.araxes.ui.common.Messages;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.araxes.geo.CoordinateFormat;
import org.araxes.model.Atlas;
import org.araxes.tiles.TileSource;

/**
 * The main window's state: the layers, the basemap, the label language, the tile source, the
 * pointer coordinates and the status line. Holds no nodes; the view binds to it.
 */
public final class MainViewModel {

    private final Atlas atlas;
    private final ObservableList<LayerViewModel> layers;
    private final BooleanProperty basemapVisible = new SimpleBooleanProperty(this, "basemapVisible", true);
    private final DoubleProperty basemapOpacity = new SimpleDoubleProperty(this, "basemapOpacity", 1.0);
    private final StringProperty language = new SimpleStringProperty(this, "language", "en");
    private final ObjectProperty<TileSource> tileSource = new SimpleObjectProperty<>(this, "tileSource", TileSource.OFFLINE);
    private final ReadOnlyStringWrapper pointer = new ReadOnlyStringWrapper(this, "pointer", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final org.araxes.ui.incidents.IncidentsViewModel incidents = new org.araxes.ui.incidents.IncidentsViewModel();

    public MainViewModel(Atlas atlas) {
        this.atlas = atlas;
        this.layers = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(
                atlas.mapLayers().stream().map(LayerViewModel::new).toList()));
        int problems = atlas.problems().size();
        status.set(Messages.format("status.started", String.valueOf(atlas.mapLayers().size()), atlas.source())
                + (problems == 0 ? "" : Messages.format("status.dataProblems", problems)));
        incidents.load(atlas.layersOfKind(org.araxes.io.LayerInfo.Kind.INCIDENTS).stream()
                .map(l -> org.araxes.incidents.IncidentReader.fromGeoJson(
                        new org.araxes.io.GeoJsonResult(l.fileName(), l.info(), l.features(), l.problems())))
                .toList());
    }

    /** The incidents and the timeline. */
    public org.araxes.ui.incidents.IncidentsViewModel incidents() {
        return incidents;
    }

    public Atlas atlas() {
        return atlas;
    }

    /** The map layers in drawing order (bottom first). */
    public ObservableList<LayerViewModel> layers() {
        return layers;
    }

    /** The layer with an id, or null. */
    public LayerViewModel layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    public BooleanProperty basemapVisibleProperty() {
        return basemapVisible;
    }

    public DoubleProperty basemapOpacityProperty() {
        return basemapOpacity;
    }

    /** Label language: en, az, hy, fa or ru. */
    public StringProperty languageProperty() {
        return language;
    }

    /** Where basemap tiles come from; offline by default. */
    public ObjectProperty<TileSource> tileSourceProperty() {
        return tileSource;
    }

    /** The coordinates under the pointer, in decimal degrees and degrees-minutes-seconds. */
    public ReadOnlyStringProperty pointerProperty() {
        return pointer.getReadOnlyProperty();
    }

    /** The status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows the coordinates under the pointer. */
    public void pointerAt(double lon, double lat) {
        pointer.set(CoordinateFormat.decimal(lon, lat) + "   " + CoordinateFormat.degreesMinutesSeconds(lon, lat));
    }

    /** Clears the pointer readout (the pointer left the map). */
    public void pointerLeft() {
        pointer.set("");
    }

    /** Sets the status line. */
    public void setStatus(String text) {
        status.set(text);
    }

    /** The credit lines for the About box and exports. */
    public List<String> credits() {
        return atlas.credits();
    }
}
