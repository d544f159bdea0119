// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.app.AraxesApp;
import org.araxes.ui.app.MainWindow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.araxes.incidents.Incident;
import org.araxes.incidents.SyntheticIncidents;
import org.araxes.model.Atlas;
import org.araxes.ui.incidents.IncidentsViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large synthetic incident file opened from the File menu (Recent incident files) stays usable:
 * it is read in the background, then the count, the map's clusters, the timeline and the list all
 * work. 20,000 incidents here; the million-incident sizes live in the JMH benchmarks (no timing
 * is asserted).
 */
@ExtendWith(ApplicationExtension.class)
class LargeIncidentSetUiTest {

    private static final int COUNT = 20_000;
    /** The bundled incidents, which stay beside an opened file. */
    private static final int BUNDLED = 39;
    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        stage.setScene(AraxesApp.createScene(Atlas.load(Path.of("geodata"))));
        window = (MainWindow) stage.getScene().getRoot();
        stage.show();
    }

    @Test
    @DisplayName("a 20,000-incident file opened from the menu loads in the background and can be scrubbed, listed and selected")
    @SuppressWarnings("unchecked")
    void openLargeFileFromMenu(FxRobot robot) throws Exception {
        Path file = folder.resolve("synthetic-20k.geojson");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SyntheticIncidents(7).writeGeoJson(COUNT, out);
        }
        IncidentsViewModel incidents = window.model().incidents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().getViewport() != null);
        robot.interact(() -> incidents.remember(file));
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu recent = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-recent-incidents".equals(i.getId())).map(Menu.class::cast).findFirst().orElseThrow();
        MenuItem first = recent.getItems().get(0);
        robot.interact(first::fire);
        // the FX thread keeps answering while the file is read
        robot.interact(() -> window.map().panBy(30, 0));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !incidents.loadingProperty().get()
                && incidents.store().size() == BUNDLED + COUNT); // added beside the bundled set
        WaitForAsyncUtils.waitForFxEvents();

        String count = robot.lookup("#incident-count").queryAs(Label.class).getText();
        assertTrue(count.endsWith("of " + String.format(java.util.Locale.ROOT, "%,d", BUNDLED + COUNT) + " incidents shown"), count);
        IncidentMapLayer layer = robot.lookup("#layer-incidents").queryAs(IncidentMapLayer.class);
        robot.interact(() -> window.map().home());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(layer.markCount() > 0, "the incidents are drawn on the map");

        // scrub: a one-year window in 2020 shows fewer, all overlapping 2020
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(java.time.LocalDate.of(2020, 12, 31).toEpochDay()));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Incident> list = robot.lookup("#incident-list").queryAs(ListView.class);
        int shown = list.getItems().size();
        assertTrue(shown > 0 && shown < COUNT, "shown " + shown);
        assertFalse(list.getItems().get(0).date().end().getYear() < 2019, "the window moved");

        // select from the list: the details and the map follow
        robot.interact(() -> list.getSelectionModel().select(shown / 2));
        WaitForAsyncUtils.waitForFxEvents();
        Incident selected = incidents.selectedProperty().get();
        assertNotNull(selected);
        assertEquals(list.getItems().get(shown / 2), selected);
        assertEquals(shown / 2, list.getItems().indexOf(selected), "found by id, not by scanning");
    }
}
