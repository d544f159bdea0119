// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.araxes.export.MapExporter;
import org.araxes.geo.Viewport;
import org.araxes.model.Atlas;
import org.araxes.render.MapComposition;
import org.araxes.tiles.Basemap;
import org.araxes.tiles.TileSource;
import org.araxes.ui.incidents.IncidentFileActions;
import org.araxes.ui.incidents.IncidentsPanel;
import org.araxes.ui.incidents.TimelineView;

/** The main window's content: menus, the layer panel, the map and the status bar. */
public final class MainWindow extends BorderPane {

    private static final List<String[]> LANGUAGES = List.of(
            new String[] {"en", "English"}, new String[] {"az", "Azərbaycanca"}, new String[] {"hy", "Հայերեն"},
            new String[] {"fa", "فارسی"}, new String[] {"ru", "Русский"});

    private final MainViewModel model;
    private final AtlasMapView map;
    private final IncidentFileActions incidentFiles;

    public MainWindow(MainViewModel model) {
        this.model = model;
        setId("main-window");
        map = new AtlasMapView(model);
        LayerPanel layers = new LayerPanel(model);
        incidentFiles = new IncidentFileActions(model.incidents(), model::setStatus);
        map.addOverlay(new IncidentMapLayer(map, model.incidents()));
        incidentFiles.acceptDrops(map);
        IncidentsPanel incidentsPanel = new IncidentsPanel(model.incidents(), this::openLink);
        SplitPane split = new SplitPane(layers, map, incidentsPanel);
        split.setDividerPositions(0.17, 0.74);
        SplitPane.setResizableWithParent(layers, false);
        SplitPane.setResizableWithParent(incidentsPanel, false);
        setTop(menus());
        setCenter(new BorderPane(split, null, null, new TimelineView(model.incidents()), null));
        setBottom(statusBar());
        Basemap.setStatusListener(message -> Platform.runLater(() -> model.setStatus(message)));
        model.tileSourceProperty().addListener((o, old, source) -> {
            Basemap.setSource(source);
            model.setStatus(source == TileSource.OFFLINE ? "Offline basemap"
                    : "Loading OpenStreetMap tiles… (the offline basemap takes over if they cannot be had)");
            map.reloadTiles();
        });
    }

    public AtlasMapView map() {
        return map;
    }

    /** Opens an http(s) link in the system browser; other schemes are refused. */
    private void openLink(java.net.URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            model.setStatus("Not opened: only http and https links are opened (" + uri + ")");
        } else if (AraxesApp.hostServices == null) {
            model.setStatus("Cannot open a browser here; the link is " + uri);
        } else {
            AraxesApp.hostServices.showDocument(uri.toString());
            model.setStatus("Opened " + uri + " in the browser");
        }
    }

    private MenuBar menus() {
        MenuItem export = new MenuItem("Export PNG…");
        export.setId("menu-export");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> exportWithDialog());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("File");
        file.getItems().addAll(incidentFiles.menuItems(() -> getScene().getWindow()));
        file.getItems().addAll(new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem home = new MenuItem("Whole region");
        home.setAccelerator(new KeyCodeCombination(KeyCode.HOME));
        home.setOnAction(e -> map.home());
        MenuItem zoomIn = new MenuItem("Zoom in");
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> map.zoomAtCentre(1));
        MenuItem zoomOut = new MenuItem("Zoom out");
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> map.zoomAtCentre(-1));
        Menu labels = new Menu("Label language");
        ToggleGroup languageGroup = new ToggleGroup();
        for (String[] language : LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(language[1]);
            item.setId("language-" + language[0]);
            item.setToggleGroup(languageGroup);
            item.setSelected(language[0].equals(model.languageProperty().get()));
            item.setOnAction(e -> model.languageProperty().set(language[0]));
            labels.getItems().add(item);
        }
        Menu view = new Menu("View", null, home, zoomIn, zoomOut, new SeparatorMenuItem(), labels);

        CheckMenuItem online = new CheckMenuItem("Online OpenStreetMap tiles");
        online.setId("menu-online-tiles");
        online.setSelected(model.tileSourceProperty().get() == TileSource.OPENSTREETMAP);
        online.selectedProperty().addListener((o, old, on) ->
                model.tileSourceProperty().set(on ? TileSource.OPENSTREETMAP : TileSource.OFFLINE));
        Menu settings = new Menu("Settings", null, online);

        MenuItem about = new MenuItem("About Araxes");
        about.setId("menu-about");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("Help", null, about);
        MenuBar bar = new MenuBar(file, view, settings, help);
        bar.setId("menu-bar");
        return bar;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        Label pointer = new Label();
        pointer.setId("pointer-coordinates");
        pointer.textProperty().bind(model.pointerProperty());
        pointer.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, pointer);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    /** What the map shows now, as a composition the export can draw. */
    public MapComposition composition() {
        List<MapComposition.Layer> layers = map.vectorLayers().stream()
                .filter(l -> l.model().isVisible())
                .map(l -> new MapComposition.Layer(l.renderer(), l.model().getOpacity()))
                .toList();
        return new MapComposition(model.basemapVisibleProperty().get() ? Basemap.painter() : null,
                model.basemapOpacityProperty().get(), layers, model.languageProperty().get(), model.credits());
    }

    /**
     * Exports the current view re-rendered at a size: the same ground centre, zoomed so the same
     * area fills the picture, lines and type scaled with it.
     */
    public void export(Path target, int width, int height) throws java.io.IOException {
        Viewport screen = map.getViewport();
        if (screen == null) {
            throw new IllegalStateException("the map is not shown yet");
        }
        double scale = Math.min(width / screen.width(), height / screen.height());
        Viewport output = Viewport.centeredOn(screen.centerLongitude(), screen.centerLatitude(),
                screen.zoom() + Math.log(scale) / Math.log(2), width, height);
        MapExporter.writePng(MapExporter.render(composition(), output, scale, null), target);
    }

    private void exportWithDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the map as PNG");
        chooser.setInitialFileName("araxes-map.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        Window window = getScene().getWindow();
        File file = chooser.showSaveDialog(window);
        if (file == null) {
            return;
        }
        Viewport screen = map.getViewport();
        try {
            export(file.toPath(), (int) Math.round(screen.width() * 2), (int) Math.round(screen.height() * 2));
            model.setStatus("Exported " + file.getName());
        } catch (Exception e) {
            model.setStatus("Export failed: " + e.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not export to " + file + ":\n" + e.getMessage());
            alert.initOwner(window);
            alert.show();
        }
    }

    private void showAbout() {
        StringBuilder text = new StringBuilder();
        text.append("Araxes — an atlas of the Aras (Araz) borderlands.\n")
                .append("Licence: GPL-3.0-or-later. Map widget: Gluon Maps (GPL-3.0).\n\n")
                .append("Data credits:\n");
        for (String credit : model.credits()) {
            text.append("• ").append(credit).append('\n');
        }
        text.append("\nBorders are drawn as the data records them; proposed corridors are shown dashed and labelled"
                + " as proposals; places carry the names each community uses.\n");
        String readme = Atlas.bundledText("README.md");
        if (!readme.isBlank()) {
            text.append("\n— geodata/README.md —\n\n").append(readme);
        }
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(640, 420);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("About Araxes");
        alert.setHeaderText("Araxes");
        alert.getDialogPane().setContent(area);
        alert.getDialogPane().setId("about-dialog");
        alert.initOwner(getScene().getWindow());
        alert.show();
    }
}
