// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentSet;
import org.araxes.ui.incidents.IncidentsViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The incident sets panel, the list's set tags and the details' set, in the main window. */
@ExtendWith(ApplicationExtension.class)
class IncidentSetsUiTest {

    private static final Path CSV = Path.of("src/test/resources/org/araxes/corpus/csv-plain-ok.csv");

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    /** The set tags of the list's rows showing an incident (cells kept for reuse or sizing are left out). */
    private static Set<Node> shownTags(FxRobot robot) {
        ListView<?> list = robot.lookup("#incident-list").queryAs(ListView.class);
        Set<Node> tags = new java.util.HashSet<>();
        for (Node node : robot.lookup("#incident-list .list-cell").queryAll()) {
            javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) node;
            if (cell.isVisible() && !cell.isEmpty() && cell.getIndex() < list.getItems().size() && cell.getGraphic() != null) {
                tags.addAll(cell.getGraphic().lookupAll(".incident-set-tag"));
            }
        }
        return tags;
    }

    @Test
    @DisplayName("an opened set is listed with its count, tags its incidents in the list, and can be hidden and removed")
    void setsPanel(FxRobot robot) throws Exception {
        IncidentsViewModel incidents = window.model().incidents();
        robot.interact(() -> incidents.opened(CSV, new IncidentReader().read(CSV)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 incident · CSV", robot.lookup("#set-count-csv-plain-ok_csv").queryAs(Label.class).getText());
        assertEquals("39 incidents · bundled", robot.lookup("#set-count-bundled").queryAs(Label.class).getText());

        // the CSV incident selected: the list scrolls to it, tagged with its set, and the details name it
        robot.interact(() -> incidents.timeline().setDate(LocalDate.of(2023, 1, 27)));
        Incident mine = incidents.sets().get(1).incidents().get(0);
        robot.interact(() -> incidents.select(mine));
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> tags = shownTags(robot);
        assertFalse(tags.isEmpty(), "set tags in the list when two sets are shown");
        assertTrue(tags.stream().map(n -> ((Label) n).getText()).anyMatch("csv-plain-ok.csv"::equals),
                "the CSV's incident is tagged with its set");
        for (Node tag : tags) {
            javafx.geometry.Bounds inList = robot.lookup("#incident-list").query().sceneToLocal(tag.localToScene(tag.getBoundsInLocal()));
            assertTrue(tag.getLayoutBounds().getWidth() > 20 && inList.getMaxX() <= robot.lookup("#incident-list").query()
                    .getLayoutBounds().getWidth(), "the tag is inside the list: " + inList);
        }
        assertEquals("Set: csv-plain-ok.csv", robot.lookup("#incident-set").queryAs(Label.class).getText());

        // the set's tooltip gives its version (content hash and date), worked out when it shows
        CheckBox csvToggle = robot.lookup("#set-toggle-csv-plain-ok_csv").queryAs(CheckBox.class);
        robot.moveTo(csvToggle);
        // (isShowing turns true on the FX thread just before the tooltip's onShowing adds the version)
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> csvToggle.getTooltip().isShowing()
                && csvToggle.getTooltip().getText().contains("Version "));
        String version = org.araxes.incidents.SetVersion.of(incidents.sets().get(1).incidents(), CSV).display();
        assertTrue(csvToggle.getTooltip().getText().contains("Version " + version), csvToggle.getTooltip().getText());
        robot.moveTo("#incident-list");

        // hiding the bundled set: its incidents leave the list, and no tag is needed for one set
        robot.clickOn("#set-toggle-bundled");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#set-toggle-bundled").queryAs(CheckBox.class).isSelected());
        assertEquals(1, incidents.store().size());
        assertTrue(shownTags(robot).isEmpty(), () -> shownTags(robot).stream().map(n -> ((Label) n).getText() + " in " + n.getParent().getParent()).toList().toString());
        ListView<?> list = robot.lookup("#incident-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());

        // removing the CSV set leaves the hidden bundled one
        robot.clickOn("#set-remove-csv-plain-ok_csv");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(IncidentsViewModel.BUNDLED_ID), incidents.sets().stream().map(IncidentSet::id).toList());
        assertEquals(0, incidents.store().size());
    }

    @Test
    @DisplayName("the × of a set with unsaved edits asks first: Cancel keeps it, Don't save removes it and its journal")
    void removingAnEditedSetAsks(FxRobot robot) {
        IncidentsViewModel incidents = window.model().incidents();
        org.araxes.ui.incidents.IncidentEditing editing = window.editActions().editing();
        Incident first = incidents.sets().get(0).incidents().get(0);
        robot.interact(() -> editing.add(editing.targetSet(), first)); // a bundled incident copied into "My incidents"
        int journals = editing.journalsLeft().journals().size();
        String key = "#set-remove-" + org.araxes.ui.incidents.IncidentEditing.MY_SET_ID;

        robot.clickOn(key);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#unsaved-dialog").tryQuery().isPresent(), "asked before the set goes");
        MainWindowFixture.answerUnsaved(robot, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        assertEquals(List.of(first), incidents.set(org.araxes.ui.incidents.IncidentEditing.MY_SET_ID).incidents(),
                "Cancel keeps the set with its edit");
        assertTrue(editing.dirtyProperty().get());

        robot.clickOn(key);
        WaitForAsyncUtils.waitForFxEvents();
        MainWindowFixture.answerUnsaved(robot, javafx.scene.control.ButtonBar.ButtonData.NO);
        assertEquals(null, incidents.set(org.araxes.ui.incidents.IncidentEditing.MY_SET_ID), "Don't save removes it");
        assertFalse(editing.dirtyProperty().get());
        assertEquals(journals - 1, editing.journalsLeft().journals().size(), "its journal goes with it");
    }

    @Test
    @DisplayName("the × of a set without unsaved edits removes it at once")
    void removingAnUneditedSetDoesNotAsk(FxRobot robot) {
        IncidentsViewModel incidents = window.model().incidents();
        robot.interact(() -> incidents.opened(CSV, new IncidentReader().read(CSV)));
        robot.clickOn("#set-remove-csv-plain-ok_csv");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#unsaved-dialog").tryQuery().isEmpty());
        assertEquals(List.of(IncidentsViewModel.BUNDLED_ID), incidents.sets().stream().map(IncidentSet::id).toList());
    }
}
