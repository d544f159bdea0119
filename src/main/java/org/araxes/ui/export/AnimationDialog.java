// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.export;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.araxes.export.AnimationFormat;
import org.araxes.export.ExportSize;
import org.araxes.timeline.AnimationFrames;
import org.araxes.timeline.WindowMode;
import org.araxes.ui.common.Messages;

/**
 * File ▸ Export animation…: the first and last day, the step between frames, the window each
 * frame shows (the timeline's moving window, one step, or everything from the first frame), the
 * speed, the size and the format. The line at the bottom says how many frames and seconds the
 * choices give, or what is wrong with them.
 */
public final class AnimationDialog extends Dialog<AnimationDialog.Choice> {

    /**
     * The choices made.
     *
     * @param from    the first frame's day
     * @param to      the last frame's day
     * @param step    the time between frames
     * @param windows the window each frame shows
     * @param fps     frames a second
     * @param size    the frames' size
     * @param format  MP4, GIF or PNG frames
     */
    public record Choice(LocalDate from, LocalDate to, AnimationFrames.Step step, AnimationFrames.Windows windows,
                         int fps, ExportSize size, AnimationFormat format) {
    }

    /** The sizes offered: the map's own, and three video sizes. */
    private static final int[][] SIZES = {{0, 0}, {1280, 720}, {1920, 1080}, {3840, 2160}};

    private final double screenWidth;
    private final double screenHeight;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<AnimationFrames.Step> step = new ComboBox<>();
    private final ToggleGroup windows = new ToggleGroup();
    private final Spinner<Integer> windowDays = new Spinner<>(1, 36_500, 365);
    private final Spinner<Integer> fps = new Spinner<>(1, 30, 4);
    private final ComboBox<String> size = new ComboBox<>();
    private final ComboBox<AnimationFormat> format = new ComboBox<>();
    private final Label summary = new Label();
    private String error = "";

    /**
     * @param firstDay   the first day offered (the timeline's window starts on it)
     * @param lastDay    the last day offered (the timeline's current day)
     * @param windowMode the timeline's window mode, offered first
     * @param windowLength the timeline's moving window in days
     */
    public AnimationDialog(Window owner, double screenWidth, double screenHeight, LocalDate firstDay, LocalDate lastDay,
                           WindowMode windowMode, int windowLength) {
        this.screenWidth = screenWidth;
        this.screenHeight = screenHeight;
        initOwner(owner);
        setTitle(Messages.get("animation.dialog.title"));
        setHeaderText(Messages.get("animation.dialog.header"));
        getDialogPane().setId("animation-dialog");
        org.araxes.ui.common.DatePickers.iso(from, to);
        from.setValue(firstDay);
        to.setValue(lastDay);
        from.setId("animation-from");
        to.setId("animation-to");
        step.getItems().addAll(AnimationFrames.Step.values());
        step.setValue(AnimationFrames.Step.MONTH);
        step.setId("animation-step");
        step.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AnimationFrames.Step value) {
                return value == null ? "" : Messages.get("animation.step." + value.cliName());
            }

            @Override
            public AnimationFrames.Step fromString(String text) {
                return null;
            }
        });
        RadioButton moving = new RadioButton(Messages.get("animation.window.moving"));
        moving.setUserData("moving");
        moving.setId("animation-window-moving");
        RadioButton oneStep = new RadioButton(Messages.get("animation.window.step"));
        oneStep.setUserData("step");
        oneStep.setId("animation-window-step");
        RadioButton cumulative = new RadioButton(Messages.get("animation.window.cumulative"));
        cumulative.setUserData("cumulative");
        cumulative.setId("animation-window-cumulative");
        for (RadioButton button : new RadioButton[] {moving, oneStep, cumulative}) {
            button.setToggleGroup(windows);
        }
        windows.selectToggle(windowMode == WindowMode.ACCUMULATE ? cumulative : moving);
        windowDays.getValueFactory().setValue(Math.max(1, windowLength));
        windowDays.setEditable(true);
        windowDays.setPrefWidth(90);
        windowDays.setId("animation-window-days");
        fps.setEditable(true);
        fps.setPrefWidth(80);
        fps.setId("animation-fps");
        for (int[] s : SIZES) {
            size.getItems().add(s[0] == 0 ? Messages.get("animation.size.map") : s[0] + " × " + s[1]);
        }
        size.getSelectionModel().select(2);
        size.setId("animation-size");
        format.getItems().addAll(AnimationFormat.values());
        format.setValue(AnimationFormat.MP4);
        format.setId("animation-format");
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AnimationFormat value) {
                return value == null ? "" : Messages.get("animation.format." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public AnimationFormat fromString(String text) {
                return null;
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Messages.get("animation.label.days")), new HBox(8, from, new Label("–"), to));
        grid.addRow(1, new Label(Messages.get("animation.label.step")), step);
        grid.addRow(2, new Label(Messages.get("animation.label.window")),
                new HBox(8, moving, windowDays, new Label(Messages.get("animation.days"))));
        grid.add(oneStep, 1, 3);
        grid.add(cumulative, 1, 4);
        grid.addRow(5, new Label(Messages.get("animation.label.speed")), new HBox(8, fps, new Label(Messages.get("animation.fps"))));
        grid.addRow(6, new Label(Messages.get("export.label.size")), size);
        grid.addRow(7, new Label(Messages.get("export.label.format")), format);
        summary.setId("animation-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(460);
        grid.add(summary, 1, 8);
        getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(Messages.get("export.button"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {from.valueProperty(), to.valueProperty(),
            step.valueProperty(), windows.selectedToggleProperty(), windowDays.valueProperty(), fps.valueProperty(),
            size.valueProperty(), format.valueProperty()}) {
            o.addListener(x -> update());
        }
        update();
        setResultConverter(button -> button == export ? choice().orElse(null) : null);
    }

    private void update() {
        windowDays.setDisable(!"moving".equals(windows.getSelectedToggle().getUserData()));
        Optional<Choice> choice = choice();
        summary.setText(choice.map(c -> Messages.format("animation.summary",
                String.valueOf(AnimationFrames.count(c.from(), c.to(), c.step())), String.valueOf(c.size().width()),
                String.valueOf(c.size().height()), String.format(Locale.ROOT, "%.1f",
                        AnimationFrames.count(c.from(), c.to(), c.step()) / (double) c.fps()))).orElse(error));
        getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0)).setDisable(choice.isEmpty());
    }

    /** The choices, when they make an animation; else empty, with {@link #error} saying why. */
    Optional<Choice> choice() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        if (first == null || last == null || last.isBefore(first)) {
            error = Messages.get("animation.error.days");
            return Optional.empty();
        }
        if (AnimationFrames.count(first, last, step.getValue()) > AnimationFrames.MAX_FRAMES) {
            error = Messages.format("animation.error.frames", String.valueOf(AnimationFrames.MAX_FRAMES));
            return Optional.empty();
        }
        int[] chosen = SIZES[Math.max(0, size.getSelectionModel().getSelectedIndex())];
        // the map's own size, made even for the MP4's 4:2:0 colour
        ExportSize frameSize = chosen[0] == 0
                ? ExportSize.custom((int) screenWidth & ~1, (int) screenHeight & ~1, screenWidth, screenHeight)
                : ExportSize.custom(chosen[0], chosen[1], screenWidth, screenHeight);
        Object which = windows.getSelectedToggle().getUserData();
        AnimationFrames.Windows shown = "cumulative".equals(which) ? AnimationFrames.Windows.cumulative()
                : "step".equals(which) ? AnimationFrames.Windows.oneStep()
                : AnimationFrames.Windows.moving(windowDays.getValue());
        error = "";
        return Optional.of(new Choice(first, last, step.getValue(), shown, fps.getValue(), frameSize, format.getValue()));
    }
}
