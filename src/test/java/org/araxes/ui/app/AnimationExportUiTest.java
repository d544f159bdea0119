// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.araxes.export.AnimationFormat;
import org.araxes.export.ExportSize;
import org.araxes.timeline.AnimationFrames;
import org.araxes.ui.export.AnimationDialog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export animation…: the dialog's count of frames, the animation written off the window's thread, Cancel. */
@ExtendWith(ApplicationExtension.class)
class AnimationExportUiTest {

    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    @Test
    @DisplayName("the dialog counts the frames and seconds of September 2020 to December 2023 by month")
    void dialogCounts(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        Platform.runLater(() -> MainWindowFixture.fireMenuItem(window, "menu-export-animation"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#animation-dialog").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#animation-from").queryAs(DatePicker.class).setValue(LocalDate.of(2020, 9, 1));
            robot.lookup("#animation-to").queryAs(DatePicker.class).setValue(LocalDate.of(2023, 12, 1));
        });
        assertEquals("40 frames of 1920 × 1080 pixels, 10.0 s", robot.lookup("#animation-summary").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#animation-to").queryAs(DatePicker.class).setValue(LocalDate.of(2020, 8, 1)));
        assertEquals("The last day must not be before the first", robot.lookup("#animation-summary").queryAs(Label.class).getText());
        DialogPane pane = robot.lookup("#animation-dialog").queryAs(DialogPane.class);
        robot.interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
    }

    @Test
    @DisplayName("an animation is written off the window's thread with a progress bar; Cancel leaves no file")
    void writesAndCancels(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        Node bar = robot.lookup("#animation-export-progress").query();
        assertFalse(MainWindowFixture.shown(bar), "no bar before an animation");
        Path gif = folder.resolve("months.gif");
        AnimationDialog.Choice three = new AnimationDialog.Choice(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 10, 1),
                AnimationFrames.Step.MONTH, AnimationFrames.Windows.moving(90), 2, ExportSize.custom(320, 200, 640, 400),
                AnimationFormat.GIF);
        robot.interact(() -> window.animationExport().export(three, gif));
        assertTrue(MainWindowFixture.shown(bar), "the bar shows while it is written");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !MainWindowFixture.shown(bar));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("Wrote months.gif: 3 frames in "));
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            assertEquals(320, reader.read(0).getWidth());
        } finally {
            reader.dispose();
        }

        Path mp4 = folder.resolve("years.mp4");
        AnimationDialog.Choice long_ = new AnimationDialog.Choice(LocalDate.of(2000, 1, 1), LocalDate.of(2023, 1, 1),
                AnimationFrames.Step.WEEK, AnimationFrames.Windows.oneStep(), 4, ExportSize.custom(320, 200, 640, 400),
                AnimationFormat.MP4);
        robot.interact(() -> window.animationExport().export(long_, mp4));
        // the status bar's Cancel, pressed once it is there (a click could land before the bar is laid out)
        javafx.scene.control.Button cancel = robot.lookup("#animation-export-cancel").queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cancel.isVisible() && !cancel.isDisabled());
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !MainWindowFixture.shown(bar));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Cancelled: years.mp4 was not written", robot.lookup("#status").queryAs(Label.class).getText());
        assertFalse(Files.exists(mp4));
    }

    @Test
    @DisplayName("File ▸ Export comparison… writes the map's area at two windows side by side, twice the map's width")
    void comparison(FxRobot robot) throws Exception {
        org.araxes.geo.Viewport screen = MainWindowFixture.settledViewport(window);
        Path png = folder.resolve("2019-2023.png");
        org.araxes.ui.export.CompareDialog.Choice years = new org.araxes.ui.export.CompareDialog.Choice(
                org.araxes.timeline.TimeWindow.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
                org.araxes.timeline.TimeWindow.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
        robot.interact(() -> window.compareExport().export(years, png.toFile(), screen));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#status").queryAs(Label.class).getText()
                .startsWith("Wrote 2019-2023.png"));
        java.awt.image.BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2 * (int) Math.round(screen.width()) + 2, image.getWidth());
        assertEquals((int) Math.round(screen.height()), image.getHeight());
        assertEquals(0x333333, image.getRGB((int) Math.round(screen.width()), 10) & 0xffffff, "the rule between the panes");
    }
}
