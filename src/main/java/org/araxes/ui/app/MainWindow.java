// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import org.araxes.ui.common.Messages;
import org.araxes.ui.explore.ExploreTools;
import org.araxes.ui.export.ExportDialog;
import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.map.IncidentMapLayer;
import org.araxes.ui.state.MainViewModel;
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
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.araxes.StartupTrace;
import org.araxes.export.MapExporter;
import org.araxes.geo.Viewport;
import org.araxes.model.Atlas;
import org.araxes.render.MapComposition;
import org.araxes.tiles.TileSource;
import org.araxes.ui.incidents.DeskActions;
import org.araxes.ui.incidents.IncidentFileActions;
import org.araxes.ui.incidents.IncidentsPanel;
import org.araxes.ui.incidents.TimelineView;

/** The main window's content: menus, the layer panel, the map and the status bar. */
public final class MainWindow extends BorderPane {

    private static final List<String[]> LANGUAGES = List.of(
            new String[] {"en", "English"}, new String[] {"az", "Azərbaycanca"}, new String[] {"hy", "Հայերեն"},
            new String[] {"fa", "فارسی"}, new String[] {"ru", "Русский"});

    /** Where the split pane's dividers stand at the start: layers | map | incidents. */
    private static final double[] DIVIDERS = {0.17, 0.74};
    /**
     * Heights of the menu bar, the timeline and the status bar with the default theme and fonts
     * (measured in the smoke test's window), for the {@link #skeleton} shown while the window is
     * built; if the real ones differ, the map is painted once more when it moves in.
     */
    private static final double MENU_HEIGHT = 36;
    private static final double TIMELINE_HEIGHT = 132;
    private static final double STATUS_HEIGHT = 26;

    /**
     * The size the map will most likely have in a window of a size: the middle of the split pane
     * under the menus and above the timeline and status bar (the start prepares the first picture's
     * zoom level with it before the window is laid out).
     */
    static double[] likelyMapSize(double windowWidth, double windowHeight) {
        return new double[] {Math.max(1, windowWidth * (DIVIDERS[1] - DIVIDERS[0])),
            Math.max(1, windowHeight - MENU_HEIGHT - TIMELINE_HEIGHT - STATUS_HEIGHT)};
    }

    private final MainViewModel model;
    private final AtlasMapView map;
    private final IncidentFileActions incidentFiles;
    private final DeskActions deskActions;
    private final MapFileActions mapFiles;
    private final ProjectActions projects;
    private final org.araxes.ui.incidents.IncidentsOutActions incidentsOut;
    private final ExploreTools explore;
    private final org.araxes.ui.present.Presenter presenter;
    private final AnimationExport animation;
    private final CompareExport comparison;
    private final MapOutputs outputs;
    private CompareWindow compareWindow;
    private final IncidentEditActions editActions;
    private SplitPane split;
    private javafx.scene.Node[] fullLayout;

    public MainWindow(MainViewModel model) {
        this(model, mapFor(model));
    }

    /**
     * The main window around a map already made for the model with {@link #mapFor} (the start
     * shows that map alone first); the map moves into the window.
     */
    public MainWindow(MainViewModel model, AtlasMapView map) {
        this.model = model;
        setId("main-window");
        this.map = map;
        map.addControls();
        StartupTrace.mark("window: map controls");
        LayerPanel layers = new LayerPanel(model);
        StartupTrace.mark("window: layer panel");
        incidentFiles = new IncidentFileActions(model.incidents(), model::setStatus);
        deskActions = new DeskActions(model.incidents(), model::setStatus);
        model.incidents().setHistorySource(deskActions::history);
        // a shared desk shown by window asks its server for the area in view (decision 0029)
        map.viewportProperty().addListener((o, old, v) -> model.incidents().areaProperty().set(v == null ? null : v.visibleBounds()));
        mapFiles = new MapFileActions(model);
        mapFiles.acceptDrops(map);
        IncidentsPanel incidentsPanel = new IncidentsPanel(model.incidents(), this::openLink);
        incidentsOut = new org.araxes.ui.incidents.IncidentsOutActions(model.incidents(), model::setStatus);
        incidentsPanel.setIncidentMenu(incidentsOut.contextMenu());
        StartupTrace.mark("window: incidents panel");
        editActions = new IncidentEditActions(model, map, () -> getScene().getWindow(),
                org.araxes.settings.UserFolders.current().recoveryFolder());
        incidentsPanel.onEdit(editActions::edit);
        editActions.editing().setRemoteSets(deskActions::remoteFor);
        explore = new ExploreTools(map, model);
        StartupTrace.mark("window: explore tools");
        incidentsPanel.addFilter(explore.proximityFilter());
        org.araxes.ui.incidents.IncidentSetsPanel sets = new org.araxes.ui.incidents.IncidentSetsPanel(model.incidents(),
                () -> incidentFiles.chooseAndOpen(getScene().getWindow()));
        sets.setOnRemove(editActions::removeSet);
        sets.setDetails(set -> Messages.format("sets.version", org.araxes.ui.incidents.IncidentsOutViewModel
                .versionOf(set, model.atlas().incidentsVersion()).display()));
        VBox left = new VBox(sets, layers);
        VBox.setVgrow(layers, javafx.scene.layout.Priority.ALWAYS);
        left.setMinWidth(180);
        split = new SplitPane(left, map, incidentsPanel);
        split.setDividerPositions(DIVIDERS);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(incidentsPanel, false);
        presenter = new org.araxes.ui.present.Presenter(model, map, this::showMapOnly);
        presenter.listKeys(explore.keys());
        StartupTrace.mark("window: presenter");
        projects = new ProjectActions(model, presenter, () -> getScene() == null ? null : getScene().getWindow(),
                editActions::confirmReplace);
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && old == null) {
                presenter.install(scene);
            }
        });
        outputs = new MapOutputs(model, map, () -> presenter.applier().state(), this::composition,
                () -> getScene().getWindow());
        animation = new AnimationExport(outputs);
        comparison = new CompareExport(outputs);
        setTop(menus());
        StartupTrace.mark("window: menus");
        setCenter(new BorderPane(split, null, null, new TimelineView(model.incidents()), null));
        StartupTrace.mark("window: timeline");
        setBottom(statusBar());
        model.basemap().setStatusListener(message -> Platform.runLater(() -> model.setStatus(message)));
        model.tileSourceProperty().addListener((o, old, source) -> {
            model.basemap().setSource(source);
            model.setStatus(source == TileSource.OFFLINE ? Messages.get("status.offlineBasemap")
                    : Messages.get("status.loadingOsm"));
            map.reloadTiles();
        });
    }

    /**
     * The window's layout with empty places for the menus, panels, timeline and status bar around
     * a map, so the map shows at the size and place it will have in the main window (the start
     * shows this first, then builds the window, into which the map moves).
     */
    public static Region skeleton(AtlasMapView map) {
        Region menus = new Region();
        menus.setPrefHeight(MENU_HEIGHT);
        Region timeline = new Region();
        timeline.setPrefHeight(TIMELINE_HEIGHT);
        Region status = new Region();
        status.setPrefHeight(STATUS_HEIGHT);
        SplitPane split = new SplitPane(new Region(), map, new Region());
        split.setDividerPositions(DIVIDERS);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(split.getItems().get(2), false);
        BorderPane skeleton = new BorderPane(new BorderPane(split, null, null, timeline, null), menus, null, status, null);
        skeleton.setId("main-window-skeleton");
        return skeleton;
    }

    /** The map of a view-model with its incidents layer, as the main window shows it. */
    public static AtlasMapView mapFor(MainViewModel model) {
        AtlasMapView map = new AtlasMapView(model);
        map.addOverlay(new IncidentMapLayer(map, model.incidents()));
        return map;
    }

    /** Search, measure, graticule, theme and the key registry. */
    public ExploreTools explore() {
        return explore;
    }

    public AtlasMapView map() {
        return map;
    }

    /** The window's view-model. */
    public MainViewModel model() {
        return model;
    }

    /** File ▸ Open project… and Save project…. */
    public ProjectActions projects() {
        return projects;
    }

    /** Writing incidents: the Edit menu, the form, saving, the question on close, recovery. */
    public IncidentEditActions editActions() {
        return editActions;
    }

    /** Saved views, stories and presentation mode. */
    public org.araxes.ui.present.Presenter presenter() {
        return presenter;
    }

    /** Shows the map alone, filling the window (presentation mode), or everything again. */
    private void showMapOnly(boolean mapOnly) {
        if (mapOnly && fullLayout == null) {
            fullLayout = new javafx.scene.Node[] {getTop(), getCenter(), getBottom()};
            double[] dividers = split.getDividerPositions();
            split.getItems().set(1, new Region());
            split.setDividerPositions(dividers);
            setTop(null);
            setBottom(null);
            setCenter(map);
        } else if (!mapOnly && fullLayout != null) {
            double[] dividers = split.getDividerPositions();
            setCenter(null);
            split.getItems().set(1, map);
            split.setDividerPositions(dividers);
            setTop(fullLayout[0]);
            setCenter(fullLayout[1]);
            setBottom(fullLayout[2]);
            fullLayout = null;
        }
    }

    /** Opens an http(s) link in the system browser; other schemes are refused. */
    private void openLink(java.net.URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            model.setStatus(Messages.format("status.linkRefused", uri));
        } else if (AraxesApp.hostServices == null) {
            model.setStatus(Messages.format("status.noBrowser", uri));
        } else {
            AraxesApp.hostServices.showDocument(uri.toString());
            model.setStatus(Messages.format("status.linkOpened", uri));
        }
    }

    private MenuBar menus() {
        MenuItem export = new MenuItem(Messages.get("menu.file.export"));
        export.setId("menu-export");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> exportWithDialog());
        MenuItem copy = new MenuItem(Messages.get("menu.file.copyImage"));
        copy.setId("menu-copy-image");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        copy.setOnAction(e -> copyToClipboard(org.araxes.export.ExportSize.ofScreen(map.getViewport().width(),
                map.getViewport().height(), 1), "", java.util.EnumSet.allOf(org.araxes.render.FrameElement.class)));
        MenuItem quit = new MenuItem(Messages.get("menu.file.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> {
            if (editActions.confirmClose()) {
                Platform.exit();
            }
        });
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().add(mapFiles.menuItem(() -> getScene().getWindow()));
        file.getItems().addAll(incidentFiles.menuItems(() -> getScene().getWindow()));
        file.getItems().addAll(incidentsOut.menuItems(() -> getScene().getWindow()));
        file.getItems().add(deskActions.menuItem(() -> getScene().getWindow()));
        file.getItems().addAll(new SeparatorMenuItem(), editActions.saveItem());
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(projects.menuItems());
        file.getItems().addAll(new SeparatorMenuItem(), export, animation.menuItem(), comparison.menuItem(), copy, new SeparatorMenuItem(), quit);

        MenuItem home = new MenuItem(Messages.get("menu.view.home"));
        home.setAccelerator(new KeyCodeCombination(KeyCode.HOME));
        home.setOnAction(e -> map.home());
        MenuItem zoomIn = new MenuItem(Messages.get("menu.view.zoomIn"));
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> map.zoomAtCentre(1));
        MenuItem zoomOut = new MenuItem(Messages.get("menu.view.zoomOut"));
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> map.zoomAtCentre(-1));
        Menu labels = new Menu(Messages.get("menu.view.labelLanguage"));
        ToggleGroup languageGroup = new ToggleGroup();
        for (String[] language : LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(language[1]);
            item.setId("language-" + language[0]);
            item.setStyle("-fx-font-family: \"" + org.araxes.render.Fonts.familyFor(language[1]) + "\";");
            item.setToggleGroup(languageGroup);
            item.setSelected(language[0].equals(model.languageProperty().get()));
            item.setOnAction(e -> model.languageProperty().set(language[0]));
            labels.getItems().add(item);
        }
        MenuItem compare = new MenuItem(Messages.get("menu.view.compare"));
        compare.setId("menu-compare-view");
        compare.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        compare.setOnAction(e -> openCompareWindow());
        Menu view = new Menu(Messages.get("menu.view"), null, home, zoomIn, zoomOut, new SeparatorMenuItem(), compare,
                new SeparatorMenuItem(), labels);

        CheckMenuItem online = new CheckMenuItem(Messages.get("menu.settings.onlineTiles"));
        online.setId("menu-online-tiles");
        online.setSelected(model.tileSourceProperty().get() == TileSource.OPENSTREETMAP);
        online.selectedProperty().addListener((o, old, on) ->
                model.tileSourceProperty().set(on ? TileSource.OPENSTREETMAP : TileSource.OFFLINE));
        Menu settings = new Menu(Messages.get("menu.settings"), null, online);
        settings.getItems().add(explore.themeMenu());

        MenuItem about = new MenuItem(Messages.get("menu.help.about"));
        about.setId("menu-about");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu(Messages.get("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, editActions.menu(), view, presenter.viewsMenu(), presenter.storyMenu(), settings, help);
        bar.setId("menu-bar");
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 2), explore.toolsMenu());
        explore.menus(bar);
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
        HBox bar = new HBox(12, status, incidentFiles.loadProgress(),
                model.layerReading().view("layer-load", model::cancelLayerReading), animation.progressView(), spacer, pointer);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    /** File ▸ Export animation… (for tests). */
    AnimationExport animationExport() {
        return animation;
    }

    /** File ▸ Export comparison… (for tests). */
    /** View ▸ Compare two dates…: the compare window over the map's area (one at a time). */
    CompareWindow openCompareWindow() {
        if (compareWindow == null || !compareWindow.stage().isShowing()) {
            compareWindow = new CompareWindow(outputs, comparison);
            compareWindow.show();
        } else {
            compareWindow.stage().toFront();
        }
        return compareWindow;
    }

    /** The compare window while it is open, else null. */
    CompareWindow openCompareWindowIfShown() {
        return compareWindow != null && compareWindow.stage().isShowing() ? compareWindow : null;
    }

    CompareExport compareExport() {
        return comparison;
    }

    /** What the map shows now, as a composition the export can draw: layers, labels and incidents. */
    public MapComposition composition() {
        return composition(presenter.applier().state());
    }

    /** A state composed over the window's layers and incidents: the map as it would be at another moment. */
    private MapComposition composition(org.araxes.presentation.MapState state) {
        java.util.Map<String, org.araxes.render.VectorRenderer> renderers = new java.util.HashMap<>();
        map.vectorLayers().forEach(l -> renderers.put(l.model().id(), l.renderer()));
        return org.araxes.render.MapComposer.compose(state, model.basemap().painter(), renderers::get,
                model.incidents().store(), model.credits());
    }

    /** What an export of the current view draws: one composition, the picture's viewport and its frame (null for none). */
    private record Export(MapComposition composition, Viewport viewport, org.araxes.render.EvidenceFrame frame) {

        javafx.scene.image.WritableImage render(double scale) {
            return MapExporter.render(composition, viewport, scale, frame);
        }
    }

    /**
     * An export of the current view at a size, composed once: the frame counts and cites what the
     * picture's own viewport shows (a paper size can show more or less than the screen).
     *
     * @param target the file written, whose sources file the frame names, or null (the clipboard)
     */
    private Export prepare(org.araxes.export.ExportSize size, String title,
                           java.util.Set<org.araxes.render.FrameElement> elements, Path target) {
        MapComposition composition = composition();
        Viewport viewport = exportViewport(size);
        org.araxes.render.EvidenceFrame frame = null;
        if (!elements.isEmpty()) {
            frame = org.araxes.render.EvidenceFrame.of(composition, viewport, model.incidents().filterProperty().get(),
                    title, incidentsOut.versionStamp(model.atlas().incidentsVersion()), elements, java.time.Instant.now());
            if (target != null) {
                frame = frame.withSidecar(org.araxes.export.SourcesSidecar.name(target));
            }
        }
        return new Export(composition, viewport, frame);
    }

    /**
     * The viewport of an export of the current view: the same ground centre, zoomed so the view's
     * area fills the picture at the size's scale ({@link org.araxes.presentation.MapState#viewport}).
     */
    public Viewport exportViewport(org.araxes.export.ExportSize size) {
        if (map.getViewport() == null) {
            throw new IllegalStateException("the map is not shown yet");
        }
        return presenter.applier().state().sized(size.width(), size.height(), size.scale()).viewport();
    }

    /** Renders the current view at a size, with a frame (null for the bare map). Call on the FX thread. */
    public javafx.scene.image.WritableImage render(org.araxes.export.ExportSize size, org.araxes.render.EvidenceFrame frame) {
        return MapExporter.render(composition(), exportViewport(size), size.scale(), frame);
    }

    /**
     * Exports the current view re-rendered at a size, with the full evidence frame: the same ground
     * centre, zoomed so the same area fills the picture, lines and type scaled with it.
     */
    public void export(Path target, int width, int height) throws java.io.IOException {
        Viewport screen = map.getViewport();
        if (screen == null) {
            throw new IllegalStateException("the map is not shown yet");
        }
        org.araxes.export.ExportSize size = org.araxes.export.ExportSize.custom(width, height, screen.width(), screen.height());
        Export export = prepare(size, "", java.util.EnumSet.allOf(org.araxes.render.FrameElement.class), target);
        MapExporter.writePng(export.render(size.scale()), target, size.dpi(), MapExporter.textChunks(export.frame()));
        writeSidecar(export.frame(), target);
    }

    private void exportWithDialog() {
        Viewport screen = map.getViewport();
        if (screen == null) {
            return;
        }
        Window window = getScene().getWindow();
        ExportDialog dialog = new ExportDialog(window, screen.width(), screen.height(), lastTitle);
        ExportDialog.Choice choice = dialog.showAndWait().orElse(null);
        if (choice == null) {
            return;
        }
        lastTitle = choice.title();
        if (choice.format() == ExportDialog.Format.CLIPBOARD) {
            copyToClipboard(choice.size(), choice.title(), choice.elements());
            return;
        }
        boolean svg = choice.format() == ExportDialog.Format.SVG;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(svg ? "export.title.svg" : "export.title"));
        chooser.setInitialFileName(ExportDialog.defaultFileName(choice.format()));
        chooser.getExtensionFilters().add(svg ? new FileChooser.ExtensionFilter(Messages.get("export.fileType.svg"), "*.svg")
                : new FileChooser.ExtensionFilter(Messages.get("export.fileType"), "*.png"));
        File file = chooser.showSaveDialog(window);
        if (file == null) {
            return;
        }
        long started = System.nanoTime();
        org.araxes.export.ExportSize size = choice.size();
        Export export = prepare(size, choice.title(), choice.elements(), file.toPath());
        org.araxes.render.EvidenceFrame frame = export.frame();
        try {
            org.araxes.io.AtomicFiles.checkTarget(file.toPath()); // a read-only file or a folder: refused before rendering
            if (svg) {
                org.araxes.export.SvgExporter.write(org.araxes.export.SvgExporter.svg(export.composition(), export.viewport(),
                        size.scale(), frame), file.toPath());
                writeSidecar(frame, file.toPath());
                exported(file, size, started, frame);
            } else {
                javafx.scene.image.WritableImage image = export.render(size.scale());
                model.setStatus(Messages.format("status.writing", file.getName()));
                java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        MapExporter.writePng(image, file.toPath(), size.dpi(), MapExporter.textChunks(frame));
                        writeSidecar(frame, file.toPath());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).whenComplete((done, error) -> Platform.runLater(() -> {
                    if (error == null) {
                        exported(file, size, started, frame);
                    } else {
                        exportFailed(file, error.getCause() != null ? error.getCause() : error);
                    }
                }));
            }
        } catch (Exception e) {
            exportFailed(file, e);
        }
    }

    private String lastTitle = "";

    private void exported(File file, org.araxes.export.ExportSize size, long started, org.araxes.render.EvidenceFrame frame) {
        boolean sidecar = frame != null && !frame.sources().isEmpty();
        model.setStatus(Messages.format(sidecar ? "status.exported.sources" : "status.exported", file.getName(),
                String.valueOf(size.width()), String.valueOf(size.height()), String.valueOf(size.dpi()),
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9),
                sidecar ? frame.sidecar() : ""));
    }

    /** Writes the list of every source beside an exported picture, when the frame has sources. */
    private static void writeSidecar(org.araxes.render.EvidenceFrame frame, Path picture) throws java.io.IOException {
        if (frame != null && !frame.sources().isEmpty()) {
            org.araxes.export.SourcesSidecar.write(frame, picture);
        }
    }

    private void exportFailed(File file, Throwable e) {
        model.setStatus(Messages.format("status.exportFailed", e.getMessage()));
        Alert alert = new Alert(Alert.AlertType.ERROR, Messages.format("export.error", file, e.getMessage()));
        alert.initOwner(getScene().getWindow());
        alert.show();
    }

    /** Puts the current view, re-rendered at a size with a frame, on the clipboard as an image. */
    public void copyToClipboard(org.araxes.export.ExportSize size, String title,
                                java.util.Set<org.araxes.render.FrameElement> elements) {
        if (map.getViewport() == null) {
            return;
        }
        javafx.scene.image.WritableImage image = prepare(size, title, elements, null).render(size.scale());
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putImage(image);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        model.setStatus(Messages.format("status.copied", String.valueOf(size.width()), String.valueOf(size.height())));
    }

    private void showAbout() {
        VBox content = new VBox(6);
        content.setId("about-credits");
        content.setPadding(new Insets(4));
        content.getChildren().add(wrapped(Messages.get("about.intro"), null));
        for (Atlas.Credit credit : model.creditsByLine()) {
            VBox entry = new VBox(1, wrapped(String.join(", ", credit.layers()), "about-layers"),
                    wrapped(credit.credit(), "about-credit"));
            if (!credit.sources().isEmpty()) {
                entry.getChildren().add(wrapped(Messages.format("about.source", String.join("; ", credit.sources())),
                        "about-source"));
            }
            content.getChildren().add(entry);
        }
        content.getChildren().add(wrapped(Messages.get("about.borders"), null));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(600, 420);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText("Araxes");
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("about-dialog");
        alert.initOwner(getScene().getWindow());
        alert.show();
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
