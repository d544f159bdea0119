// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.state.MainViewModel;
import com.sun.javafx.perf.PerformanceTracker;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentStore;
import org.araxes.model.Atlas;
import org.araxes.render.IncidentSymbols;
import org.araxes.timeline.WindowMode;

/**
 * The app's real map in a window of its own, for the map-frame benchmark: Gluon Maps with the
 * offline tiles, the data layers and labels, and the incidents — either as the app draws them
 * ({@link IncidentMapLayer}) or as one JavaFX {@link Circle} node per incident, positioned on every
 * layout as Gluon Maps' own point layers do. Each move waits until the frame showing it has been
 * rendered (JavaFX's scene tracker reports every rendered frame).
 *
 * <p>Lives in the bench source tree in package {@code org.araxes.ui} to reach the map's
 * package-private layers; the application does not contain it.
 */
public final class MapFrameHarness {

    private final Stage stage;
    private final AtlasMapView map;
    private final javafx.scene.shape.Rectangle rectangle;
    private volatile CountDownLatch rendered;

    private MapFrameHarness(Stage stage, AtlasMapView map, javafx.scene.shape.Rectangle rectangle) {
        this.stage = stage;
        this.map = map;
        this.rectangle = rectangle;
        PerformanceTracker.getSceneTracker(stage.getScene()).setOnRenderedFrameTask(() -> {
            CountDownLatch latch = rendered;
            if (latch != null) {
                latch.countDown();
            }
        });
    }

    /** A bare window of a size holding one rectangle ({@link #pan} moves the rectangle), on the FX thread. */
    public static MapFrameHarness bare(int width, int height) {
        javafx.scene.shape.Rectangle rectangle = new javafx.scene.shape.Rectangle(100, 100, 200, 120);
        rectangle.setFill(Color.STEELBLUE);
        Stage stage = new Stage();
        stage.setScene(new Scene(new javafx.scene.Group(rectangle), width, height));
        stage.show();
        return new MapFrameHarness(stage, null, rectangle);
    }

    /**
     * Opens the map at a size with incidents, on the FX thread.
     *
     * @param nodes true: one {@link Circle} per incident instead of the app's incident layer
     */
    public static MapFrameHarness open(Atlas atlas, IncidentStore incidents, boolean nodes, int width, int height) {
        MainViewModel model = new MainViewModel(atlas);
        model.incidents().load(new IncidentResult("synthetic", incidents, List.of()));
        model.incidents().timeline().modeProperty().set(WindowMode.ACCUMULATE);
        AtlasMapView map = new AtlasMapView(model);
        map.addControls(); // as in the main window
        if (nodes) {
            model.incidents().shownOnMapProperty().set(false);
            map.addOverlay(new NodePerIncidentLayer(map, model.incidents().store(),
                    model.incidents().visibleIndicesProperty().get()));
        } else {
            map.addOverlay(new IncidentMapLayer(map, model.incidents()));
        }
        Stage stage = new Stage();
        stage.setScene(new Scene(map, width, height));
        stage.show();
        return new MapFrameHarness(stage, map, null);
    }

    /** The map's viewport now. */
    public Viewport viewport() {
        return map.getViewport();
    }

    /** Whether every layer shows a paint for exactly the view shown (none is a moved picture). */
    public boolean settled() {
        return map.isSettled();
    }

    /** Pans by pixels and returns once the frame showing it has been rendered. */
    public void pan(double dx, double dy) throws InterruptedException {
        if (map == null) {
            frame(() -> rectangle.setTranslateX(rectangle.getTranslateX() + dx));
            return;
        }
        frame(() -> map.panBy(dx, dy));
    }

    /** Zooms about the centre by levels and returns once the frame showing it has been rendered. */
    public void zoom(double delta) throws InterruptedException {
        frame(() -> map.zoomAtCentre(delta));
    }

    /** Has every layer paint anew (as after a change of data or language) and waits for the frame. */
    public void repaintAll() throws InterruptedException {
        frame(() -> {
            map.labels().redraw();
            map.overlays().forEach(ViewportLayer::redraw);
        });
    }

    /** Shows a view and waits until the map has settled on it and the tiles are in. */
    public void show(double lon, double lat, double zoom) throws InterruptedException {
        frame(() -> map.show(lon, lat, zoom));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            Thread.sleep(300);
            CountDownLatch probe = new CountDownLatch(1);
            boolean[] settled = new boolean[1];
            Platform.runLater(() -> {
                settled[0] = map.isSettled();
                probe.countDown();
            });
            probe.await();
            if (settled[0]) {
                return;
            }
        }
    }

    private void frame(Runnable change) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            rendered = latch;
            change.run();
        });
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frame rendered within 30 s");
        }
        rendered = null;
    }

    /** Closes the window. */
    public void close() {
        if (map != null) {
            System.out.println("paints: vectors " + map.labels().paintCount() + ", overlays "
                    + map.overlays().stream().map(o -> o.getId() + "=" + o.paintCount()).toList());
        }
        Platform.runLater(stage::close);
    }

    /**
     * One {@link Circle} per incident with a point, in the incident's category colour, placed
     * through the map's viewport on every layout (Gluon Maps' point layers work this way). The
     * layer's own canvas is hidden.
     */
    static final class NodePerIncidentLayer extends ViewportLayer {

        private final Circle[] circles;
        private final double[] worldX;
        private final double[] worldY;

        NodePerIncidentLayer(AtlasMapView owner, IncidentStore store, int[] shown) {
            super(owner);
            canvas.setVisible(false);
            int count = 0;
            for (int i : shown) {
                if (store.hasPoint(i)) {
                    count++;
                }
            }
            circles = new Circle[count];
            worldX = new double[count];
            worldY = new double[count];
            int k = 0;
            for (int i : shown) {
                if (!store.hasPoint(i)) {
                    continue;
                }
                Circle c = new Circle(3, IncidentSymbols.color(store.category(i)));
                c.setStroke(Color.gray(0.15));
                circles[k] = c;
                worldX[k] = WebMercator.worldX(store.lon(i), 0);
                worldY[k] = WebMercator.worldY(store.lat(i), 0);
                k++;
            }
            getChildren().addAll(circles);
        }

        @Override
        protected boolean cachesPicture() {
            return false;
        }

        @Override
        protected void paint(Viewport v) {
            double scale = Math.pow(2, v.zoom());
            for (int k = 0; k < circles.length; k++) {
                circles[k].setCenterX(worldX[k] * scale + v.translateX());
                circles[k].setCenterY(worldY[k] * scale + v.translateY());
            }
        }
    }
}
