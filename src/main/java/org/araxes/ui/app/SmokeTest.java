// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import org.araxes.ui.map.AtlasMapView;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The real-window check CI runs under Xvfb: waits (frame by frame, at most a minute) until the map
 * has a viewport and its layers have drawn ("map shown"), then until the whole main window is up
 * with the map drawn in it ("window complete"), closes the window and exits.
 */
final class SmokeTest {

    private static final long TIMEOUT_NANOS = 60_000_000_000L;
    /** Frames to wait once the map is drawn; the cold-start benchmark sets 1 ({@code -Daraxes.smoke.frames=1}). */
    private static final int FRAMES = Integer.getInteger("araxes.smoke.frames", 10);

    private SmokeTest() {
    }

    static void watch(Scene scene) {
        long start = System.nanoTime();
        new AnimationTimer() {
            private int framesDrawn;
            private boolean mapReported;

            @Override
            public void handle(long now) {
                AtlasMapView map = (AtlasMapView) scene.lookup("#map-pane");
                boolean drawn = map != null && map.hasDrawn();
                if (drawn && !mapReported && ++framesDrawn > FRAMES) {
                    // the start shows the map alone first, then the whole window
                    mapReported = true;
                    framesDrawn = 0;
                    Node mapView = scene.lookup("#map");
                    System.out.printf(Locale.ROOT, "smoke test: map shown at zoom %.2f, %d layers, %.0fx%.0f px%n",
                            map.getViewport().zoom(), map.vectorLayers().size(), mapView.getLayoutBounds().getWidth(),
                            mapView.getLayoutBounds().getHeight());
                } else if (mapReported && scene.getRoot() instanceof MainWindow && drawn && ++framesDrawn > FRAMES) {
                    stop();
                    System.out.println("smoke test: window complete, map " + Math.round(map.getViewport().width())
                            + "x" + Math.round(map.getViewport().height()) + " px");
                    finish(0);
                } else if (System.nanoTime() - start > TIMEOUT_NANOS) {
                    stop();
                    System.out.println("smoke test: the map was not drawn within a minute");
                    finish(1);
                }
            }
        }.start();
    }

    private static void finish(int code) {
        Platform.exit();
        System.exit(code);
    }
}
