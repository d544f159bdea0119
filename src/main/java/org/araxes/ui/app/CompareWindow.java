// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.araxes.export.SideBySide;
import org.araxes.geo.Viewport;
import org.araxes.presentation.MapState;
import org.araxes.timeline.TimeWindow;
import org.araxes.ui.common.Messages;
import org.araxes.ui.export.CompareDialog;

/**
 * View ▸ Compare two dates…: a window with two panes over the main map's area, each with its own
 * window of days, drawn by the one renderer ({@link SideBySide#render} over states from
 * {@link MapState}, the bare map without a frame) and kept in step: dragging or scrolling either
 * pane pans or zooms both, and the main map follows so closing returns to the area reached.
 * While the mouse drags, both pictures slide at once; they are drawn anew once the input pauses
 * ({@link #DEBOUNCE}), the newest request replacing any waiting one.
 */
final class CompareWindow {

    /** How long the input must pause before the panes are drawn anew. */
    static final Duration DEBOUNCE = Duration.millis(150);

    private final MapOutputs outputs;
    private final CompareExport export;
    private final Stage stage = new Stage();
    private final Pane[] holders = {new Pane(), new Pane()};
    private final ImageView[] views = {new ImageView(), new ImageView()};
    private final DatePicker[][] pickers = {{new DatePicker(), new DatePicker()}, {new DatePicker(), new DatePicker()}};
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private MapState.Area area;
    private final MapState[] states = new MapState[2];
    private double pressX;
    private double pressY;
    private int renders;

    CompareWindow(MapOutputs outputs, CompareExport export) {
        this.outputs = outputs;
        this.export = export;
        TimeWindow now = outputs.model().incidents().timeline().getWindow();
        // the left pane a year before, the right the window shown now
        pickers[0][0].setValue(now.start().minusYears(1));
        pickers[0][1].setValue(now.end().minusYears(1));
        pickers[1][0].setValue(now.start());
        pickers[1][1].setValue(now.end());
        area = outputs.state().get().area();
        String[] sides = {"left", "right"};
        HBox panes = new HBox();
        for (int i = 0; i < 2; i++) {
            pickers[i][0].setId("compare-view-" + sides[i] + "-from");
            pickers[i][1].setId("compare-view-" + sides[i] + "-to");
            org.araxes.ui.common.DatePickers.iso(pickers[i]);
            for (DatePicker picker : pickers[i]) {
                picker.setPrefWidth(140);
                picker.valueProperty().addListener(o -> request());
            }
            HBox header = new HBox(8, new Label(Messages.get(i == 0 ? "compare.label.left" : "compare.label.right")),
                    pickers[i][0], new Label("–"), pickers[i][1]);
            header.setAlignment(Pos.CENTER_LEFT);
            header.setPadding(new Insets(6));
            Pane holder = holders[i];
            holder.setId("compare-view-" + sides[i]);
            holder.setMinSize(100, 100);
            holder.getChildren().add(views[i]);
            holder.setClip(new javafx.scene.shape.Rectangle());
            holder.layoutBoundsProperty().addListener((o, old, bounds) -> {
                ((javafx.scene.shape.Rectangle) holder.getClip()).setWidth(bounds.getWidth());
                ((javafx.scene.shape.Rectangle) holder.getClip()).setHeight(bounds.getHeight());
                request();
            });
            holder.setOnMousePressed(this::pressed);
            holder.setOnMouseDragged(this::dragged);
            holder.setOnMouseReleased(this::released);
            holder.setOnScroll(this::scrolled);
            VBox pane = new VBox(header, holder);
            VBox.setVgrow(holder, Priority.ALWAYS);
            HBox.setHgrow(pane, Priority.ALWAYS);
            pane.setPrefWidth(1);
            panes.getChildren().add(pane);
            if (i == 0) {
                Region rule = new Region();
                rule.setMinWidth(SideBySide.RULE);
                rule.setStyle("-fx-background-color: #333333;");
                panes.getChildren().add(rule);
            }
        }
        Button exportButton = new Button(Messages.get("compare.view.export"));
        exportButton.setId("compare-view-export");
        exportButton.setOnAction(e -> choice().ifPresent(c -> export.chooseFileAndExport(c, stage)));
        Label hint = new Label(Messages.get("compare.view.hint"));
        hint.setId("compare-view-hint");
        for (DatePicker[] pair : pickers) {
            for (DatePicker picker : pair) {
                // days that make no window: say so, and nothing to export
                picker.valueProperty().addListener(o -> {
                    boolean ok = choice().isPresent();
                    hint.setText(Messages.get(ok ? "compare.view.hint" : "animation.error.days"));
                    exportButton.setDisable(!ok);
                });
            }
        }
        HBox bar = new HBox(8, hint, exportButton);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(6));
        BorderPane root = new BorderPane(panes, null, null, bar, null);
        root.setId("compare-view");
        pause.setOnFinished(e -> render());
        stage.initOwner(outputs.owner().get());
        stage.setTitle(Messages.get("compare.dialog.title"));
        javafx.stage.Window owner = outputs.owner().get();
        stage.setScene(new Scene(root, Math.max(800, owner.getWidth() * 0.9), Math.max(500, owner.getHeight() * 0.85)));
        if (owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    /** Shows the window. */
    void show() {
        stage.show();
        request();
    }

    Stage stage() {
        return stage;
    }

    /** The state each pane shows now (left, right), or nulls before the first picture. */
    MapState[] states() {
        return states.clone();
    }

    /** How many times the panes were drawn. */
    int renders() {
        return renders;
    }

    /** The picture a pane shows (0 left, 1 right). */
    ImageView view(int pane) {
        return views[pane];
    }

    private java.util.Optional<CompareDialog.Choice> choice() {
        TimeWindow left = window(pickers[0]);
        TimeWindow right = window(pickers[1]);
        return left == null || right == null ? java.util.Optional.empty()
                : java.util.Optional.of(new CompareDialog.Choice(left, right));
    }

    private static TimeWindow window(DatePicker[] pair) {
        return CompareDialog.window(pair[0].getValue(), pair[1].getValue());
    }

    /** Asks for the panes to be drawn once the input pauses; a later request replaces a waiting one. */
    private void request() {
        pause.playFromStart();
    }

    /** Draws both panes now, with the one renderer, at the area and each pane's window. */
    private void render() {
        CompareDialog.Choice choice = choice().orElse(null);
        double width = Math.min(holders[0].getWidth(), holders[1].getWidth());
        double height = Math.min(holders[0].getHeight(), holders[1].getHeight());
        if (choice == null || width < 2 || height < 2) {
            return;
        }
        MapState base = outputs.state().get().withArea(area);
        int paneWidth = (int) Math.floor(width);
        MapState[] panes = SideBySide.panes(base, 2 * paneWidth + SideBySide.ruleWidth(1), (int) Math.floor(height), 1,
                choice.left(), choice.right());
        WritableImage picture = SideBySide.render(panes[0], panes[1], outputs.composer(), (composition, viewport) -> null);
        int[] halves = SideBySide.halves((int) picture.getWidth(), 1);
        for (int i = 0; i < 2; i++) {
            views[i].setImage(picture);
            views[i].setViewport(new Rectangle2D(i == 0 ? 0 : halves[0] + SideBySide.ruleWidth(1), 0, halves[i],
                    picture.getHeight()));
            views[i].setTranslateX(0);
            views[i].setTranslateY(0);
            states[i] = panes[i];
        }
        renders++;
        // the main map follows, so closing this window returns to the area reached
        outputs.map().show(area.lon(), area.lat(), area.zoom());
    }

    private Viewport areaViewport() {
        double width = Math.max(1, holders[0].getWidth());
        double height = Math.max(1, holders[0].getHeight());
        return Viewport.centeredOn(area.lon(), area.lat(), area.zoom(), width, height);
    }

    private void pressed(MouseEvent event) {
        pressX = event.getX();
        pressY = event.getY();
    }

    private void dragged(MouseEvent event) {
        for (ImageView view : views) {
            view.setTranslateX(event.getX() - pressX);
            view.setTranslateY(event.getY() - pressY);
        }
    }

    private void released(MouseEvent event) {
        panBy(pressX - event.getX(), pressY - event.getY());
    }

    /** Pans both panes by screen pixels (positive dx shows more of the east). */
    void panBy(double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return;
        }
        Viewport moved = areaViewport().pannedBy(dx, dy);
        area = new MapState.Area(moved.centerLongitude(), moved.centerLatitude(), area.zoom());
        request();
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() == 0) {
            return;
        }
        zoomBy(event.getDeltaY() > 0 ? 0.5 : -0.5, event.getX(), event.getY());
    }

    /** Zooms both panes by levels keeping the ground under a pane's point fixed. */
    void zoomBy(double delta, double pivotX, double pivotY) {
        Viewport zoomed = areaViewport().zoomedBy(delta, pivotX, pivotY);
        double zoom = org.araxes.ui.map.AtlasMapView.clampZoom(zoomed.zoom());
        area = new MapState.Area(zoomed.centerLongitude(), zoomed.centerLatitude(), zoom);
        request();
    }
}
