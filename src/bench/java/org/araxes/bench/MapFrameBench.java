// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.util.concurrent.TimeUnit;
import org.araxes.model.Atlas;
import org.araxes.ui.map.MapFrameHarness;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Map frames as the user sees them: the app's map ({@link MapFrameHarness}: Gluon Maps with the
 * offline tiles, every data layer at full resolution with its labels, and 100,000 incidents in
 * view) in a 1920×1080 window; each invocation moves the map and waits until JavaFX reports the
 * frame rendered (scene, software pipeline, into Monocle's headless screen). The pulse rate is
 * raised to 1,000 Hz so a frame does not wait for the next 60 Hz tick.
 *
 * <ul>
 * <li>{@code panDrag}: a drag, 12 px right and 5 px down a frame for 48 frames, then back — the
 * picture is moved and, each time the drag runs past the 256 px margin, painted anew (those frames
 * are in the sample too);</li>
 * <li>{@code wheelZoom}: wheel steps of a quarter level about the centre, four in and four out —
 * the picture is scaled, and painted anew past 1.45× or below 0.7×;</li>
 * <li>{@code fullRepaint}: every layer paints (what a frame cost before the pictures were kept, and
 * what the frame after the map settles costs);</li>
 * <li>{@code bareWindowFrame}: the floor — a window of the same size holding one rectangle, moved
 * a pixel a frame (what any frame costs this pipeline: clearing, blending, handing the pixels to
 * the screen);</li>
 * <li>{@code nodePerIncidentPanDrag}: the same drag with one JavaFX {@code Circle} node per
 * incident instead of the incident layer (the data layers and tiles as on the Araxes side).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MapFrameBench {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    private static final int DRAG_FRAMES = 48;

    @Param({"100000"})
    int incidents;

    private MapFrameHarness araxes;
    private MapFrameHarness nodes;
    private MapFrameHarness bare;
    private int frame;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        // Set here, before the toolkit starts: RunAll's JVM options replace those of a @Fork.
        System.setProperty("headless.geometry", "1920x1080-32");
        // Pulses every millisecond instead of 60 a second, so a frame is timed by its work and
        // not by the wait for the next tick (with the default, every frame measured ~16 ms).
        System.setProperty("javafx.animation.pulse", "1000");
        BenchFx.start();
        Atlas atlas = Atlas.load(Atlas.defaultDataFolder());
        var data = BenchData.store(incidents);
        // one window per JVM: Monocle has no window manager and renders every shown window each frame
        if (params.getBenchmark().endsWith("bareWindowFrame")) {
            bare = BenchFx.call(() -> MapFrameHarness.bare(WIDTH, HEIGHT));
            return;
        }
        boolean nodeSide = params.getBenchmark().endsWith("nodePerIncidentPanDrag");
        MapFrameHarness map = BenchFx.call(() -> MapFrameHarness.open(atlas, data, nodeSide, WIDTH, HEIGHT));
        map.show(Atlas.HOME_REGION.centre().x, Atlas.HOME_REGION.centre().y, 6.5);
        if (nodeSide) {
            nodes = map;
        } else {
            araxes = map;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        for (MapFrameHarness h : new MapFrameHarness[] {araxes, nodes, bare}) {
            if (h != null) {
                h.close();
            }
        }
    }

    private void drag(MapFrameHarness map) throws InterruptedException {
        int step = frame++ % (2 * DRAG_FRAMES);
        int sign = step < DRAG_FRAMES ? 1 : -1;
        map.pan(sign * 12, sign * 5);
    }

    @Benchmark
    public void panDrag() throws InterruptedException {
        drag(araxes);
    }

    @Benchmark
    public void wheelZoom() throws InterruptedException {
        int step = frame++ % 8;
        araxes.zoom(step < 4 ? 0.25 : -0.25);
    }

    @Benchmark
    public void fullRepaint() throws InterruptedException {
        araxes.repaintAll();
    }

    /** The floor: a 1920×1080 window holding one rectangle, moved a pixel a frame. */
    @Benchmark
    public void bareWindowFrame() throws InterruptedException {
        bare.pan(frame++ % 2 == 0 ? 1 : -1, 0);
    }

    @Benchmark
    public void nodePerIncidentPanDrag() throws InterruptedException {
        drag(nodes);
    }
}
