// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.app.MainWindow;
import org.araxes.ui.app.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.araxes.incidents.Incident;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline, the incidents on the map, the list and the details, in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class TimelineUiTest {

    private static final String KAPAN = "inc-2022-10-21-kapan-consulate";
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().getViewport() != null);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void moveSliderTo(FxRobot robot, LocalDate date) throws Exception {
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(date.toEpochDay()));
        settle();
    }

    @SuppressWarnings("unchecked")
    private ListView<Incident> list(FxRobot robot) {
        return robot.lookup("#incident-list").queryAs(ListView.class);
    }

    private IncidentMapLayer layer(FxRobot robot) {
        return robot.lookup("#layer-incidents").queryAs(IncidentMapLayer.class);
    }

    @Test
    @DisplayName("moving the slider to 21 October 2022 shows the Kapan consulate and hides 2023 incidents")
    void sliderToKapan(FxRobot robot) throws Exception {
        settle();
        assertTrue(list(robot).getItems().stream().anyMatch(i -> i.date().start().getYear() == 2023), "2023 shown at start");
        moveSliderTo(robot, LocalDate.of(2022, 10, 21));
        assertTrue(list(robot).getItems().stream().anyMatch(i -> i.id().equals(KAPAN)));
        assertTrue(list(robot).getItems().stream().noneMatch(i -> i.date().start().getYear() == 2023));
        assertTrue(layer(robot).draws(KAPAN), "the consulate is on the map");
        assertFalse(layer(robot).draws("inc-2023-05-02-aliyev-shusha-remarks"));
        String count = robot.lookup("#incident-count").queryAs(Label.class).getText();
        assertTrue(count.matches("\\d+ of 39 incidents shown"), count);
    }

    @Test
    @DisplayName("the window-length box shows the real window's length when a view sets it (seven weeks, not \"1 year\")")
    void lengthBoxShowsRealWindow(FxRobot robot) throws Exception {
        settle();
        robot.interact(() -> window.presenter().applier().apply(new org.araxes.presentation.SavedView("Seven weeks",
                new org.araxes.presentation.MapExtent.Box(44, 38, 48, 41),
                org.araxes.presentation.ViewTime.window(LocalDate.of(2022, 9, 3), LocalDate.of(2022, 10, 21)),
                null, null, null, ""), false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(49, window.model().incidents().timeline().getWindow().lengthDays());
        javafx.scene.control.ChoiceBox<?> box = robot.lookup("#timeline-window").queryAs(javafx.scene.control.ChoiceBox.class);
        assertEquals(49, box.getValue());
        Label shown = robot.lookup("#timeline-window .label").queryAs(Label.class);
        assertEquals("49 days", shown.getText());
        robot.interact(() -> window.model().incidents().timeline().windowDaysProperty().set(365));
        assertEquals("1 year", shown.getText());
        assertFalse(box.getItems().contains(49), "an odd length is offered only while it is the window's");
    }

    @Test
    @DisplayName("hovering an incident on the map shows its title and date; moving off hides them")
    void hoverShowsTitle(FxRobot robot) throws Exception {
        settle();
        moveSliderTo(robot, LocalDate.of(2022, 10, 21));
        robot.interact(() -> window.map().show(46.4058, 39.2076, 11));
        settle();
        assertNull(layer(robot).tooltipText(), "no tooltip before a hover");
        Point2D point = layer(robot).screenPointOf(KAPAN).orElseThrow();
        robot.moveTo(point);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> layer(robot).tooltipText() != null);
        String text = layer(robot).tooltipText();
        Incident kapan = list(robot).getItems().stream().filter(i -> i.id().equals(KAPAN)).findFirst().orElseThrow();
        assertTrue(text.contains(kapan.title()) && text.contains(kapan.date().display()), text);
        robot.moveTo(point.add(0, 200));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> layer(robot).tooltipText() == null);
    }

    @Test
    @DisplayName("clicking an incident on the map shows its details and exact quote, and selects it in the list")
    void clickShowsQuote(FxRobot robot) throws Exception {
        settle();
        moveSliderTo(robot, LocalDate.of(2022, 10, 21));
        robot.interact(() -> window.map().show(46.4058, 39.2076, 11));
        settle();
        Point2D point = layer(robot).screenPointOf(KAPAN).orElseThrow();
        robot.clickOn(point);
        settle();
        String quote = robot.lookup("#incident-quote-0").queryAs(Label.class).getText();
        assertTrue(quote.contains("On October 21 Iran opened a consulate general in the Armenian city of Kapan."), quote);
        assertTrue(robot.lookup("#incident-title").queryAs(Label.class).getText().contains("Kapan"));
        assertTrue(robot.lookup("#incident-date").queryAs(Label.class).getText().contains("21 October 2022"));
        assertEquals(KAPAN, list(robot).getSelectionModel().getSelectedItem().id(), "the list follows the map");
        // the source reads as a citation; no file name anywhere in the panel
        assertEquals("“Tension between Azerbaijan and Iran is increasing”, unattributed article, c. November 2022",
                robot.lookup("#incident-citation-0").queryAs(Label.class).getText());
        robot.lookup("#incident-details").queryAllAs(javafx.scene.Node.class).forEach(root ->
                robot.from(root).lookup(".label").queryAllAs(Label.class).forEach(l ->
                        assertTrue(!l.getText().contains(".txt") && !l.getText().contains("unknown"), l.getText())));
    }

    @Test
    @DisplayName("choosing in the list selects on the map; the keyboard steps along the timeline")
    void listSelectsOnMap(FxRobot robot) throws Exception {
        settle();
        moveSliderTo(robot, LocalDate.of(2022, 10, 21));
        ListView<Incident> list = list(robot);
        int index = 0;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(KAPAN)) {
                index = i;
            }
        }
        int target = index;
        robot.interact(() -> list.scrollTo(target));
        settle();
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof Incident inc && inc.id().equals(KAPAN)).queryAs(javafx.scene.Node.class));
        settle();
        assertTrue(robot.lookup("#incident-title").queryAs(Label.class).getText().contains("Kapan"));
        assertTrue(layer(robot).draws(KAPAN));
        // Keyboard on the timeline: Shift+→ goes to the next incident, End to the last day.
        robot.clickOn("#timeline-histogram");
        moveSliderTo(robot, LocalDate.of(2022, 10, 21));
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        settle();
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        assertEquals(LocalDate.of(2023, 1, 27).toEpochDay(), Math.round(slider.getValue()));
        robot.type(KeyCode.END);
        settle();
        // the last day: past the last incident (8 May 2023) to the last day a bundled layer changes,
        // 1 October 2023 (a corridor status "valid_until": "2023-09")
        assertEquals(LocalDate.of(2023, 10, 1).toEpochDay(), Math.round(slider.getValue()));
    }

    @Test
    @DisplayName("an incident selected inside a cluster rings the cluster, so the selection never disappears")
    void selectedInsideACluster(FxRobot robot) throws Exception {
        settle();
        robot.interact(() -> window.map().show(46.5, 39.5, 5));
        settle();
        IncidentMapLayer layer = layer(robot);
        org.araxes.render.IncidentRenderer.Mark cluster = layer.marks().stream()
                .filter(org.araxes.render.IncidentRenderer.Mark::cluster).findFirst().orElseThrow();
        Incident inside = cluster.incidents().get(cluster.incidents().size() - 1);
        double ringX = cluster.x() + cluster.radius() + 4 * layer.symbolScale();
        javafx.scene.paint.Color[] before = new javafx.scene.paint.Color[1];
        robot.interact(() -> before[0] = layer.colourAt(ringX, cluster.y()));
        robot.interact(() -> list(robot).getSelectionModel().select(inside));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layer.selectedCluster().isPresent());
        settle();
        javafx.scene.paint.Color[] after = new javafx.scene.paint.Color[1];
        robot.interact(() -> after[0] = layer.colourAt(ringX, cluster.y()));
        assertTrue(after[0].getOpacity() > 0.9 && after[0].getBrightness() < 0.2,
                "a dark ring round the cluster: " + after[0] + " (before: " + before[0] + ")");
    }
}
