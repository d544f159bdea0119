// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.common.KeyActions;
import org.araxes.ui.common.Messages;
import org.araxes.ui.state.LayerViewModel;
import org.araxes.ui.state.MainViewModel;
import com.gluonhq.maps.MapView;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.araxes.geo.Viewport;
import org.araxes.model.Atlas;
import org.araxes.render.VectorRenderer;
import org.araxes.tiles.TileSource;
import org.locationtech.jts.geom.Envelope;

/**
 * The map: Gluon Maps' {@link MapView} with the offline basemap tiles and the data layers on one
 * canvas ({@link VectorsMapLayer}), the incidents and the names placed around them on another
 * ({@link IncidentMapLayer}), the overlays (graticule, measure) and the controls (home, zoom, scale bar).
 *
 * <p>Mouse: drag pans, the wheel zooms about the pointer, a double click zooms in (with Shift,
 * out). Keyboard: arrows pan (Shift: further), + and - zoom, Home returns to the whole region.
 */
public final class AtlasMapView extends StackPane {

    private static final double PAN_STEP = 120;

    private final MainViewModel model;
    private final List<DataLayer> vectorLayers = new ArrayList<>();
    private final List<ViewportLayer> overlays = new ArrayList<>();
    private MapView mapView;
    private MapNavigator navigator;
    private VectorsMapLayer labels;
    /** What the map shows when first laid out with a size; null once shown. */
    private Runnable firstView = this::home;
    /** The zoom buttons, scale bar and feature card; null until {@link #addControls()}. */
    private ScaleBarView scaleBar;
    private FeatureCard card;
    /**
     * A single click opens a card only once no second click follows within this delay, so a
     * double click zooms without opening a card first (GTK's and Windows' double-click time is
     * 400–500 ms by default; a second click later than this closes the card it opened).
     */
    private static final javafx.util.Duration CARD_DELAY = javafx.util.Duration.millis(300);
    private final javafx.animation.PauseTransition pendingCard = new javafx.animation.PauseTransition(CARD_DELAY);
    /** Whether the last single click opened the card (a second click then closes it again). */
    private boolean cardFromClick;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Viewport> viewport =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "viewport");
    /** Smallest and largest {@link #labelScaleProperty() label scale}. */
    public static final double MIN_LABEL_SCALE = 0.5;
    public static final double MAX_LABEL_SCALE = 3;
    private final javafx.beans.property.DoubleProperty labelScale =
            new javafx.beans.property.SimpleDoubleProperty(this, "labelScale", 1) {
                @Override
                public void set(double value) {
                    super.set(clampLabelScale(value));
                }
            };

    public AtlasMapView(MainViewModel model) {
        this.model = model;
        setId("map-pane");
        setFocusTraversable(true);
        setMinSize(200, 150);
        for (LayerViewModel layer : model.layers()) {
            vectorLayers.add(new DataLayer(layer, new VectorRenderer(layer.data())));
        }
        buildMapView();
        // a layer opened after the start (a big file read in the background) is drawn when read
        model.layers().addListener((javafx.collections.ListChangeListener<LayerViewModel>) c -> {
            while (c.next()) {
                for (LayerViewModel added : c.getAddedSubList()) {
                    DataLayer layer = new DataLayer(added, new VectorRenderer(added.data()));
                    vectorLayers.add(layer);
                    follow(layer);
                }
            }
            repaintLayers();
        });

        labelScale.addListener(o -> labels.redraw());
        // features with valid_from/valid_until: repaint when the timeline's day crosses one of their changes
        model.incidents().timeline().windowProperty().addListener((o, old, now) -> {
            if (changesReached(old) != changesReached(now)) {
                repaintLayers();
            }
        });
        model.basemapVisibleProperty().addListener(o -> labels.redraw());
        model.basemapOpacityProperty().addListener(o -> labels.redraw());
        model.tileSourceProperty().addListener(o -> labels.redraw());
        viewport.addListener((o, old, value) -> {
            if (value != null && scaleBar != null) {
                scaleBar.update(value);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /**
     * Gluon Attach's platform logger, held so its level stays set (the logging keeps loggers
     * weakly): Attach logs at INFO on every start that it assumes a desktop, nothing for users.
     */
    private static final java.util.logging.Logger ATTACH_LOGGER = java.util.logging.Logger.getLogger("com.gluonhq.attach.util.Platform");

    /** The time window the map's layers are drawn for: the timeline's. */
    public org.araxes.timeline.TimeWindow mapTime() {
        return model.incidents().timeline().getWindow();
    }

    /** How many change days of all layers a window has reached (equal counts: the same features shown). */
    private int changesReached(org.araxes.timeline.TimeWindow time) {
        int reached = 0;
        for (DataLayer layer : vectorLayers) {
            reached += layer.renderer().changesReached(time);
        }
        return reached;
    }

    private static MapView newMapView() {
        ATTACH_LOGGER.setLevel(java.util.logging.Level.WARNING);
        return new MapView();
    }

    private void buildMapView() {
        Viewport previous = viewport.get();
        if (mapView != null) {
            getChildren().remove(mapView);
        }
        org.araxes.tiles.AraxesTileRetriever.serve(model.basemap());
        mapView = newMapView();
        mapView.setId("map");
        mapView.setZoom(6);
        mapView.setCenter(39.25, 47.0);
        // Gluon's base map is the first child of the MapView; it carries the tiles.
        // Gluon's base map shows online tiles only; the offline basemap is painted under the data
        // layers by VectorsMapLayer.
        mapView.getChildrenUnmodifiable().get(0).visibleProperty().bind(model.basemapVisibleProperty()
                .and(model.tileSourceProperty().isEqualTo(TileSource.OPENSTREETMAP)));
        mapView.getChildrenUnmodifiable().get(0).opacityProperty().bind(model.basemapOpacityProperty());
        navigator = new MapNavigator(mapView);
        mapView.addLayer(navigator);
        labels = new VectorsMapLayer(mapView, vectorLayers, this::getLabelScale,
                () -> model.basemapVisibleProperty().get() && model.tileSourceProperty().get() == TileSource.OFFLINE
                        ? model.basemap().painter() : null,
                model.basemapOpacityProperty()::get, this::mapTime);
        mapView.addLayer(labels);
        vectorLayers.forEach(this::follow);
        for (ViewportLayer overlay : overlays) {
            mapView.addLayer(overlay);
        }
        navigator.viewportProperty().addListener((o, old, value) -> viewport.set(value));

        mapView.setOnScroll(this::onScroll);
        mapView.setOnMouseClicked(e -> {
            requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                if (cardFromClick && card != null) {
                    card.setVisible(false); // the first click of a slow double click opened it
                }
                pendingCard.stop(); // the first click of a double click opens no card
                navigator.zoomBy(e.isShiftDown() ? -1 : 1, e.getX(), e.getY());
            } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()) {
                double x = e.getX();
                double y = e.getY();
                cardFromClick = false;
                pendingCard.setOnFinished(done -> cardFromClick = showCardAt(x, y));
                pendingCard.playFromStart();
            }
        });
        mapView.setOnMouseMoved(e -> {
            Viewport v = viewport.get();
            if (v != null) {
                model.pointerAt(v.longitude(e.getX()), v.latitude(e.getY()));
            }
        });
        mapView.setOnMouseExited(e -> model.pointerLeft());
        getChildren().add(0, mapView);
        if (previous != null) {
            javafx.application.Platform.runLater(() -> show(previous.centerLongitude(), previous.centerLatitude(), previous.zoom()));
        }
    }

    /**
     * Opens the card of the topmost visible feature under a map point (points and lines within
     * 6 pixels), or closes the card when there is none.
     *
     * @return whether a feature was found
     */
    public boolean showCardAt(double x, double y) {
        Viewport v = viewport.get();
        if (v == null || card == null) {
            return false;
        }
        List<org.araxes.model.LayerData> topFirst = new ArrayList<>();
        for (int i = vectorLayers.size() - 1; i >= 0; i--) {
            if (vectorLayers.get(i).model().isVisible()) {
                topFirst.add(vectorLayers.get(i).model().data());
            }
        }
        var hit = org.araxes.model.FeaturePicker.pick(topFirst, v.longitude(x), v.latitude(y), 6 * v.degreesPerPixel());
        hit.ifPresentOrElse(h -> card.show(org.araxes.model.FeatureFacts.of(h.feature(), h.layer().info()), h.feature()),
                () -> card.setVisible(false));
        return hit.isPresent();
    }

    /** Reloads every tile, for example after the tile source changed. */
    public void reloadTiles() {
        buildMapView();
    }

    private void onScroll(ScrollEvent e) {
        double delta = e.getDeltaY() > 0 ? 0.25 : e.getDeltaY() < 0 ? -0.25 : 0;
        if (delta != 0) {
            navigator.zoomBy(delta, e.getX(), e.getY());
        }
        e.consume();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether a click waits to open a card (until it is clear that no second click follows). */
    public boolean cardPending() {
        return pendingCard.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof Node target && KeyActions.typingInto(target)) {
            return; // typed into the search box or a list over the map: its own keys
        }
        double step = e.isShiftDown() ? PAN_STEP * 3 : PAN_STEP;
        KeyCode code = e.getCode();
        switch (code) {
            case LEFT -> navigator.panBy(-step, 0);
            case RIGHT -> navigator.panBy(step, 0);
            case UP -> navigator.panBy(0, -step);
            case DOWN -> navigator.panBy(0, step);
            case PLUS, ADD, EQUALS -> zoomAtCentre(1);
            case MINUS, SUBTRACT -> zoomAtCentre(-1);
            case HOME -> home();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The viewport the map shows now; null before the map has a size. */
    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public Viewport getViewport() {
        return viewport.get();
    }

    /**
     * How much larger than on a desk screen the map's own type is drawn: place, country and river
     * names (their font sizes are multiplied by it). Presentation mode raises it for a projector.
     * Default 1; values are clamped to {@value #MIN_LABEL_SCALE}–{@value #MAX_LABEL_SCALE}. A change
     * redraws the labels and layers once, in the next pulse.
     */
    public javafx.beans.property.DoubleProperty labelScaleProperty() {
        return labelScale;
    }

    /** The {@link #labelScaleProperty() label scale}. */
    public double getLabelScale() {
        // clamped again: a bound property is not set through set()
        return clampLabelScale(labelScale.get());
    }

    /** Sets the {@link #labelScaleProperty() label scale}, clamped to its range. */
    public void setLabelScale(double value) {
        labelScale.set(value);
    }

    private static double clampLabelScale(double value) {
        if (Double.isNaN(value)) {
            return 1;
        }
        return Math.max(MIN_LABEL_SCALE, Math.min(MAX_LABEL_SCALE, value));
    }

    /** The layer that draws the basemap and the data layers (tests count its paints). */
    VectorsMapLayer labels() {
        return labels;
    }

    /** The names the map placed in its last paint (tests read them), none before the incident layer is added. */
    List<org.araxes.render.LabelCandidate> placedNames() {
        return overlays.stream().filter(IncidentMapLayer.class::isInstance).map(IncidentMapLayer.class::cast)
                .findFirst().map(IncidentMapLayer::drawn).orElse(List.of());
    }

    /**
     * A ring drawn over the map by another layer (a story step's highlight), which the names must
     * leave free as they leave the incident marks free.
     *
     * @param lon    centre longitude, degrees
     * @param lat    centre latitude, degrees
     * @param radius outer radius in screen pixels (with the stroke)
     */
    public record Ring(double lon, double lat, double radius) {
    }

    private final javafx.beans.property.ObjectProperty<List<Ring>> labelObstacles =
            new javafx.beans.property.SimpleObjectProperty<>(this, "labelObstacles", List.of());

    /** Rings drawn over the map that the names leave free (empty by default; never null). */
    public javafx.beans.property.ReadOnlyObjectProperty<List<Ring>> labelObstaclesProperty() {
        return labelObstacles;
    }

    /** Sets the {@link #labelObstaclesProperty() rings the names leave free}; a change places the names anew. */
    public void setLabelObstacles(List<Ring> rings) {
        List<Ring> value = rings == null ? List.of() : List.copyOf(rings);
        if (!value.equals(labelObstacles.get())) {
            labelObstacles.set(value);
        }
    }

    /**
     * Paints again when a layer is shown, hidden or faded: its shapes (the vector layer) and the
     * names, which the incidents layer places around the incident marks. The one place a layer's
     * look is followed, for the layers of the start and those opened later alike.
     */
    private void follow(DataLayer layer) {
        layer.model().visibleProperty().addListener(o -> repaintLayers());
        layer.model().opacityProperty().addListener(o -> repaintLayers());
    }

    /** Paints the layers' shapes and the pictures over them (the names among them) again. */
    private void repaintLayers() {
        labels.redraw();
        overlays.forEach(ViewportLayer::redraw);
    }

    /** The language of the names on the map. */
    javafx.beans.value.ObservableValue<String> language() {
        return model.languageProperty();
    }

    private final javafx.beans.property.ObjectProperty<java.util.Set<String>> subject =
            new javafx.beans.property.SimpleObjectProperty<>(this, "subject", java.util.Set.of());

    /**
     * Ids of the features the view shown is about (a saved view's subject): their names are placed
     * before all others. Empty by default; never null.
     */
    public javafx.beans.property.ObjectProperty<java.util.Set<String>> subjectProperty() {
        return subject;
    }

    /** The {@link #subjectProperty() subject}. */
    public java.util.Set<String> getSubject() {
        return subject.get() == null ? java.util.Set.of() : subject.get();
    }

    /** Sets the {@link #subjectProperty() subject} (null for none). */
    public void setSubject(java.util.Set<String> ids) {
        subject.set(ids == null ? java.util.Set.of() : java.util.Set.copyOf(ids));
    }

    /** Pans by screen pixels; positive dx shows more of the east. */
    public void panBy(double dx, double dy) {
        navigator.panBy(dx, dy);
    }

    /** Zooms by levels about the centre of the map. */
    public void zoomAtCentre(double delta) {
        navigator.zoomBy(delta, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    /** Shows the whole region, as at start. */
    public void home() {
        fit(Atlas.HOME_REGION);
    }

    /** Shows a lon/lat box as large as the map allows (once it has a size, when it has none yet). */
    public void fit(Envelope box) {
        if (mapView.getWidth() <= 0 || mapView.getHeight() <= 0) {
            // not laid out yet: fitted once the map has a size, as its first view
            firstView = () -> fit(box);
            return;
        }
        Viewport fitted = Viewport.fitting(box, mapView.getWidth(), mapView.getHeight());
        show(fitted.centerLongitude(), fitted.centerLatitude(), fitted.zoom());
    }

    /** A zoom kept within the map's smallest and largest. */
    public static double clampZoom(double zoom) {
        return Math.max(MapNavigator.MIN_ZOOM, Math.min(MapNavigator.MAX_ZOOM, zoom));
    }

    /** Centres the map on a point at a zoom. */
    public void show(double lon, double lat, double zoom) {
        firstView = null; // a view asked for replaces the one waiting for the first layout
        double z = clampZoom(zoom);
        // Gluon's MapView ignores a centre equal to the last one it was given, even after the user
        // panned; nudging it first makes every call move the map.
        mapView.setCenter(lat + 1e-7, lon + 1e-7);
        mapView.setCenter(lat, lon);
        mapView.setZoom(z + 1e-9);
        mapView.setZoom(z);
    }

    /**
     * Whether every layer shows a paint for the view shown now: while the map moves, the layers
     * move and scale their last pictures and paint anew once it stands still.
     */
    public boolean isSettled() {
        return labels.isSettled() && overlays.stream().allMatch(ViewportLayer::isSettled);
    }

    /** Adds a layer drawn above the labels (e.g. the incidents); it stays on the map when tiles reload. */
    public void addOverlay(ViewportLayer overlay) {
        overlays.add(overlay);
        mapView.addLayer(overlay);
    }

    /**
     * Whether the map has a size and shows pictures painted for the view it shows now: basemap,
     * layers, labels and the layers above them (not an earlier picture moved or scaled).
     */
    public boolean hasDrawn() {
        return getViewport() != null && labels.paintCount() > 0 && labels.isSettled()
                && overlays.stream().allMatch(ViewportLayer::isSettled);
    }

    /**
     * Lays the map out; the first time it has a size it shows its first view ({@link #showFirst},
     * the whole region unless told otherwise) before its layers paint, so the first picture is of
     * the view the user sees.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (firstView != null && mapView.getWidth() > 0 && mapView.getHeight() > 0) {
            Runnable show = firstView;
            firstView = null;
            show.run();
        }
    }

    /**
     * What the map shows the first time it is laid out with a size, before its layers first paint
     * (the start opens the user's last view so); by default the whole region. Ignored once the map
     * has shown a view, or when {@link #show} was called before its first layout.
     */
    public void showFirst(Runnable view) {
        if (firstView != null) {
            firstView = java.util.Objects.requireNonNull(view, "view");
        }
    }

    /**
     * Has the first picture of every layer cover the map only, without the margin kept for pans
     * (the start's first picture: a third of the pixels); {@link #widenPictures} adds it later.
     */
    public void paintFirstPictureWithoutMargin() {
        labels.paintFirstWithoutMargin();
        overlays.forEach(ViewportLayer::paintFirstWithoutMargin);
    }

    /** Paints anew, with their margin, the layers whose last picture left it out. */
    public void widenPictures() {
        labels.widen();
        overlays.forEach(ViewportLayer::widen);
    }

    /** The layers drawn above the labels, bottom first. */
    List<ViewportLayer> overlays() {
        return overlays;
    }

    /**
     * Adds the zoom buttons, the scale bar and the feature card over the map (once). The start shows
     * the map's first picture without them and adds them with the rest of the main window: made
     * cold, their icon font, skins and styles cost about as much as the picture (docs/performance.md).
     */
    public void addControls() {
        if (card != null) {
            return;
        }
        scaleBar = new ScaleBarView();
        card = new FeatureCard();
        // a card closing with the focus inside it gives the focus back to the map, so the next
        // key is a map shortcut, not a letter in the search box (the next control in line)
        card.visibleProperty().addListener((o, was, shown) -> {
            Node focus = getScene() == null ? null : getScene().getFocusOwner();
            if (!shown && focus != null && (focus == card || isInside(focus, card))) {
                requestFocus();
            }
        });
        Button home = new Button();
        home.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2h-home-outline"));
        home.setId("home-button");
        home.setTooltip(new Tooltip(Messages.get("map.home.tooltip")));
        home.setOnAction(e -> home());
        Button zoomIn = new Button();
        zoomIn.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2p-plus"));
        zoomIn.setId("zoom-in-button");
        zoomIn.setTooltip(new Tooltip(Messages.get("map.zoomIn.tooltip")));
        zoomIn.setOnAction(e -> zoomAtCentre(1));
        Button zoomOut = new Button();
        zoomOut.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2m-minus"));
        zoomOut.setId("zoom-out-button");
        zoomOut.setTooltip(new Tooltip(Messages.get("map.zoomOut.tooltip")));
        zoomOut.setOnAction(e -> zoomAtCentre(-1));
        VBox controls = new VBox(4, home, zoomIn, zoomOut);
        controls.getStyleClass().add("map-controls");
        controls.setPickOnBounds(false);
        controls.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(controls, Pos.TOP_RIGHT);
        StackPane.setMargin(controls, new Insets(10));
        StackPane.setAlignment(scaleBar, Pos.BOTTOM_LEFT);
        StackPane.setMargin(scaleBar, new Insets(10));
        scaleBar.setMouseTransparent(true);
        StackPane.setAlignment(card, Pos.TOP_LEFT);
        StackPane.setMargin(card, new Insets(10));
        getChildren().addAll(controls, scaleBar, org.araxes.ui.common.ShownLater.inPlaceOf(card)); // in the scene from its first showing
        if (getViewport() != null) {
            scaleBar.update(getViewport());
        }
    }

    /** The place and feature card over the map; null before {@link #addControls()}. */
    public FeatureCard card() {
        return card;
    }

    /** The data layers drawn on the map, bottom first. */
    public List<DataLayer> vectorLayers() {
        return vectorLayers;
    }
}
