// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.state;

import org.araxes.ui.common.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
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
import org.araxes.formats.GeoFiles;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentSet;
import org.araxes.incidents.MapFileContent;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerCache;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.ui.common.FileProgress;
import org.araxes.tiles.TileSource;

/**
 * The main window's state: the layers, the basemap, the label language, the tile source, the
 * pointer coordinates and the status line. Holds no nodes; the view binds to it. Layers may be
 * added after the start ({@link #openLayers}); the map and the layer panel follow {@link #layers}.
 */
public final class MainViewModel {

    /** The atlas, with the layers opened since the start ({@link #addLayer}). */
    private Atlas atlas;
    /** The offline basemap of the atlas and where the window's tiles come from. */
    private final org.araxes.tiles.Basemap basemap;
    private final ObservableList<LayerViewModel> layerList;
    private final ObservableList<LayerViewModel> layers;
    /** The layer file being read ({@link #openLayers}), for the status bar's progress bar and Cancel. */
    private final FileProgress layerReading = new FileProgress();
    /** The ids of the layers added after the start (command line, double-click, Add layer, a drop). */
    private final Set<String> opened = new java.util.LinkedHashSet<>();
    /** The files of the layers added after the start, by layer id, in the order added. */
    private final java.util.Map<String, Path> layerFiles = new java.util.LinkedHashMap<>();
    private final BooleanProperty basemapVisible = new SimpleBooleanProperty(this, "basemapVisible", true);
    private final DoubleProperty basemapOpacity = new SimpleDoubleProperty(this, "basemapOpacity", 1.0);
    private final StringProperty language = new SimpleStringProperty(this, "language", "en");
    private final ObjectProperty<TileSource> tileSource = new SimpleObjectProperty<>(this, "tileSource", TileSource.OFFLINE);
    private final ReadOnlyStringWrapper pointer = new ReadOnlyStringWrapper(this, "pointer", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final org.araxes.ui.incidents.IncidentsViewModel incidents = new org.araxes.ui.incidents.IncidentsViewModel();

    public MainViewModel(Atlas atlas) {
        this.atlas = atlas;
        this.basemap = org.araxes.tiles.Basemap.of(atlas);
        this.layerList = FXCollections.observableArrayList(atlas.mapLayers().stream().map(LayerViewModel::new).toList());
        this.layers = FXCollections.unmodifiableObservableList(layerList);
        int problems = atlas.problems().size();
        status.set(Messages.format("status.started", String.valueOf(atlas.mapLayers().size()), atlas.source())
                + (problems == 0 ? "" : Messages.format("status.dataProblems", problems)));
        loadIncidents();
        layerList.addListener((javafx.collections.ListChangeListener<LayerViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::followChanges);
            }
            updateLayerChanges();
        });
        layerList.forEach(this::followChanges);
        updateLayerChanges();
    }

    private void followChanges(LayerViewModel layer) {
        layer.visibleProperty().addListener(o -> updateLayerChanges());
    }

    /** Tells the timeline the days on which a shown layer changes (features with valid_from/valid_until). */
    private void updateLayerChanges() {
        List<org.araxes.timeline.ValidTime> times = new ArrayList<>();
        for (LayerViewModel layer : layerList) {
            if (layer.visibleProperty().get()) {
                layer.data().features().forEach(f -> times.add(org.araxes.timeline.ValidTime.orAlways(f.properties())));
            }
        }
        incidents.timeline().layerChangesProperty().set(org.araxes.timeline.ValidTime.changeDays(times));
    }

    /** Shows the incidents of every incident layer of the atlas together. */
    private void loadIncidents() {
        incidents.load(org.araxes.incidents.IncidentReader.fromAtlas(atlas));
    }

    /** The incidents and the timeline. */
    public org.araxes.ui.incidents.IncidentsViewModel incidents() {
        return incidents;
    }

    /** The window's basemap (offline painter, tile source, tile status). */
    public org.araxes.tiles.Basemap basemap() {
        return basemap;
    }

    public Atlas atlas() {
        return atlas;
    }

    /** The map layers in drawing order (bottom first). */
    public ObservableList<LayerViewModel> layers() {
        return layers;
    }

    /**
     * Adds a layer on top of the others, shown, as the layers of the start are (JavaFX thread); a
     * layer id already in use gets a "-2", "-3"… suffix. The atlas gains it too (search, credits).
     * A file holding incidents ({@link MapFileContent}: an {@code incidents} header, or dated
     * points) is no map layer: its incidents are added as a set beside the others, and null is
     * returned.
     */
    public LayerViewModel addLayer(LayerData layer) {
        return addLayer(layer, null);
    }

    /**
     * {@link #addLayer(LayerData)} of a layer read from a file (or null): a file holding incidents
     * ({@link MapFileContent}) becomes an incident set that keeps its file; a layer remembers it
     * ({@link #openedLayerFiles}).
     */
    public LayerViewModel addLayer(LayerData layer, Path file) {
        GeoJsonResult read = new GeoJsonResult(layer.fileName(), layer.info(), layer.features(), layer.problems());
        if (MapFileContent.of(read) == MapFileContent.Holds.INCIDENTS) {
            IncidentResult result = IncidentReader.fromGeoJson(read);
            IncidentSet added = incidents.addSet(file != null ? IncidentSet.opened(file, result)
                    : new IncidentSet(layer.fileName(), layer.fileName(), null, "geojson",
                            result.store(), result.problems(), true, true));
            if (file != null) {
                incidents.remember(file);
            }
            int problems = added.problems().size();
            status.set(Messages.format("incidents.opened", added.name(), added.size())
                    + (problems == 0 ? "" : Messages.format("incidents.opened.problems", problems)));
            return null;
        }
        Set<String> ids = new HashSet<>();
        atlas.layers().forEach(l -> ids.add(l.id()));
        String id = layer.id();
        for (int n = 2; !ids.add(id); n++) {
            id = layer.id() + "-" + n;
        }
        LayerData added = id.equals(layer.id()) ? layer
                : new LayerData(id, layer.fileName(), layer.info(), layer.features(), layer.problems(), layer.bounds());
        List<LayerData> all = new ArrayList<>(atlas.layers());
        all.add(added);
        atlas = new Atlas(all, atlas.source());
        LayerViewModel model = new LayerViewModel(added);
        opened.add(id);
        if (file != null) {
            layerFiles.put(id, file.toAbsolutePath().normalize());
        }
        layerList.add(model);
        return model;
    }

    /**
     * Opens map files as File ▸ Add layer…, a drop on the map and the command line do: each a map
     * layer or an incident set, told apart by content ({@link MapFileContent}); tables are read as
     * incidents ({@link org.araxes.ui.incidents.IncidentsViewModel#open}), the others as
     * {@link #openLayers} reads them. Call on the JavaFX thread.
     */
    public CompletableFuture<Void> openFiles(List<Path> files, LayerCache cache, Executor executor) {
        List<Path> maps = new ArrayList<>();
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (Path file : files) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            if (MapFileContent.isTable(name)) {
                all = all.thenCompose(done -> incidents.open(file, executor, null).thenAccept(result -> { }));
            } else {
                maps.add(file);
            }
        }
        return all.thenCompose(done -> openLayers(maps, cache, executor));
    }

    /**
     * Reads GeoJSON files as layers, one after the other, on a background thread through the
     * user's layer cache, and adds each when read ({@link #addLayer}); a file that cannot be read
     * becomes a layer with its problems. While one is read, {@link #layerReading} shows how far
     * and can cancel it: a cancelled file adds nothing and the status line says so. Call on the
     * JavaFX thread; the future completes there once every file is done.
     */
    public CompletableFuture<Void> openLayers(List<Path> files, LayerCache cache, Executor executor) {
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (Path file : files) {
            all = all.thenCompose(done -> openLayer(file, cache, executor));
        }
        return all;
    }

    private CompletableFuture<Void> openLayer(Path file, LayerCache cache, Executor executor) {
        AtomicBoolean cancelled = layerReading.start();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        status.set(Messages.format("layers.reading", name));
        CompletableFuture<Void> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> GeoFiles.readLayers(file, layerReading.stream(file, cancelled), cache), executor)
                .whenComplete((results, error) -> Platform.runLater(() -> {
                    try {
                        if (!layerReading.finish(cancelled)) {
                            return;
                        }
                        if (cancelled.get()) {
                            status.set(Messages.format("layers.cancelled", name));
                        } else if (error != null) {
                            status.set(Messages.format("layers.readFailed", name, error.getMessage()));
                        } else {
                            int features = 0;
                            int problems = 0;
                            int added = 0;
                            for (GeoJsonResult result : results) {
                                LayerData read = LayerData.of(result);
                                if (addLayer(read, file) != null) {
                                    added++;
                                    features += read.features().size();
                                    problems += read.problems().size();
                                }
                            }
                            if (added > 0) {
                                status.set((added == 1 ? Messages.format("layers.opened", name, features)
                                        : Messages.format("layers.openedTables", name, added, features))
                                        + (problems == 0 ? "" : Messages.format("status.dataProblems", problems)));
                            }
                        }
                    } finally {
                        shown.complete(null);
                    }
                }));
        return shown;
    }

    /** The layer file being read now, if any: its progress bar and Cancel for the status bar. */
    public FileProgress layerReading() {
        return layerReading;
    }

    /** Cancels the layer file being read, if any; the status line says so. */
    public void cancelLayerReading() {
        if (layerReading.cancel()) {
            status.set(Messages.get("layers.cancelling"));
        }
    }

    /**
     * The ids of the layers opened since the start (command line, double-click, File ▸ Add layer…,
     * a drop): the last session's view leaves them as they are.
     */
    public Set<String> openedLayerIds() {
        return java.util.Collections.unmodifiableSet(opened);
    }

    /** The files of the layers opened since the start, by layer id, in the order opened. */
    public java.util.Map<String, Path> openedLayerFiles() {
        return java.util.Collections.unmodifiableMap(layerFiles);
    }

    /** The bundled incident sets (one per incident layer of the atlas), as at the start. */
    public List<IncidentSet> bundledSets() {
        return org.araxes.ui.incidents.IncidentsViewModel.bundledSets(IncidentReader.fromAtlas(atlas));
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

    /** The layers' credits for the About box, one per credit line ({@link Atlas#creditsByLine}). */
    public List<Atlas.Credit> creditsByLine() {
        return atlas.creditsByLine();
    }

    /** The credit lines for the About box and exports. */
    public List<String> credits() {
        return atlas.credits();
    }
}
