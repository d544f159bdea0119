// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.stage.Stage;
import org.araxes.geo.Viewport;
import org.araxes.incidents.Category;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.model.Atlas;
import org.araxes.presentation.MapExtent;
import org.araxes.presentation.MapState;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.Story;
import org.araxes.presentation.StoryStep;
import org.araxes.presentation.ViewTime;
import org.araxes.presentation.ViewsFile;
import org.araxes.ui.app.MainWindow;
import org.araxes.ui.app.MainWindowFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine;

/**
 * The window and {@code araxes export} turn the same saved view, and the same story step, into the
 * same map state: area, time window, layers, filter, selection and rings.
 */
@ExtendWith(ApplicationExtension.class)
class WindowAndCommandLineAgreeUiTest {

    private static final Atlas ATLAS = Atlas.load(Path.of("geodata"));
    private static final String KAPAN = "inc-2022-10-21-kapan-consulate";
    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    /** The state the window shows after showing a view or step from the state it started with. */
    private MapState inWindow(FxRobot robot, Runnable show) throws Exception {
        MainWindowFixture.settledViewport(window);
        robot.interact(show);
        WaitForAsyncUtils.waitForFxEvents();
        return window.presenter().applier().state();
    }

    /** The state {@code araxes export} builds for a picture of the window's map size. */
    private static MapState onCommandLine(MapState inWindow, String... options) throws java.io.IOException {
        List<String> args = new ArrayList<>(List.of("--data", "geodata", "export", "--out", "x.png",
                "--width", String.valueOf(Math.round(inWindow.width())),
                "--height", String.valueOf(Math.round(inWindow.height()))));
        args.addAll(List.of(options));
        CommandLine.ParseResult parsed = new CommandLine(new AraxesCommand()).parseArgs(args.toArray(String[]::new));
        ExportCommand export = (ExportCommand) parsed.subcommand().commandSpec().userObject();
        IncidentStore store = export.drawing().store();
        StoryStep step = export.step == null ? null : export.findStep();
        SavedView view = step != null ? step.view() : export.view == null ? null : export.findView();
        return export.mapState(ATLAS, store, step, view, export.size());
    }

    private static void assertSameState(MapState window, MapState commandLine) {
        // the window's map is laid out at fractions of a pixel, the picture at whole pixels: the
        // same box fits within half a pixel of size (a thousandth of a zoom level at 500 px)
        assertEquals(window.area().lon(), commandLine.area().lon(), 1e-3, "centre longitude");
        assertEquals(window.area().lat(), commandLine.area().lat(), 1e-3, "centre latitude");
        assertEquals(window.area().zoom(), commandLine.area().zoom(), 2e-3, "zoom");
        assertEquals(window.window(), commandLine.window(), "time window");
        assertEquals(window.mode(), commandLine.mode(), "window mode");
        assertEquals(window.layers(), commandLine.layers(), "layers");
        assertEquals(window.filter(), commandLine.filter(), "filter");
        assertEquals(window.selected(), commandLine.selected(), "selection");
        assertEquals(window.ringed(), commandLine.ringed(), "rings");
        assertEquals(window.language(), commandLine.language(), "language");
        assertEquals(window.incidentsShown(), commandLine.incidentsShown(), "incidents shown");
        assertEquals(window.basemap(), commandLine.basemap(), "basemap");
    }

    @Test
    @DisplayName("a saved view of one day, with layers, a filter and a selection, is the same state in both")
    void savedView(FxRobot robot) throws Exception {
        String hiddenLayer = ATLAS.mapLayers().get(0).id();
        SavedView view = new SavedView("Kapan on the day", new MapExtent.Box(45.6, 38.7, 47.2, 39.6),
                ViewTime.day(LocalDate.of(2022, 10, 21)), null, List.of(hiddenLayer),
                new IncidentFilter(EnumSet.allOf(Category.class), EnumSet.allOf(Status.class), EnumSet.allOf(Role.class),
                        Set.of(), ""), KAPAN, "");
        Path views = folder.resolve("views.json");
        ViewsFile.save(views, List.of(view));

        MapState shown = inWindow(robot, () -> window.presenter().applier().apply(view, false));
        MapState exported = onCommandLine(shown, "--views", views.toString(), "--view", view.name());

        assertEquals(1, shown.window().lengthDays(), "a view of one day shows that day in the window");
        assertFalse(shown.visibleLayerIds().contains(hiddenLayer), "the layer the view hides is hidden");
        assertEquals(KAPAN, shown.selected());
        assertSameState(shown, exported);
    }

    @Test
    @DisplayName("every bundled view is the same state in both")
    void bundledViews(FxRobot robot) throws Exception {
        for (SavedView view : ViewsFile.bundled()) {
            MapState shown = inWindow(robot, () -> window.presenter().applier().apply(view, false));
            assertSameState(shown, onCommandLine(shown, "--view", view.name()));
        }
    }

    @Test
    @DisplayName("a story step, with its window of days and its ringed incidents, is the same state in both")
    void storyStep(FxRobot robot) throws Exception {
        Story story = window.presenter().presentation().storyProperty().get();
        StoryStep third = story.step(2);
        MapState shown = inWindow(robot, () -> window.presenter().applier().apply(third, false));
        MapState exported = onCommandLine(shown, "--step", "3");
        assertTrue(third.view().time().isWindow(), "the step shows a window of days");
        assertEquals(third.view().time().window(), shown.window());
        assertEquals(third.highlight(), shown.ringed());
        assertSameState(shown, exported);
    }

    @Test
    @DisplayName("the export's viewport covers the window's ground at any scale")
    void exportViewportKeepsTheGround(FxRobot robot) throws Exception {
        Viewport screen = MainWindowFixture.settledViewport(window);
        MapState doubled = window.presenter().applier().state().sized(2 * screen.width(), 2 * screen.height(), 2);
        Viewport picture = doubled.viewport();
        assertEquals(screen.visibleBounds().getMinX(), picture.visibleBounds().getMinX(), 1e-6);
        assertEquals(screen.visibleBounds().getMaxY(), picture.visibleBounds().getMaxY(), 1e-6);
    }
}
