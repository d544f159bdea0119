// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import com.gluonhq.maps.MapLayer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import org.araxes.geo.Viewport;

/**
 * A Gluon Maps layer that draws on a canvas through Araxes' {@link Viewport}. It listens to the base
 * map's zoom and translation (setting the zoom alone does not re-lay out layers) and to the map's
 * size, and redraws at most once a pulse.
 *
 * <p>A layer that {@linkplain #cachesPicture() keeps its picture} paints a canvas larger than the map
 * by {@link #MARGIN} pixels on every side. While the map pans, the canvas is moved instead of
 * painted again as long as it still covers the map. While it zooms, the picture is shown scaled
 * (between {@link #MIN_SCALE} and {@link #MAX_SCALE}; edges it no longer covers, at most a quarter of
 * the map, stay blank for the moment) through a {@link ZoomPicture}, sampled in Java, because the
 * software renderer scales a whole-map texture slowly. Otherwise the layer paints at once. When the
 * map has stood still for {@link #SETTLE}, a moved picture is painted anew for exactly the view
 * shown, so at rest the map is what a fresh paint (and the export) draws. Decision record 0007 and
 * docs/performance.md have the measurements.
 */
abstract class ViewportLayer extends MapLayer {

    /** Pixels painted beyond each edge of the map, so a pan uncovers picture and not a blank. */
    static final double MARGIN = 256;
    /** The largest canvas side painted, in device pixels; the margin shrinks to stay within it (texture limits). */
    static final double MAX_CANVAS = 8192;
    /** How far a kept picture may be scaled during a zoom before it is painted again. */
    static final double MIN_SCALE = 0.5;
    static final double MAX_SCALE = 2;
    /** The share of the map a scaled picture must still cover during a zoom. */
    static final double MIN_COVERED_WHILE_ZOOMING = 0.75;
    /** How long the map stands still before a moved picture is painted anew. */
    static final Duration SETTLE = Duration.millis(150);

    private final Region map;
    protected final Canvas canvas = new Canvas();
    private final Affine placement = new Affine();
    private final ZoomPicture zoomPicture = new ZoomPicture();
    /** {@link #SETTLE}, or the milliseconds in the system property {@code araxes.map.settle} (tests lengthen it). */
    private final PauseTransition settle = new PauseTransition(Duration.millis(
            Long.getLong("araxes.map.settle", (long) SETTLE.toMillis())));
    private final InvalidationListener moved = o -> markDirty();
    private final InvalidationListener resized = o -> redraw();
    /** The viewport the canvas was painted for (canvas pixels are its screen pixels); null: none. */
    private Viewport painted;
    /** The map's viewport when the canvas was painted. */
    private Viewport paintedFor;
    private boolean contentChanged = true;
    private long paints;
    /** Whether the paints leave the margin out until {@link #widen} ({@link #paintFirstWithoutMargin}). */
    private boolean withoutMargin;

    ViewportLayer(Region map) {
        this.map = map;
        getChildren().addAll(canvas, zoomPicture.view());
        canvas.getTransforms().add(placement);
        setMouseTransparent(true);
        map.widthProperty().addListener(resized);
        map.heightProperty().addListener(resized);
        settle.setOnFinished(e -> {
            Viewport now = viewport();
            if (now != null && !now.equals(paintedFor)) {
                redraw();
            }
        });
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(moved);
        baseMap.translateXProperty().addListener(moved);
        baseMap.translateYProperty().addListener(moved);
        redraw();
    }

    /**
     * Whether the layer keeps its picture while the map moves. Layers that draw along the map's
     * edges (the graticule's labels) or follow the pointer answer false and paint every frame.
     */
    protected boolean cachesPicture() {
        return true;
    }

    /**
     * Has the paints cover the map only, without the margin, until {@link #widen}: the start's first
     * picture (a third of the pixels at 723×600, docs/performance.md), and any paint before the
     * whole window is on screen (the map moving into it), which the first seconds do not pan.
     */
    void paintFirstWithoutMargin() {
        if (paints == 0) {
            withoutMargin = true;
        }
    }

    /** Paints anew in the next pulse when the last paint left the margin out, so pans move a picture again. */
    void widen() {
        withoutMargin = false;
        if (painted != null && cachesPicture() && painted.width() == paintedFor.width() && marginFor(paintedFor, renderScale()) > 0) {
            redraw();
        }
    }

    /** Asks for a new paint in the next pulse: what the layer shows has changed. */
    void redraw() {
        contentChanged = true;
        markDirty();
    }

    /** The viewport the map shows now, or null before it has a size. */
    Viewport viewport() {
        return viewportOf(baseMap, map.getWidth(), map.getHeight());
    }

    /**
     * The viewport the canvas was last painted for: canvas coordinates are its screen coordinates
     * (larger than the map and shifted by the margin when the layer keeps its picture).
     */
    Viewport paintedViewport() {
        return painted;
    }

    /**
     * The part of the canvas the map showed when it was last painted, as {minX, minY, maxX, maxY}
     * in canvas pixels; the rest is margin.
     */
    double[] mapArea() {
        if (painted == null) {
            return new double[] {0, 0, 0, 0};
        }
        double margin = painted.translateX() - paintedFor.translateX();
        return new double[] {margin, margin, margin + paintedFor.width(), margin + paintedFor.height()};
    }

    /** Whether the canvas shows a paint for exactly the view the map shows now (no moved picture). */
    boolean isSettled() {
        Viewport now = viewport();
        return now == null || (!contentChanged && now.equals(paintedFor));
    }

    /** How many times the layer has painted (tests check that a pan moves the picture instead). */
    long paintCount() {
        return paints;
    }

    static Viewport viewportOf(com.gluonhq.impl.maps.BaseMap baseMap, double width, double height) {
        if (baseMap == null || width <= 0 || height <= 0) {
            return null;
        }
        return new Viewport(Math.max(0, baseMap.zoom().get()), baseMap.getTranslateX(), baseMap.getTranslateY(),
                width, height);
    }

    @Override
    protected final void layoutLayer() {
        Viewport viewport = viewport();
        if (viewport == null) {
            return;
        }
        if (!contentChanged && cachesPicture() && painted != null && place(viewport)) {
            settle.playFromStart();
            return;
        }
        paintFor(viewport);
    }

    private void paintFor(Viewport viewport) {
        double margin = cachesPicture() && !withoutMargin ? marginFor(viewport, renderScale()) : 0;
        Viewport target = new Viewport(viewport.zoom(), viewport.translateX() + margin, viewport.translateY() + margin,
                viewport.width() + 2 * margin, viewport.height() + 2 * margin);
        canvas.setWidth(target.width());
        canvas.setHeight(target.height());
        canvas.getGraphicsContext2D().clearRect(0, 0, target.width(), target.height());
        painted = target;
        paintedFor = viewport;
        contentChanged = false;
        paints++;
        settle.stop();
        placement.setToTransform(1, 0, -margin, 0, 1, -margin);
        zoomPicture.forget();
        showCanvas();
        if (paints == 1) {
            org.araxes.StartupTrace.mark("first paint of " + getClass().getSimpleName() + " at zoom " + viewport.zoom());
        }
        paint(target);
        if (paints == 1) {
            org.araxes.StartupTrace.mark("first paint of " + getClass().getSimpleName() + " done");
        }
    }

    /**
     * The margin for a map of a size on a screen with a render scale (2 on a HiDPI screen at 200 %):
     * {@link #MARGIN}, less when the canvas would pass {@link #MAX_CANVAS} device pixels.
     */
    static double marginFor(Viewport viewport, double renderScale) {
        double room = (MAX_CANVAS / renderScale - Math.max(viewport.width(), viewport.height())) / 2;
        return Math.max(0, Math.min(MARGIN, Math.floor(room)));
    }

    /** How many device pixels a canvas pixel takes on the window's screen (1 before it shows). */
    private double renderScale() {
        if (getScene() == null || getScene().getWindow() == null) {
            return 1;
        }
        return Math.max(1, Math.max(getScene().getWindow().getRenderScaleX(), getScene().getWindow().getRenderScaleY()));
    }
    /**
     * Moves and scales the kept picture to the viewport, if it still covers the map well enough.
     *
     * @return false when the layer must paint again
     */
    private boolean place(Viewport viewport) {
        if (viewport.width() != paintedFor.width() || viewport.height() != paintedFor.height()) {
            return false;
        }
        double scale = Math.pow(2, viewport.zoom() - painted.zoom());
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            return false;
        }
        // screen = scale × canvas + offset: canvas pixel c shows world pixel c − painted.translate
        double offsetX = viewport.translateX() - scale * painted.translateX();
        double offsetY = viewport.translateY() - scale * painted.translateY();
        // A pan must stay on the picture; during a zoom up to a quarter of the map may show blank
        // for the moment, until the map settles (zooming out uncovers edges at once, as tiles do).
        double covered = Math.max(0, Math.min(offsetX + scale * painted.width(), viewport.width()) - Math.max(offsetX, 0))
                * Math.max(0, Math.min(offsetY + scale * painted.height(), viewport.height()) - Math.max(offsetY, 0))
                / (viewport.width() * viewport.height());
        if (covered < (scale == 1 ? 1 : MIN_COVERED_WHILE_ZOOMING)) {
            return false;
        }
        placement.setToTransform(scale, 0, offsetX, 0, scale, offsetY);
        if (scale == 1 && !zoomPicture.isShown()) {
            showCanvas();
        } else {
            // the software renderer scales a whole-map texture slowly (~35 ms a frame at 1920×1080);
            // sampling the picture into a map-sized image in Java and drawing that unscaled is faster
            zoomPicture.show(canvas, scale, offsetX, offsetY, viewport.width(), viewport.height());
            canvas.setOpacity(0);
        }
        return true;
    }

    private void showCanvas() {
        zoomPicture.hide();
        canvas.setOpacity(1);
    }

    /** Draws the layer for a viewport onto the cleared canvas, whose pixels are that viewport's. */
    protected abstract void paint(Viewport viewport);
}
