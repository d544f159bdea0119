// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.explore;

import org.araxes.ui.common.KeyActions;
import org.araxes.ui.common.Messages;
import org.araxes.ui.common.Theme;
import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.map.GraticuleLayer;
import org.araxes.ui.map.MeasureLayer;
import org.araxes.ui.state.MainViewModel;
import java.util.List;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.araxes.geo.Viewport;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentMentions;
import org.araxes.incidents.IncidentProximity;
import org.araxes.model.FeatureFacts;
import org.araxes.search.AtlasSearch;
import org.araxes.ui.incidents.ProximityFilterView;
import org.araxes.ui.incidents.ProximityViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.locationtech.jts.geom.Envelope;

/**
 * The students' tools, kept out of the shared window classes: the search box, the measure tool,
 * the graticule, the light/dark theme, the shortcut sheet and its key registry, "within N km"
 * incident filter, and what the seeds say about a place on its card. {@link MainWindow} creates
 * it and adds its menus; everything else is wired here.
 */
public final class ExploreTools {

    private final AtlasMapView map;
    private final MainViewModel model;
    private final KeyActions keys = new KeyActions();
    private final MeasureLayer measure;
    private final GraticuleLayer graticule;
    private final SearchBox searchBox;
    private final ProximityViewModel proximity;
    private AtlasSearch search;
    private Timeline flight;
    private final ToggleButton measureButton = new ToggleButton();
    private final ToggleButton graticuleButton = new ToggleButton();
    private final ToggleGroup themeGroup = new ToggleGroup();

    public ExploreTools(AtlasMapView map, MainViewModel model) {
        this.map = map;
        this.model = model;
        Theme.current().apply(null); // before any node is styled
        measure = new MeasureLayer(map);
        graticule = new GraticuleLayer(map);
        map.addOverlay(graticule);
        map.addOverlay(measure);
        proximity = new ProximityViewModel(model.incidents(), IncidentProximity.targets(model.atlas()));
        model.incidents().storeProperty().addListener(o -> search = null);
        searchBox = new SearchBox(this::search, this::activate);
        map.card().mentionsFrom(feature -> IncidentMentions.find(feature, model.incidents().store().all()),
                incident -> showIncident(incident, false));

        measureButton.setId("measure-button");
        measureButton.setGraphic(new FontIcon("mdi2r-ruler"));
        measureButton.setTooltip(new Tooltip(Messages.get("action.measure") + " (M)"));
        measureButton.selectedProperty().bindBidirectional(measure.activeProperty());
        graticuleButton.setId("graticule-button");
        graticuleButton.setGraphic(new FontIcon("mdi2g-grid"));
        graticuleButton.setTooltip(new Tooltip(Messages.get("action.graticule") + " (G)"));
        graticuleButton.selectedProperty().bindBidirectional(graticule.shownProperty());
        Button themeButton = new Button();
        themeButton.setId("theme-button");
        themeButton.setGraphic(new FontIcon("mdi2t-theme-light-dark"));
        themeButton.setTooltip(new Tooltip(Messages.get("action.theme.toggle") + " (Ctrl+Shift+L)"));
        themeButton.setOnAction(e -> toggleTheme());
        Button help = new Button();
        help.setId("shortcuts-button");
        help.setGraphic(new FontIcon("mdi2k-keyboard-outline"));
        help.setTooltip(new Tooltip(Messages.get("action.shortcuts") + " (? / F1)"));
        help.setOnAction(e -> showShortcuts());
        for (javafx.scene.control.ButtonBase b : List.of(measureButton, graticuleButton, themeButton, help)) {
            b.getStyleClass().add("map-tool-button");
            b.setFocusTraversable(true);
        }
        HBox tools = new HBox(4, measureButton, graticuleButton, themeButton, help);
        tools.setAlignment(Pos.TOP_LEFT);
        HBox bar = new HBox(8, searchBox, tools);
        bar.setId("explore-toolbar");
        bar.getStyleClass().add("explore-toolbar");
        bar.setPickOnBounds(false);
        bar.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(bar, Pos.TOP_CENTER);
        StackPane.setMargin(bar, new Insets(10, 60, 0, 10));

        Label readout = new Label();
        readout.setId("measure-readout");
        readout.getStyleClass().add("measure-readout");
        readout.textProperty().bind(measure.readoutProperty());
        readout.visibleProperty().bind(measure.activeProperty());
        readout.setMouseTransparent(true);
        StackPane.setAlignment(readout, Pos.BOTTOM_CENTER);
        StackPane.setMargin(readout, new Insets(0, 0, 14, 0));
        map.getChildren().addAll(bar, readout);
        StackPane.setMargin(map.card(), new Insets(54, 10, 10, 10)); // below the toolbar

        // While measuring, a still click adds a point instead of opening a card.
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (measure.activeProperty().get() && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()
                    && !(e.getTarget() instanceof Node n && isControl(n))) {
                if (e.getClickCount() == 1) {
                    measure.click(e.getX(), e.getY());
                }
                map.requestFocus();
                e.consume();
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            if (measure.activeProperty().get()) {
                measure.hover(e.getX(), e.getY());
            }
        });
        registerKeys();
        map.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                keys.install(scene);
                scene.getStylesheets().add(ExploreTools.class.getResource("/org/araxes/ui/explore.css").toExternalForm());
                Theme.current().apply(scene);
            }
        });
    }

    private static boolean isControl(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.Control || n.getId() != null && n.getId().equals("explore-toolbar")) {
                return true;
            }
            if (n instanceof AtlasMapView) {
                return false;
            }
        }
        return false;
    }

    private void registerKeys() {
        String mapGroup = Messages.get("keys.group.map");
        String tools = Messages.get("keys.group.tools");
        keys.add(tools, Messages.get("action.search"), searchBox::focus,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        keys.add(tools, Messages.get("action.measure"), () -> measure.activeProperty().set(!measure.activeProperty().get()),
                new KeyCodeCombination(KeyCode.M));
        java.util.function.BooleanSupplier measuring = () -> measure.activeProperty().get();
        keys.addWhen(tools, Messages.get("action.measure.close"), measuring, measure::close,
                new KeyCodeCombination(KeyCode.ENTER));
        keys.addWhen(tools, Messages.get("action.measure.undo"), measuring, measure::undo,
                new KeyCodeCombination(KeyCode.BACK_SPACE));
        keys.addWhen(tools, Messages.get("action.measure.end"), () -> measuring.getAsBoolean() || map.card().isVisible(),
                this::escape, new KeyCodeCombination(KeyCode.ESCAPE));
        keys.add(tools, Messages.get("action.graticule"), () -> graticule.shownProperty().set(!graticule.shownProperty().get()),
                new KeyCodeCombination(KeyCode.G));
        keys.add(tools, Messages.get("action.theme.toggle"), this::toggleTheme,
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        keys.add(tools, Messages.get("action.shortcuts"), this::showShortcuts,
                new KeyCharacterCombination("?", KeyCombination.SHIFT_ANY), new KeyCodeCombination(KeyCode.F1));
        // Keys the map and the timeline handle themselves (AtlasMapView.onKey, TimelineView).
        keys.handledElsewhere(mapGroup, Messages.get("keys.map.pan"), new KeyCodeCombination(KeyCode.LEFT),
                new KeyCodeCombination(KeyCode.RIGHT), new KeyCodeCombination(KeyCode.UP), new KeyCodeCombination(KeyCode.DOWN));
        keys.handledElsewhere(mapGroup, Messages.get("keys.map.panFar"), new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHIFT_DOWN));
        keys.handledElsewhere(mapGroup, Messages.get("keys.map.zoom"), new KeyCodeCombination(KeyCode.PLUS),
                new KeyCodeCombination(KeyCode.MINUS));
        keys.handledElsewhere(mapGroup, Messages.get("keys.map.home"), new KeyCodeCombination(KeyCode.HOME));
        String timeline = Messages.get("keys.group.timeline");
        keys.handledElsewhere(timeline, Messages.get("keys.timeline.play"), new KeyCodeCombination(KeyCode.SPACE));
        keys.handledElsewhere(timeline, Messages.get("keys.timeline.step"), new KeyCodeCombination(KeyCode.LEFT),
                new KeyCodeCombination(KeyCode.RIGHT));
        keys.handledElsewhere(timeline, Messages.get("keys.timeline.ends"), new KeyCodeCombination(KeyCode.HOME),
                new KeyCodeCombination(KeyCode.END));
        keys.handledElsewhere(timeline, Messages.get("keys.timeline.zoom"), new KeyCodeCombination(KeyCode.PLUS),
                new KeyCodeCombination(KeyCode.MINUS));
    }

    private void escape() {
        if (measure.activeProperty().get()) {
            measure.activeProperty().set(false);
        } else {
            map.card().setVisible(false);
        }
    }

    /** The key registry (the shortcut sheet lists {@link KeyActions#all()}). */
    public KeyActions keys() {
        return keys;
    }

    /** Lets the shortcut sheet list the menu accelerators too. */
    public void menus(MenuBar bar) {
        keys.menus(bar);
    }

    /** The Tools menu: search, measure, graticule, shortcuts. */
    public Menu toolsMenu() {
        MenuItem find = new MenuItem(Messages.get("action.search") + "\tCtrl+F");
        find.setId("menu-search");
        find.setOnAction(e -> searchBox.focus());
        CheckMenuItem measuring = new CheckMenuItem(Messages.get("action.measure") + "\tM");
        measuring.setId("menu-measure");
        measuring.selectedProperty().bindBidirectional(measure.activeProperty());
        CheckMenuItem grid = new CheckMenuItem(Messages.get("action.graticule") + "\tG");
        grid.setId("menu-graticule");
        grid.selectedProperty().bindBidirectional(graticule.shownProperty());
        MenuItem sheet = new MenuItem(Messages.get("action.shortcuts") + "\t? / F1");
        sheet.setId("menu-shortcuts");
        sheet.setOnAction(e -> showShortcuts());
        Menu menu = new Menu(Messages.get("menu.tools"), null, find, measuring, grid,
                new javafx.scene.control.SeparatorMenuItem(), sheet);
        menu.setId("menu-tools");
        return menu;
    }

    /** Settings ▸ Theme: Light or Dark. */
    public Menu themeMenu() {
        Menu menu = new Menu(Messages.get("menu.theme"));
        menu.setId("menu-theme");
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("theme." + theme.name().toLowerCase(java.util.Locale.ROOT)));
            item.setId("theme-" + theme.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(themeGroup);
            item.setSelected(Theme.current() == theme);
            item.setUserData(theme);
            item.setOnAction(e -> setTheme(theme));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The "within N km of" row for the incident filters. */
    public Node proximityFilter() {
        return new ProximityFilterView(proximity);
    }

    public ProximityViewModel proximity() {
        return proximity;
    }

    /** Applies a theme to the window (and every window after). */
    public void setTheme(Theme theme) {
        theme.apply(map.getScene());
        themeGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == theme));
        model.setStatus(Messages.format("status.theme", Messages.get("theme." + theme.name().toLowerCase(java.util.Locale.ROOT))));
    }

    private void toggleTheme() {
        setTheme(Theme.current() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    private void showShortcuts() {
        ShortcutSheet.show(map.getScene() == null ? null : map.getScene().getWindow(), keys.all());
    }

    private AtlasSearch search() {
        if (search == null) {
            search = new AtlasSearch(model.atlas(), model.incidents().store().all());
        }
        return search;
    }

    /** Flies to a search hit and selects it: a place's card opens, an incident is selected. */
    void activate(AtlasSearch.Hit hit) {
        if (hit.kind() == AtlasSearch.Kind.PLACE) {
            if (hit.bounds() != null) {
                flyTo(hit.bounds(), 10);
            }
            map.card().show(FeatureFacts.of(hit.feature(), hit.layer().info()), hit.feature());
            model.setStatus(Messages.format("status.found", hit.label()));
        } else {
            showIncident(hit.incident(), true);
        }
        map.requestFocus();
    }

    private void showIncident(Incident incident, boolean fly) {
        model.incidents().timeline().setDate(incident.date().start());
        if (!model.incidents().selectById(incident.id())) {
            model.incidents().select(incident);
        }
        if (fly && incident.point() != null) {
            Incident.Point p = incident.point();
            flyTo(new Envelope(p.lon(), p.lon(), p.lat(), p.lat()), 9);
        }
        model.setStatus(Messages.format("status.found", incident.title()));
    }

    /** Flies to a box (a point: to a zoom), in about half a second. */
    void flyTo(Envelope box, double pointZoom) {
        Viewport from = map.getViewport();
        double toLon = box.centre().x;
        double toLat = box.centre().y;
        double toZoom = pointZoom;
        if (box.getWidth() > 1e-6 || box.getHeight() > 1e-6) {
            Envelope padded = new Envelope(box);
            padded.expandBy(box.getWidth() * 0.1, box.getHeight() * 0.1);
            double w = from == null ? 1000 : from.width();
            double h = from == null ? 700 : from.height();
            toZoom = Math.min(11, Viewport.fitting(padded, w, h).zoom());
        }
        if (flight != null) {
            flight.stop();
        }
        if (from == null) {
            map.show(toLon, toLat, toZoom);
            return;
        }
        DoubleProperty t = new SimpleDoubleProperty(0);
        double fromLon = from.centerLongitude();
        double fromLat = from.centerLatitude();
        double fromZoom = from.zoom();
        double finalZoom = toZoom;
        t.addListener((o, old, v) -> {
            double f = v.doubleValue();
            // zoom out a little mid-flight when going far, like a plane
            double dip = Math.sin(Math.PI * f) * Math.min(1.5, Math.hypot(toLon - fromLon, toLat - fromLat) / 2);
            map.show(fromLon + (toLon - fromLon) * f, fromLat + (toLat - fromLat) * f,
                    fromZoom + (finalZoom - fromZoom) * f - dip);
        });
        flight = new Timeline(new KeyFrame(Duration.millis(600), new KeyValue(t, 1, Interpolator.EASE_BOTH)));
        flight.setOnFinished(e -> map.show(toLon, toLat, finalZoom));
        flight.play();
    }

    MeasureLayer measureLayer() {
        return measure;
    }

    GraticuleLayer graticuleLayer() {
        return graticule;
    }

    SearchBox searchBox() {
        return searchBox;
    }
}
