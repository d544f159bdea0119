// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentStore;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.IncidentSymbols;
import org.araxes.render.LabelCandidate;
import org.araxes.render.LabelPlacer;
import org.araxes.render.VectorRenderer;
import org.araxes.timeline.TimeWindow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A map frame as the window redraws it on a pan: 1920×1080, every geodata layer at full resolution
 * with its labels, and 100,000 incidents in view. Each invocation pans by a few pixels and draws
 * onto canvases, then snapshots the result, so the software pipeline really rasterises the frame
 * (a canvas only records commands until it is rendered). The comparison side draws the same
 * borders and labels and shows each incident as one JavaFX node (a {@link Circle}), moved on the pan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MapFrameBench {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    @Param({"100000"})
    int incidents;

    private List<VectorRenderer> renderers;
    private IncidentStore store;
    private int[] shown;
    private TimeWindow window;
    private Viewport home;
    private Canvas vectors;
    private Canvas marks;
    private Group araxesScene;
    private Group nodeScene;
    private Canvas nodeVectors;
    private Circle[] circles;
    private double[] worldX;
    private double[] worldY;
    private WritableImage image;
    private int frame;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        BenchFx.start();
        Atlas atlas = Atlas.load(Atlas.defaultDataFolder());
        renderers = new ArrayList<>();
        for (LayerData layer : atlas.mapLayers()) {
            renderers.add(new VectorRenderer(layer));
        }
        store = new IncidentStore(BenchData.incidents(incidents));
        window = store.span();
        shown = store.visible(window, IncidentFilter.all());
        home = Viewport.fitting(Atlas.HOME_REGION, WIDTH, HEIGHT);
        BenchFx.call(() -> {
            vectors = new Canvas(WIDTH, HEIGHT);
            marks = new Canvas(WIDTH, HEIGHT);
            araxesScene = new Group(vectors, marks);
            nodeVectors = new Canvas(WIDTH, HEIGHT);
            nodeScene = new Group(nodeVectors);
            circles = new Circle[shown.length];
            worldX = new double[shown.length];
            worldY = new double[shown.length];
            for (int k = 0; k < shown.length; k++) {
                int i = shown[k];
                Circle c = new Circle(3, IncidentSymbols.color(store.category(i)));
                c.setStroke(Color.gray(0.15));
                circles[k] = c;
                if (store.hasPoint(i)) {
                    worldX[k] = WebMercator.worldX(store.lon(i), home.zoom());
                    worldY[k] = WebMercator.worldY(store.lat(i), home.zoom());
                } else {
                    c.setVisible(false);
                }
            }
            nodeScene.getChildren().addAll(circles);
            image = new WritableImage(WIDTH, HEIGHT);
            return null;
        });
    }

    private Viewport nextViewport() {
        double dx = (frame++ % 2 == 0) ? 7 : -7;
        return home.pannedBy(dx, dx / 2);
    }

    private void drawVectors(GraphicsContext g, Viewport viewport) {
        g.clearRect(0, 0, WIDTH, HEIGHT);
        for (VectorRenderer renderer : renderers) {
            renderer.draw(g, viewport, 1);
        }
        List<LabelCandidate> labels = new ArrayList<>();
        for (VectorRenderer renderer : renderers) {
            renderer.collectLabels(viewport, "en", 1, labels);
        }
        LabelPlacer.draw(g, labels, WIDTH, HEIGHT, 2);
    }

    /** The Araxes way: the layers' canvases and the incident layer redrawn, then the frame rasterised. */
    @Benchmark
    public WritableImage araxesRenderer() {
        Viewport viewport = nextViewport();
        return BenchFx.call(() -> {
            drawVectors(vectors.getGraphicsContext2D(), viewport);
            GraphicsContext g = marks.getGraphicsContext2D();
            g.clearRect(0, 0, WIDTH, HEIGHT);
            IncidentRenderer.draw(g, viewport, new IncidentRenderer.Shown(store, shown, window, null));
            return araxesScene.snapshot(new SnapshotParameters(), image);
        });
    }

    /** One node per incident: the same vector canvas, 100,000 circles moved, then rasterised. */
    @Benchmark
    public WritableImage nodePerIncident() {
        Viewport viewport = nextViewport();
        return BenchFx.call(() -> {
            drawVectors(nodeVectors.getGraphicsContext2D(), viewport);
            for (int k = 0; k < circles.length; k++) {
                circles[k].setCenterX(worldX[k] + viewport.translateX());
                circles[k].setCenterY(worldY[k] + viewport.translateY());
            }
            return nodeScene.snapshot(new SnapshotParameters(), image);
        });
    }

    /** The borders and labels alone (what both sides share), for reading the other two. */
    @Benchmark
    public WritableImage vectorsOnly() {
        Viewport viewport = nextViewport();
        return BenchFx.call(() -> {
            drawVectors(nodeVectors.getGraphicsContext2D(), viewport);
            return nodeVectors.snapshot(new SnapshotParameters(), image);
        });
    }
}
