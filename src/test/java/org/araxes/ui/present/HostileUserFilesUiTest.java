// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.araxes.geo.Viewport;
import org.araxes.io.Problem;
import org.araxes.presentation.MapExtent;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.UserSettings;
import org.araxes.presentation.ViewsFile;
import org.araxes.settings.UserFolders;
import org.araxes.ui.app.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window with what a hostile or careless user folder holds: it opens, answers and saves. */
@ExtendWith(ApplicationExtension.class)
class HostileUserFilesUiTest {

    private static final int SAVED_VIEWS = 200_000;

    @org.junit.jupiter.api.io.TempDir
    static Path userFolder;
    private static String previousFolder;
    private MainWindow window;

    @BeforeAll
    static void ownUserFolder() throws Exception {
        previousFolder = org.araxes.settings.OwnUserFolder.pointAt(userFolder);
        List<SavedView> views = new ArrayList<>();
        for (int i = 0; i < SAVED_VIEWS; i++) {
            views.add(SavedView.of("View " + i, new MapExtent.Centre(46, 39, 8)));
        }
        Path file = new UserFolders(userFolder).viewsFolder().resolve("views.json");
        Files.createDirectories(file.getParent());
        ViewsFile.save(file, views);
    }

    @AfterAll
    static void restoreUserFolder() {
        org.araxes.settings.OwnUserFolder.restore(previousFolder);
    }

    @Start
    void start(Stage stage) {
        window = org.araxes.ui.app.MainWindowFixture.show(stage);
    }

    @Test
    @DisplayName("200,000 saved views: the Views menu lists the first 50 and counts the rest")
    void manyViews() {
        List<MenuItem> items = window.presenter().views().menu().getItems();
        int bundled = ViewsFile.bundled().size();
        // bundled, a separator, 50 of the user's, the count, a separator, save, delete
        assertEquals(bundled + 1 + ViewsMenu.MAX_MENU_VIEWS + 1 + 3, items.size());
        MenuItem more = items.stream().filter(i -> "views-more".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(more.getText().startsWith("… and " + (SAVED_VIEWS - ViewsMenu.MAX_MENU_VIEWS) + " more views"),
                more.getText());
        assertEquals(SAVED_VIEWS, window.presenter().views().own().size(), "every view is still the user's");
    }

    @Test
    @DisplayName("zoomed out five steps and panned east twelve times, the map stays on the world and its view can be saved")
    void panPastTheAntimeridian(FxRobot robot) throws Exception {
        org.araxes.ui.app.MainWindowFixture.settledViewport(window);
        robot.clickOn("#map");
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.MINUS);
        }
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.release(KeyCode.SHIFT);
        Viewport now = org.araxes.ui.app.MainWindowFixture.settledViewport(window);
        assertTrue(now.centerLongitude() <= 180 + 1e-6, "centre " + now.centerLongitude());
        SavedView last = window.presenter().applier().capture("Last view", false);
        Path settings = userFolder.resolve("pan-settings.json");
        new UserSettings(1280, 800, "en", "offline", last, List.of()).save(settings);
        SavedView saved = UserSettings.load(settings, Clock.systemUTC()).value().orElseThrow().lastView();
        assertEquals(now.centerLongitude(), ((MapExtent.Centre) saved.extent()).lon(), 1e-6, "saved as shown");
    }

    @Test
    @DisplayName("an 18 MB problem message is cut in the layer panel, with the rest counted")
    void hugeProblemMessage() {
        org.araxes.model.LayerData data = window.model().layers().get(0).data();
        String message = "x".repeat(18_000_000);
        org.araxes.ui.state.LayerViewModel layer = new org.araxes.ui.state.LayerViewModel(new org.araxes.model.LayerData(data.id(),
                data.fileName(), data.info(), List.of(), List.of(Problem.error("big.geojson", "line 1", message)),
                new org.locationtech.jts.geom.Envelope()));
        String summary = layer.problemSummary();
        assertTrue(summary.length() < 400, "length " + summary.length());
        assertTrue(summary.endsWith("more characters)"), summary.substring(0, 80));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
