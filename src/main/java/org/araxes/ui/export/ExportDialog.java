// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.export;

import org.araxes.ui.common.Messages;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.araxes.export.ExportSize;
import org.araxes.render.FrameElement;

/**
 * File ▸ Export…: the format (PNG, SVG or the clipboard), the size (1×, 2×, 4× the map, a chosen
 * size, or A4/A3 for print), the resolution, the title and which evidence-frame elements to print.
 * The line at the bottom says the pixel size the choices give, or what is wrong with them.
 */
public final class ExportDialog extends Dialog<ExportDialog.Choice> {

    /** What to export to. */
    public enum Format { PNG, SVG, CLIPBOARD }

    /**
     * The choices made.
     *
     * @param format   where to
     * @param size     pixels, scale and dpi
     * @param title    the title, "" for none
     * @param elements the frame elements switched on
     */
    public record Choice(Format format, ExportSize size, String title, Set<FrameElement> elements) {

        public Choice {
            elements = elements.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(elements));
            title = title == null ? "" : title;
        }
    }

    private final double screenWidth;
    private final double screenHeight;
    private final ToggleGroup formats = new ToggleGroup();
    private final ToggleGroup sizes = new ToggleGroup();
    private final TextField customWidth = new TextField("3840");
    private final TextField customHeight = new TextField("2160");
    private final ComboBox<Integer> dpi = new ComboBox<>();
    private final CheckBox portrait = new CheckBox(Messages.get("export.portrait"));
    private final TextField title = new TextField();
    private final Map<FrameElement, CheckBox> elementBoxes = new LinkedHashMap<>();
    private final Label summary = new Label();
    private final Label sidecar = new Label();

    public ExportDialog(Window owner, double screenWidth, double screenHeight, String suggestedTitle) {
        this.screenWidth = screenWidth;
        this.screenHeight = screenHeight;
        initOwner(owner);
        setTitle(Messages.get("export.dialog.title"));
        setHeaderText(Messages.get("export.dialog.header"));
        getDialogPane().setId("export-dialog");

        HBox formatRow = new HBox(12);
        for (Format format : Format.values()) {
            RadioButton button = new RadioButton(switch (format) {
                case PNG -> Messages.get("export.fileType");
                case SVG -> Messages.get("export.format.svg");
                case CLIPBOARD -> Messages.get("export.format.clipboard");
            });
            button.setId("export-format-" + format.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(format);
            button.setToggleGroup(formats);
            formatRow.getChildren().add(button);
        }
        formats.selectToggle(formats.getToggles().get(0));

        FlowPane sizeRow = new FlowPane(12, 6);
        String[][] choices = {{"1", Messages.format("export.size.scale", 1)}, {"2", Messages.format("export.size.scale", 2)},
            {"4", Messages.format("export.size.scale", 4)}, {"custom", Messages.get("export.size.custom")},
            {"a4", Messages.get("export.size.a4")}, {"a3", Messages.get("export.size.a3")}};
        for (String[] choice : choices) {
            RadioButton button = new RadioButton(choice[1]);
            button.setId("export-size-" + choice[0]);
            button.setUserData(choice[0]);
            button.setToggleGroup(sizes);
            sizeRow.getChildren().add(button);
            if (choice[0].equals("custom")) {
                customWidth.setPrefColumnCount(5);
                customHeight.setPrefColumnCount(5);
                customWidth.setId("export-width");
                customHeight.setId("export-height");
                sizeRow.getChildren().add(new HBox(4, customWidth, new Label("×"), customHeight));
            }
        }
        sizes.selectToggle(sizes.getToggles().get(1));
        dpi.getItems().addAll(96, 150, 300, 600);
        dpi.setValue(96);
        dpi.setId("export-dpi");
        portrait.setId("export-portrait");
        title.setText(suggestedTitle == null ? "" : suggestedTitle);
        title.setPromptText(Messages.get("export.titlePrompt"));
        title.setId("export-title");

        FlowPane elementRow = new FlowPane(12, 6);
        for (FrameElement element : FrameElement.values()) {
            CheckBox box = new CheckBox(Messages.label(element));
            box.setSelected(true);
            box.setId("export-element-" + element.cliName());
            elementBoxes.put(element, box);
            elementRow.getChildren().add(box);
        }
        elementRow.setPrefWrapLength(520);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, label(Messages.get("export.label.format")), formatRow);
        grid.addRow(1, label(Messages.get("export.label.size")), sizeRow);
        grid.addRow(2, label(Messages.get("export.label.resolution")), new HBox(10, dpi, new Label(Messages.get("export.dpi")), portrait));
        grid.addRow(3, label(Messages.get("export.label.title")), title);
        grid.addRow(4, label(Messages.get("export.label.frame")), elementRow);
        summary.setId("export-summary");
        grid.add(summary, 1, 5);
        sidecar.setId("export-sidecar");
        sidecar.setWrapText(true);
        sidecar.setMaxWidth(520);
        grid.add(sidecar, 1, 6);
        sizeRow.setPrefWrapLength(520);
        getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(Messages.get("export.button"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);

        sizes.selectedToggleProperty().addListener(o -> sizeChanged());
        formats.selectedToggleProperty().addListener(o -> update());
        customWidth.textProperty().addListener(o -> update());
        customHeight.textProperty().addListener(o -> update());
        dpi.valueProperty().addListener(o -> update());
        portrait.selectedProperty().addListener(o -> update());
        sizeChanged();
        getDialogPane().lookupButton(export).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (size().isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == export ? choice().orElse(null) : null);
    }

    /** A row label that keeps its whole text. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private void sizeChanged() {
        String which = (String) sizes.getSelectedToggle().getUserData();
        boolean paper = which.equals("a4") || which.equals("a3");
        portrait.setDisable(!paper);
        customWidth.setDisable(!which.equals("custom"));
        customHeight.setDisable(!which.equals("custom"));
        if (paper && dpi.getValue() != null && dpi.getValue() < 150) {
            dpi.setValue(300);
        }
        update();
    }

    private void update() {
        Format format = (Format) formats.getSelectedToggle().getUserData();
        Optional<ExportSize> size = size();
        summary.setText(size.map(s -> Messages.format("export.summary", String.valueOf(s.width()), String.valueOf(s.height()))
                + (format == Format.PNG ? Messages.format("export.summary.dpi", String.valueOf(s.dpi())) : "")
                + (s.width() * (long) s.height() > 20_000_000 ? Messages.get("export.summary.large") : ""))
                .orElse(error));
        getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0)).setDisable(size.isEmpty());
        // the sources the frame only counts are listed in full beside the file (a clipboard picture has none)
        sidecar.setText(format == Format.CLIPBOARD ? "" : Messages.format("export.sidecar",
                org.araxes.export.SourcesSidecar.name(java.nio.file.Path.of(defaultFileName(format))),
                defaultFileName(format)));
    }

    /** The file name the save dialog suggests for a format. */
    public static String defaultFileName(Format format) {
        return format == Format.SVG ? "araxes-map.svg" : "araxes-map.png";
    }

    private String error = "";

    /** The size the choices give, or empty (with {@link #error} saying why). */
    Optional<ExportSize> size() {
        String which = (String) sizes.getSelectedToggle().getUserData();
        int dots = dpi.getValue() == null ? ExportSize.SCREEN_DPI : dpi.getValue();
        try {
            ExportSize size = switch (which) {
                case "a4" -> ExportSize.ofPaper(ExportSize.Paper.A4, dots, !portrait.isSelected());
                case "a3" -> ExportSize.ofPaper(ExportSize.Paper.A3, dots, !portrait.isSelected());
                case "custom" -> ExportSize.custom(Integer.parseInt(customWidth.getText().trim()),
                        Integer.parseInt(customHeight.getText().trim()), screenWidth, screenHeight).withDpi(dots);
                default -> ExportSize.ofScreen(screenWidth, screenHeight, Double.parseDouble(which)).withDpi(dots);
            };
            error = "";
            return Optional.of(size);
        } catch (NumberFormatException e) {
            error = Messages.get("export.badSize");
        } catch (IllegalArgumentException e) {
            error = Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1);
        }
        return Optional.empty();
    }

    /** The choices, if the size is valid. */
    Optional<Choice> choice() {
        EnumSet<FrameElement> on = EnumSet.noneOf(FrameElement.class);
        elementBoxes.forEach((element, box) -> {
            if (box.isSelected()) {
                on.add(element);
            }
        });
        Format format = (Format) formats.getSelectedToggle().getUserData();
        return size().map(s -> new Choice(format, s, title.getText().strip(), on));
    }
}
