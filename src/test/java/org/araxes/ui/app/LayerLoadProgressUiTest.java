// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.araxes.io.LayerCache;
import org.araxes.ui.state.LayerViewModel;
import org.araxes.ui.state.MainViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A layer file named on the command line is read after the window shows, with a progress bar and
 * Cancel in the status bar; when read it joins the layer panel and the map. The read is held at a
 * gate while the test looks at the window, so it never races the reader.
 */
@ExtendWith(ApplicationExtension.class)
class LayerLoadProgressUiTest {

    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    /** A GeoJSON file of {@code count} small squares along the Aras, a few MB for 20,000. */
    private Path squares(String name, int count) throws IOException {
        Path file = folder.resolve(name);
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[");
            for (int i = 0; i < count; i++) {
                double x = 44 + (i % 200) * 0.03;
                double y = 38 + (i / 200) * 0.03;
                out.write((i == 0 ? "" : ",") + "{\"type\":\"Feature\",\"properties\":{\"name\":\"square " + i
                        + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],["
                        + (x + 0.02) + "," + y + "],[" + (x + 0.02) + "," + (y + 0.02) + "],[" + x + ","
                        + (y + 0.02) + "],[" + x + "," + y + "]]]}}");
            }
            out.write("]}");
        }
        return file;
    }

    private static long entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.count();
        }
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    @DisplayName("the window shows while a layer is read; Cancel adds nothing; a finished read adds a visible layer to the panel and the map")
    void progressCancelAndFinish(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        MainViewModel model = window.model();
        int before = model.layers().size();
        Path cache = folder.resolve("cache");
        LayerCache layerCache = new LayerCache(cache);
        Node progress = robot.lookup("#layer-load-progress").query();
        assertFalse(MainWindowFixture.shown(progress), "no progress bar before any read");
        Path big = squares("squares.geojson", 20_000);

        // held at the gate: the window is up and says what it reads, and the layer is not there yet
        CountDownLatch gate = new CountDownLatch(1);
        CompletableFuture<?>[] done = new CompletableFuture<?>[1];
        robot.interact(() -> done[0] = model.openLayers(List.of(big), layerCache, MainWindowFixture.gated(gate)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getScene().getWindow().isShowing());
        assertTrue(MainWindowFixture.shown(progress) && MainWindowFixture.shown(robot.lookup("#layer-load-cancel").query()), "progress bar and Cancel while reading");
        assertEquals("Reading layer squares.geojson…", status(robot));
        assertEquals(before, model.layers().size());

        // cancelled: nothing is added, nothing is kept in the cache, and the status line says so
        robot.clickOn("#layer-load-cancel");
        gate.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> done[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model.layers().size(), "a cancelled read adds no layer");
        assertEquals("Opening layer squares.geojson cancelled; nothing added", status(robot));
        assertFalse(MainWindowFixture.shown(progress), "the bar is hidden after the cancel");
        assertEquals(0, entries(cache), "a cancelled read is not kept in the layer cache");

        // read to the end: progress on the way, then a visible layer on top, in the panel and on the map
        List<Double> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> model.layerReading().progressProperty().addListener((o, old, f) -> seen.add(f.doubleValue())));
        robot.interact(() -> done[0] = model.openLayers(List.of(big), layerCache, MainWindowFixture.gated(new CountDownLatch(0))));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> done[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(seen.stream().anyMatch(f -> f > 0 && f < 1), "progress between 0 and 1 was shown: " + seen);
        assertEquals(before + 1, model.layers().size());
        LayerViewModel added = model.layers().get(model.layers().size() - 1);
        assertEquals("squares", added.id());
        assertEquals(20_000, added.data().features().size());
        assertTrue(added.isVisible());
        assertTrue(MainWindowFixture.shown(robot.lookup("#toggle-squares").query()), "the layer panel lists the new layer");
        assertTrue(window.map().vectorLayers().stream().anyMatch(l -> l.model() == added), "the map draws the new layer");
        assertEquals("Opened layer squares.geojson: 20,000 features", status(robot));
        assertFalse(MainWindowFixture.shown(progress));
        assertEquals(1, entries(cache), "the read is kept in the layer cache for the next start");
    }

    @Test
    @DisplayName("a broken layer file is added with its problems, as at the start")
    void aBrokenFileIsAddedWithItsProblems(FxRobot robot) throws Exception {
        MainViewModel model = window.model();
        Path broken = Files.writeString(folder.resolve("broken.geojson"), "{ not json");
        CompletableFuture<?>[] done = new CompletableFuture<?>[1];
        robot.interact(() -> done[0] = model.openLayers(List.of(broken), new LayerCache(folder.resolve("cache")),
                MainWindowFixture.gated(new CountDownLatch(0))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> done[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        LayerViewModel added = model.layer("broken");
        assertFalse(added.data().problems().isEmpty());
        assertTrue(MainWindowFixture.shown(robot.lookup("#problems-broken").query()), "the panel shows its problems");
        assertTrue(status(robot).startsWith("Opened layer broken.geojson: 0 features · 1 data problem"), status(robot));
    }

    @Test
    @DisplayName("a KML layer goes through the same progress bar and Cancel, and opens as a visible layer; GPX too")
    void kmlAndGpxOpenAsLayers(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        MainViewModel model = window.model();
        int before = model.layers().size();
        Path kml = folder.resolve("points.kml");
        try (Writer out = Files.newBufferedWriter(kml)) {
            out.write("<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Points</name>");
            for (int i = 0; i < 20_000; i++) {
                out.write("<Placemark><name>p" + i + "</name><Point><coordinates>" + (44 + (i % 200) * 0.03) + ","
                        + (38 + (i / 200) * 0.03) + "</coordinates></Point></Placemark>\n");
            }
            out.write("</Document></kml>");
        }
        LayerCache layerCache = new LayerCache(folder.resolve("cache"));

        CountDownLatch gate = new CountDownLatch(1);
        CompletableFuture<?>[] done = new CompletableFuture<?>[1];
        robot.interact(() -> done[0] = model.openLayers(List.of(kml), layerCache, MainWindowFixture.gated(gate)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Reading layer points.kml…", status(robot));
        robot.clickOn("#layer-load-cancel");
        gate.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> done[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model.layers().size(), "a cancelled read adds no layer");
        assertEquals("Opening layer points.kml cancelled; nothing added", status(robot));

        List<Double> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> model.layerReading().progressProperty().addListener((o, old, f) -> seen.add(f.doubleValue())));
        Path gpx = Path.of(getClass().getResource("/org/araxes/formats/rivers.gpx").toURI());
        robot.interact(() -> done[0] = model.openLayers(List.of(kml, gpx), layerCache, MainWindowFixture.gated(new CountDownLatch(0))));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> done[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(seen.stream().anyMatch(f -> f > 0 && f < 1), "progress between 0 and 1 was shown: " + seen);
        assertEquals(before + 2, model.layers().size());
        LayerViewModel points = model.layers().get(before);
        assertEquals("Points", points.data().title());
        assertEquals(20_000, points.data().features().size());
        assertTrue(points.isVisible());
        assertTrue(window.map().vectorLayers().stream().anyMatch(l -> l.model() == points), "the map draws the KML layer");
        LayerViewModel rivers = model.layers().get(before + 1);
        assertEquals(19, rivers.data().features().size());
        assertEquals("Opened layer rivers.gpx: 19 features", status(robot));
    }

    @Test
    @DisplayName("a GeoPackage with two feature tables opens as two layers, as QGIS adds them")
    void geoPackageTablesAreLayers(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        MainViewModel model = window.model();
        int before = model.layers().size();
        Path gpkg = Path.of(getClass().getResource("/org/araxes/formats/places.gpkg").toURI());
        CompletableFuture<?>[] done = new CompletableFuture<?>[1];
        robot.interact(() -> done[0] = model.openLayers(List.of(gpkg), new LayerCache(folder.resolve("cache")),
                MainWindowFixture.gated(new CountDownLatch(0))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> done[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 2, model.layers().size());
        assertEquals(List.of("places.gpkg#context_places", "places.gpkg#places"),
                List.of(model.layers().get(before).id(), model.layers().get(before + 1).id()));
        assertEquals(List.of(2, 31), List.of(model.layers().get(before).data().features().size(),
                model.layers().get(before + 1).data().features().size()), "ogrinfo -so: 2 and 31 features");
        assertEquals("Opened places.gpkg: 2 layers (one per table), 33 features", status(robot));
    }
}
