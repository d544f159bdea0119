// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentSet;
import org.araxes.ui.incidents.IncidentEditing;
import org.araxes.ui.incidents.IncidentForm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writing an incident as a user does: Edit ▸ New incident…, every field filled (the point picked by
 * a click on the map, the place found by name), two sources, Save; the set saved to a file that
 * reads back as the same incident; Ctrl+Z and Ctrl+Shift+Z undo and redo it, except in a text
 * field, where they are the field's own.
 */
@ExtendWith(ApplicationExtension.class)
class IncidentFormUiTest {

    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    private static void set(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    @Test
    @DisplayName("an incident with two sources written in the form is saved and read back equal; Ctrl+Z undoes it")
    void writeSaveAndReadBack(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        IncidentEditing editing = window.editActions().editing();
        IncidentForm[] form = new IncidentForm[1];
        robot.interact(() -> form[0] = window.editActions().newIncident());
        Stage formStage = form[0].stage();
        // beside the map, so a click on the map reaches it
        robot.interact(() -> {
            formStage.setX(window.getScene().getWindow().getX() + 600);
            formStage.setY(0);
        });
        Button save = robot.lookup("#form-save").queryButton();
        assertTrue(save.isDisabled(), "nothing to save in an empty form");

        robot.clickOn("#form-title").write("Iran opens a consulate general in Kapan (21 October 2022)");
        assertTrue(save.isDisabled(), "a title alone is not an incident");
        set(robot, "#form-summary", "Iran opened a consulate general in Kapan, according to two articles.");
        set(robot, "#form-actors", "Iran, Armenia");
        set(robot, "#form-date-start", "2022-10-32");
        TextField start = robot.lookup("#form-date-start").queryAs(TextField.class);
        assertTrue(start.getStyleClass().contains("form-error"), "the bad day is marked");
        String under = robot.lookup("#form-error-date-start").queryLabeled().getText();
        assertTrue(under.contains("October 2022 has no day 32"), under);
        set(robot, "#form-date-start", "2022-10-21");
        assertFalse(start.getStyleClass().contains("form-error"));
        set(robot, "#form-date-note", "Seed 000 gives 'On October 21' without a year.");
        set(robot, "#form-place-note", "The consulate is in the town.");

        // the point: picked by a click on the map
        robot.clickOn("#form-pick");
        assertNotNull(editing.pointWantedProperty().get(), "the form waits for a click on the map");
        Point2D onMap = window.map().localToScreen(120, 200);
        robot.clickOn(onMap);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, editing.pointWantedProperty().get());
        double lon = Double.parseDouble(robot.lookup("#form-lon").queryAs(TextField.class).getText());
        assertEquals(window.map().getViewport().longitude(120), lon, 1e-5);

        // ... then the place found by name, which moves the point to it
        robot.interact(() -> robot.lookup("#form-find").query().requestFocus()); // below the scroll pane's fold
        robot.write("Kapan");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#form-find-results").query().isVisible());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals("Kapan", robot.lookup("#form-place").queryAs(TextField.class).getText());
        assertEquals(46.4, Double.parseDouble(robot.lookup("#form-lon").queryAs(TextField.class).getText()), 0.1);

        set(robot, "#form-source-0-publisher", "Example News");
        set(robot, "#form-source-0-author", "Ana Author");
        set(robot, "#form-source-0-title", "Iran opens consulate");
        set(robot, "#form-source-0-published", "2022-10-22");
        set(robot, "#form-source-0-link", "https://example.org/kapan");
        set(robot, "#form-source-0-quote", "On October 21 Iran opened a consulate general in the Armenian city of Kapan.");
        robot.interact(() -> robot.lookup("#form-add-source").queryButton().fire());
        set(robot, "#form-source-1-publisher", "The Central Asia-Caucasus Analyst");
        set(robot, "#form-source-1-author", "Brenda Shaffer");
        set(robot, "#form-source-1-published", "2023-05-08");
        assertTrue(save.isDisabled(), "the second source has no quote yet");
        set(robot, "#form-source-1-quote", "Iran also opened a consulate in Armenia in the town of Kafan.");
        assertFalse(save.isDisabled(), robot.lookup("#form-messages").queryLabeled().getText());
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(formStage.isShowing(), "Save closes the form");

        IncidentSet mine = window.model().incidents().set(IncidentEditing.MY_SET_ID);
        assertEquals(1, mine.size());
        Incident written = mine.incidents().get(0);
        assertEquals("inc-2022-10-21-kapan", written.id());
        assertEquals(2, written.sources().size());
        assertTrue(editing.dirtyProperty().get());

        // saved (as File ▸ Save incident edits does once a file is chosen) and read back
        Path file = folder.resolve("mine.geojson");
        robot.interact(() -> {
            try {
                editing.save(mine, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertFalse(editing.dirtyProperty().get());
        assertEquals(List.of(written), new IncidentReader().read(file).incidents());

        // Ctrl+Z in a text field is the field's own undo
        robot.clickOn("#incident-search").write("ka");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(1, window.model().incidents().set(IncidentEditing.MY_SET_ID).size(), "the edit is not undone");
        robot.interact(() -> robot.lookup("#incident-search").queryAs(TextField.class).clear());

        // elsewhere it undoes the last edit, and Ctrl+Shift+Z does it again
        robot.interact(() -> window.map().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.model().incidents().set(IncidentEditing.MY_SET_ID).size());
        assertTrue(editing.dirtyProperty().get(), "the saved incident undone is an unsaved edit");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(written), window.model().incidents().set(IncidentEditing.MY_SET_ID).incidents());
        assertFalse(editing.dirtyProperty().get());
    }
}
