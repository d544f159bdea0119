// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.state.MainViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.araxes.geo.Viewport;
import org.araxes.model.Atlas;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on the bundled data, as every UI test starts it. */
public final class MainWindowFixture {

    /** The bundled layers, read once for all UI tests (an Atlas is immutable). */
    private static final Atlas ATLAS = Atlas.load(Path.of("geodata"));

    private MainWindowFixture() {
    }

    /** Shows the main window of the bundled atlas on a stage (call from a TestFX {@code @Start}). */
    public static MainWindow show(Stage stage) {
        stage.setScene(AraxesApp.createScene(ATLAS));
        stage.show();
        return (MainWindow) stage.getScene().getRoot();
    }

    /** A view-model of the bundled atlas, as the start makes it. */
    public static MainViewModel model() {
        return new MainViewModel(ATLAS);
    }

    /**
     * Shows a map as the start's first step does: in the window's layout with empty panels
     * ({@link MainWindow#skeleton}), 1280×800.
     */
    public static void showSkeleton(Stage stage, AtlasMapView map) {
        stage.setScene(new javafx.scene.Scene(MainWindow.skeleton(map), 1280, 800));
        stage.show();
    }

    /** Waits until the map has a size and the pending events have run, and returns its viewport. */
    public static Viewport settledViewport(MainWindow window) throws TimeoutException {
        return settledViewport(window.map());
    }

    /** Waits until a map has a size and has held the same viewport for 300 ms, and returns it. */
    public static Viewport settledViewport(AtlasMapView map) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.getViewport() != null);
        // settled: the same viewport for 300 ms (a resize or a view being applied moves it late);
        // waitFor polls the condition, which notes when the viewport last changed
        Viewport[] last = {null};
        long[] changedAt = {System.nanoTime()};
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            Viewport now = map.getViewport();
            if (!now.equals(last[0])) {
                last[0] = now;
                changedAt[0] = System.nanoTime();
            }
            return System.nanoTime() - changedAt[0] >= 300_000_000L;
        });
        return map.getViewport();
    }

    /** Fires the menu item of an id, in whichever menu or submenu of the window's menu bar it is (call on the FX thread). */
    public static void fireMenuItem(MainWindow window, String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.lookup("#menu-bar");
        java.util.Deque<javafx.scene.control.MenuItem> items = new java.util.ArrayDeque<>(bar.getMenus());
        while (!items.isEmpty()) {
            javafx.scene.control.MenuItem item = items.pop();
            if (id.equals(item.getId())) {
                item.fire();
                return;
            }
            if (item instanceof javafx.scene.control.Menu menu) {
                items.addAll(menu.getItems());
            }
        }
        throw new IllegalArgumentException("no menu item " + id);
    }

    /** Runs each task on a new thread once the gate opens: a background read the test holds until it has looked. */
    public static java.util.concurrent.Executor gated(java.util.concurrent.CountDownLatch gate) {
        return task -> {
            Thread thread = new Thread(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                task.run();
            }, "test-gated-reader");
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** Visible with all its ancestors (the status bar hides the box holding a progress bar). */
    public static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Clicks a button of the question about unsaved edits ({@code #unsaved-dialog}), chosen by what it means. */
    public static void answerUnsaved(org.testfx.api.FxRobot robot, javafx.scene.control.ButtonBar.ButtonData meaning) {
        javafx.scene.control.DialogPane pane = robot.lookup("#unsaved-dialog").queryAs(javafx.scene.control.DialogPane.class);
        javafx.scene.control.ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == meaning)
                .findFirst().orElseThrow();
        robot.clickOn(pane.lookupButton(type));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
