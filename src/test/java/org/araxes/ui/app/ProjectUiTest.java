// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.araxes.incidents.Category;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentSet;
import org.araxes.io.GeoJsonReader;
import org.araxes.model.LayerData;
import org.araxes.presentation.MapState;
import org.araxes.timeline.WindowMode;
import org.araxes.ui.incidents.IncidentsViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A project saved in one window and opened in a fresh one shows the same map and the same sets. */
@ExtendWith(ApplicationExtension.class)
class ProjectUiTest {

    private static final Path CSV = Path.of("src/test/resources/org/araxes/corpus/csv-plain-ok.csv");

    private MainWindow first;
    private MainWindow second;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        first = MainWindowFixture.show(stage);
        Stage other = new Stage();
        second = MainWindowFixture.show(other);
    }

    private static MapState sizeless(MapState state) {
        return state.sized(1000, 700, 1);
    }

    @Test
    @DisplayName("save, reopen in a fresh window: the same map state, the same sets; a missing file is named and skipped")
    void saveAndReopen(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(first);
        MainWindowFixture.settledViewport(second);
        Path data = Files.createDirectories(dir.resolve("data"));
        Path csv = Files.copy(CSV, data.resolve("mine.csv"));
        Path layer = Files.writeString(data.resolve("roads.geojson"), """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[45.5, 39.5], [46.5, 39.8]]},
                   "properties": {"name": "a road"}}]}
                """);
        IncidentsViewModel incidents = first.model().incidents();
        robot.interact(() -> {
            incidents.opened(csv, new IncidentReader().read(csv));
            first.model().addLayer(LayerData.of(new GeoJsonReader().read(layer)), layer);
            first.model().layer("rivers").setVisible(false);
            first.model().layer("roads").setOpacity(0.5);
            incidents.setVisible(incidents.sets().get(0), false);
            incidents.categories().remove(Category.WAR);
            incidents.searchProperty().set("");
            incidents.timeline().modeProperty().set(WindowMode.ACCUMULATE);
            incidents.timeline().setDate(LocalDate.of(2023, 3, 1));
            first.model().languageProperty().set("hy");
            first.map().show(46.1, 39.4, 8.5);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MapState saved = first.presenter().applier().state();
        Path project = dir.resolve("work.araxes");
        robot.interact(() -> first.projects().save(project));
        assertTrue(Files.isRegularFile(project));
        String text = Files.readString(project);
        assertTrue(text.contains("data/mine.csv") && text.contains("data/roads.geojson"), "paths relative to the project: " + text);

        java.util.concurrent.CompletableFuture<?>[] opened = new java.util.concurrent.CompletableFuture<?>[1];
        robot.interact(() -> opened[0] = second.projects().open(project));
        opened[0].get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        MainWindowFixture.settledViewport(second);

        List<IncidentSet> sets = second.model().incidents().sets();
        assertEquals(incidents.sets().stream().map(s -> s.id() + " " + s.name() + " " + s.source() + " " + s.size() + " " + s.visible()).toList(),
                sets.stream().map(s -> s.id() + " " + s.name() + " " + s.source() + " " + s.size() + " " + s.visible()).toList());
        MapState reopened = second.presenter().applier().state();
        assertEquals(sizeless(saved).layers(), sizeless(reopened).layers());
        assertEquals(saved.window(), reopened.window());
        assertEquals(saved.mode(), reopened.mode());
        assertEquals(saved.filter(), reopened.filter());
        assertEquals(saved.language(), reopened.language());
        assertEquals(saved.area().lon(), reopened.area().lon(), 1e-4);
        assertEquals(saved.area().lat(), reopened.area().lat(), 1e-4);
        assertEquals(saved.area().zoom(), reopened.area().zoom(), 1e-6);
        assertEquals(first.model().incidents().store().size(), second.model().incidents().store().size());

        // on another machine the CSV is missing: it is named, and the rest opens
        Files.delete(csv);
        robot.interact(() -> opened[0] = second.projects().open(project));
        opened[0].get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(second.model().incidents().sets().stream().anyMatch(s -> "mine.csv".equals(s.name())));
        assertTrue(second.model().statusProperty().get().contains("1 part left out"), second.model().statusProperty().get());
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage s
                && s.getOwner() != null).toList().forEach(w -> ((javafx.stage.Stage) w).close()));
    }

    @Test
    @DisplayName("opening a project over a set with unsaved edits asks first: Cancel opens nothing, Don't save opens it")
    void openingOverUnsavedEditsAsks(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(first);
        Path csv = Files.copy(CSV, dir.resolve("mine.csv"));
        IncidentsViewModel incidents = first.model().incidents();
        org.araxes.ui.incidents.IncidentEditing editing = first.editActions().editing();
        Path project = dir.resolve("work.araxes");
        robot.interact(() -> {
            IncidentSet mine = incidents.opened(csv, new IncidentReader().read(csv));
            first.projects().save(project);
            editing.delete(mine, mine.incidents().get(0)); // an edit not saved
        });
        String id = incidents.sets().get(1).id();

        java.util.concurrent.Future<java.util.concurrent.CompletableFuture<Void>> opening =
                WaitForAsyncUtils.asyncFx(() -> first.projects().open(project));
        WaitForAsyncUtils.waitForFxEvents();
        MainWindowFixture.answerUnsaved(robot, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        opening.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        assertEquals(0, incidents.set(id).size(), "Cancel: the edit stays, the project is not opened");
        assertTrue(editing.dirtyProperty().get());

        opening = WaitForAsyncUtils.asyncFx(() -> first.projects().open(project));
        WaitForAsyncUtils.waitForFxEvents();
        MainWindowFixture.answerUnsaved(robot, javafx.scene.control.ButtonBar.ButtonData.NO);
        opening.get(10, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, incidents.set(id).size(), "Don't save: the project's set, as its file holds it");
        assertFalse(editing.dirtyProperty().get());
    }

    @Test
    @DisplayName("a GeoPackage's tables come back as the same layers, each as it was shown, and the file is read once")
    void geoPackageTablesInAProject(FxRobot robot) throws Exception {
        Path gpkg = Files.copy(Path.of(getClass().getResource("/org/araxes/formats/places.gpkg").toURI()),
                Files.createDirectories(dir.resolve("gpkg")).resolve("places.gpkg"));
        java.util.concurrent.CompletableFuture<?>[] done = new java.util.concurrent.CompletableFuture<?>[1];
        robot.interact(() -> done[0] = first.model().openLayers(List.of(gpkg), new org.araxes.io.LayerCache(dir.resolve("cache")),
                Runnable::run));
        done[0].get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> first.model().layer("places.gpkg#context_places").setVisible(false));
        Path project = dir.resolve("tables.araxes");
        robot.interact(() -> first.projects().save(project));

        int before = second.model().layers().size();
        robot.interact(() -> done[0] = second.projects().open(project));
        done[0].get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 2, second.model().layers().size(), "two tables, two layers, not four");
        assertFalse(second.model().layer("places.gpkg#context_places").isVisible());
        assertTrue(second.model().layer("places.gpkg#places").isVisible());
    }
}
