// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.DatePicker;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.araxes.geo.Viewport;
import org.araxes.presentation.MapState;
import org.araxes.timeline.TimeWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Compare two dates…: two panes over one area, each with its own days, kept in step. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    @Test
    @DisplayName("each pane keeps its own days, a drag in one pans both and the main map, and the pictures differ where the incidents do")
    void panesInStep(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        Platform.runLater(() -> MainWindowFixture.fireMenuItem(window, "menu-compare-view"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.openCompareWindowIfShown() != null
                && window.openCompareWindowIfShown().renders() > 0);
        CompareWindow compare = window.openCompareWindowIfShown();
        TimeWindow shown = window.model().incidents().timeline().getWindow();
        MapState[] first = compare.states();
        assertEquals(shown, first[1].window(), "the right pane starts at the window shown");
        assertEquals(TimeWindow.of(shown.start().minusYears(1), shown.end().minusYears(1)), first[0].window(),
                "the left pane starts a year before");

        // both panes at the same days draw the same picture
        int renders = compare.renders();
        setWindow(robot, "right", LocalDate.of(2020, 9, 27), LocalDate.of(2020, 11, 10));
        setWindow(robot, "left", LocalDate.of(2020, 9, 27), LocalDate.of(2020, 11, 10));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> compare.renders() > renders
                && compare.states()[0].window().equals(compare.states()[1].window()));
        assertEquals(0, differing(robot, compare), "the same days, the same picture");

        // one pane's days changed: the 44-day war against a quiet stretch of 2019
        int before = compare.renders();
        setWindow(robot, "left", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 31));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> compare.renders() > before
                && compare.states()[0].window().start().getYear() == 2019);
        assertTrue(differing(robot, compare) > 100, "the war's incidents are drawn only on the right");

        // days that make no window are named, and there is nothing to export
        robot.interact(() -> robot.lookup("#compare-view-left-to").queryAs(DatePicker.class).setValue(LocalDate.of(2018, 1, 1)));
        assertEquals("The last day must not be before the first",
                robot.lookup("#compare-view-hint").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(robot.lookup("#compare-view-export").query().isDisabled());
        setWindow(robot, "left", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 31));
        assertTrue(!robot.lookup("#compare-view-export").query().isDisabled());

        // a drag in the left pane pans both panes and the main map
        MapState.Area area = compare.states()[0].area();
        int dragged = compare.renders();
        robot.moveTo("#compare-view-left").press(MouseButton.PRIMARY).moveBy(-120, 0).moveBy(-40, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> compare.renders() > dragged
                && !compare.states()[0].area().equals(area));
        MapState[] after = compare.states();
        assertEquals(after[0].area(), after[1].area(), "one area in both panes");
        assertTrue(after[0].area().lon() > area.lon(), "dragged left shows more of the east");
        assertEquals(TimeWindow.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 31)), after[0].window());
        assertEquals(TimeWindow.of(LocalDate.of(2020, 9, 27), LocalDate.of(2020, 11, 10)), after[1].window());
        assertNotEquals(after[0].window(), after[1].window());
        Viewport main = MainWindowFixture.settledViewport(window);
        assertEquals(after[0].area().lon(), main.centerLongitude(), 1e-3, "the main map follows");
        assertEquals(after[0].area().lat(), main.centerLatitude(), 1e-3, "the main map follows");
        robot.interact(() -> compare.stage().close());
    }

    private static void setWindow(FxRobot robot, String side, LocalDate from, LocalDate to) {
        robot.interact(() -> {
            robot.lookup("#compare-view-" + side + "-from").queryAs(DatePicker.class).setValue(from);
            robot.lookup("#compare-view-" + side + "-to").queryAs(DatePicker.class).setValue(to);
        });
    }

    /** How many pixels of the left pane's picture differ from the right pane's at the same place. */
    private static int differing(FxRobot robot, CompareWindow compare) {
        int[] count = {0};
        robot.interact(() -> {
            ImageView left = compare.view(0);
            ImageView right = compare.view(1);
            Image picture = left.getImage();
            PixelReader reader = picture.getPixelReader();
            Rectangle2D l = left.getViewport();
            Rectangle2D r = right.getViewport();
            for (int y = 0; y < (int) l.getHeight(); y++) {
                for (int x = 0; x < (int) Math.min(l.getWidth(), r.getWidth()); x++) {
                    if (reader.getArgb((int) l.getMinX() + x, y) != reader.getArgb((int) r.getMinX() + x, y)) {
                        count[0]++;
                    }
                }
            }
        });
        return count[0];
    }
}
