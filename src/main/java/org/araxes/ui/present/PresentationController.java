// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.present;

import org.araxes.ui.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.araxes.geo.Viewport;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentStore;
import org.araxes.presentation.Story;
import org.araxes.presentation.StoryStep;
import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.state.MainViewModel;

/**
 * Presentation mode: a story shown step by step over the live map, full screen, with big type.
 *
 * <p>Keys while presenting: Page Down, →, ↓, Space and Enter go to the next step; Page Up, ←, ↑ and
 * Backspace to the previous one (what presentation clickers send); Home and End to the first and
 * last; B or . blanks the screen and back; P toggles a pen that draws over the map until the next
 * step; N shows or hides the presenter notes (on a second screen they are always shown there); Esc
 * leaves. F5 starts the story, F11 toggles full screen at any time.
 */
public final class PresentationController {

    /** Shows the map alone (true) or the whole window (false); the main window does this. */
    public interface Layout {
        /** Switches between the map alone and the full window. */
        void showMapOnly(boolean mapOnly);
    }

    private final MainViewModel model;
    private final AtlasMapView map;
    private final ViewApplier applier;
    private final Layout layout;
    private final Consumer<String> status;

    private final ObjectProperty<Story> story = new SimpleObjectProperty<>(this, "story");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final BooleanProperty blank = new SimpleBooleanProperty(this, "blank");
    private final BooleanProperty pen = new SimpleBooleanProperty(this, "pen");
    private final BooleanProperty notesShown = new SimpleBooleanProperty(this, "notesShown");

    private final Canvas highlights = new Canvas();
    private final Canvas penCanvas = new Canvas();
    private final Label caption = new Label();
    private final Label stepLine = new Label();
    private final VBox captionBox = new VBox(6, caption, stepLine);
    private final Label notes = new Label();
    private final Region blankRegion = new Region();
    private final List<Node> overlays;
    private NotesWindow notesWindow;
    private final java.util.Map<Node, Boolean> hiddenTools = new java.util.IdentityHashMap<>();
    private boolean wasFullScreen;
    /** What the window showed before presenting: shown again on leaving. */
    private org.araxes.presentation.MapState before;
    private double lastX;
    private double lastY;

    /**
     * @param model   the main view-model
     * @param map     the map the story is shown on
     * @param applier shows each step's view
     * @param layout  switches the window between the map alone and everything
     * @param status  receives status-line messages
     */
    public PresentationController(MainViewModel model, AtlasMapView map, ViewApplier applier, Layout layout,
                                  Consumer<String> status) {
        this.model = model;
        this.map = map;
        this.applier = applier;
        this.layout = layout;
        this.status = status;

        highlights.setId("presentation-highlight");
        highlights.setMouseTransparent(true);
        penCanvas.setId("presentation-pen");
        penCanvas.setMouseTransparent(true);
        for (Canvas canvas : List.of(highlights, penCanvas)) {
            canvas.widthProperty().bind(map.widthProperty());
            canvas.heightProperty().bind(map.heightProperty());
            canvas.setManaged(false);
        }
        caption.setId("presentation-caption");
        caption.getStyleClass().add("presentation-caption");
        caption.setWrapText(true);
        stepLine.setId("presentation-step");
        stepLine.getStyleClass().add("presentation-step");
        captionBox.setId("presentation-caption-box");
        captionBox.getStyleClass().add("presentation-caption-box");
        captionBox.setMaxHeight(Region.USE_PREF_SIZE);
        captionBox.setMouseTransparent(true);
        StackPane.setAlignment(captionBox, Pos.BOTTOM_CENTER);
        notes.setId("presentation-notes");
        notes.getStyleClass().add("presentation-notes");
        notes.setWrapText(true);
        notes.setMaxWidth(460);
        notes.setMaxHeight(Region.USE_PREF_SIZE);
        notes.setMouseTransparent(true);
        notes.visibleProperty().bind(notesShown);
        StackPane.setAlignment(notes, Pos.TOP_LEFT);
        StackPane.setMargin(notes, new Insets(16));
        blankRegion.setId("presentation-blank");
        blankRegion.setStyle("-fx-background-color: black;");
        blankRegion.visibleProperty().bind(blank);
        blankRegion.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        overlays = List.of(highlights, penCanvas, captionBox, notes, blankRegion);

        pen.addListener((o, old, on) -> {
            penCanvas.setMouseTransparent(!on);
            penCanvas.setCursor(on ? Cursor.CROSSHAIR : Cursor.DEFAULT);
            status.accept(Messages.get(on ? "present.pen.on" : "present.pen.off"));
        });
        penCanvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getX();
            lastY = e.getY();
            e.consume();
        });
        penCanvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            GraphicsContext gc = penCanvas.getGraphicsContext2D();
            gc.setStroke(Color.web("#e6194b"));
            gc.setLineWidth(Math.max(4, map.getHeight() / 200));
            gc.setLineCap(StrokeLineCap.ROUND);
            gc.setLineJoin(StrokeLineJoin.ROUND);
            gc.strokeLine(lastX, lastY, e.getX(), e.getY());
            lastX = e.getX();
            lastY = e.getY();
            e.consume();
        });
        penCanvas.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        map.viewportProperty().addListener(o -> drawHighlights());
        map.heightProperty().addListener(o -> sizeType());
        // the map takes the whole window, then the screen, after the step was shown: fit the step
        // again at the map's new size (a flight under way would land at the old size's zoom)
        javafx.beans.InvalidationListener refit = o -> {
            if (presenting.get() && index.get() >= 0) {
                double[] t = applier.target(story.get().step(index.get()).view().extent());
                applier.flight().stop();
                map.show(t[0], t[1], t[2]);
            }
        };
        map.widthProperty().addListener(refit);
        map.heightProperty().addListener(refit);
        index.addListener(o -> drawHighlights());
        applier.ringedProperty().addListener(o -> drawHighlights());
    }

    /** The story shown (or to be shown). */
    public ObjectProperty<Story> storyProperty() {
        return story;
    }

    /** The index of the step shown, or -1. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Whether presentation mode is on. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** Whether the screen is blanked. */
    public BooleanProperty blankProperty() {
        return blank;
    }

    /** Whether the pen is on. */
    public BooleanProperty penProperty() {
        return pen;
    }

    /** Whether the notes overlay is shown (one screen only). */
    public BooleanProperty notesShownProperty() {
        return notesShown;
    }

    /** The pen's drawing surface (tests read its pixels). */
    public Canvas penCanvas() {
        return penCanvas;
    }

    /** Handles the presentation keys on a scene; F5 and F11 work at any time. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.F5) {
                if (!presenting.get()) {
                    start(story.get(), true);
                }
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.F11) {
                toggleFullScreen();
                e.consume();
                return;
            }
            if (presenting.get() && presentationKey(e.getCode())) {
                e.consume();
            }
        });
    }

    private boolean presentationKey(KeyCode code) {
        switch (code) {
            case PAGE_DOWN, RIGHT, DOWN, SPACE, ENTER -> next();
            case PAGE_UP, LEFT, UP, BACK_SPACE -> previous();
            case HOME -> go(0);
            case END -> go(story.get().size() - 1);
            case B, PERIOD -> blank.set(!blank.get());
            case P -> pen.set(!pen.get());
            case N -> notesShown.set(!notesShown.get());
            case ESCAPE -> stop();
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts presenting a story from its first step.
     *
     * @param fullScreen whether to go full screen (the window's own state comes back at the end)
     */
    public void start(Story value, boolean fullScreen) {
        if (value == null) {
            status.accept(Messages.get("present.noStory"));
            return;
        }
        story.set(value);
        if (!presenting.get()) {
            before = applier.state();
            presenting.set(true);
            layout.showMapOnly(true);
            map.showCardAt(-1, -1); // closes an open feature card: the audience sees the map and the caption
            // the map's buttons and tool bars are for the presenter's desk, not the projector
            for (Node child : map.getChildren()) {
                if (!"map".equals(child.getId()) && !child.getStyleClass().contains("scale-bar") && child.isVisible()
                        && !child.visibleProperty().isBound()) {
                    hiddenTools.put(child, Boolean.TRUE);
                    child.setVisible(false);
                }
            }
            map.getChildren().addAll(overlays);
            map.getScene().getRoot().applyCss();
            map.getScene().getRoot().layout();
            map.getScene().getRoot().getStyleClass().add("presenting");
            Stage stage = stage();
            if (stage != null) {
                wasFullScreen = stage.isFullScreen();
                if (fullScreen) {
                    stage.setFullScreenExitHint("");
                    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                    stage.setFullScreen(true);
                }
            }
            openNotesWindow();
            // never smaller than the presenter already had it
            map.setLabelScale(Math.max(before.presentationScale(), labelScaleFor(screenHeight())));
        }
        sizeType();
        index.set(-1);
        go(0);
        map.requestFocus();
    }

    /** Leaves presentation mode: the window comes back as it was. */
    public void stop() {
        if (!presenting.get()) {
            return;
        }
        applier.flight().stop();
        blank.set(false);
        pen.set(false);
        notesShown.set(false);
        clearPen();
        map.getChildren().removeAll(overlays);
        hiddenTools.keySet().forEach(n -> n.setVisible(true));
        hiddenTools.clear();
        map.getScene().getRoot().getStyleClass().remove("presenting");
        layout.showMapOnly(false);
        // the window as it was: map area, time window, layers, filter, selection, label size, no rings
        applier.show(before, false);
        before = null;
        Stage stage = stage();
        if (stage != null && !wasFullScreen) {
            stage.setFullScreen(false);
        }
        if (notesWindow != null) {
            notesWindow.close();
            notesWindow = null;
        }
        presenting.set(false);
        index.set(-1);
        status.accept(Messages.get("present.ended"));
        map.requestFocus();
    }

    /** Next step; false at the last one. A blank screen comes back first. */
    public boolean next() {
        if (blank.get()) {
            blank.set(false);
            return true;
        }
        return go(index.get() + 1);
    }

    /** Previous step; false at the first one. */
    public boolean previous() {
        if (blank.get()) {
            blank.set(false);
            return true;
        }
        return go(index.get() - 1);
    }

    /** Shows a step (0-based); false when there is no such step. */
    public boolean go(int step) {
        Story s = story.get();
        if (s == null || step < 0 || step >= s.size() || step == index.get()) {
            return false;
        }
        clearPen();
        StoryStep shown = s.step(step);
        index.set(step);
        applier.apply(shown, true);
        caption.setText(shown.caption());
        stepLine.setText((step + 1) + " / " + s.size() + "   ·   " + s.title());
        // with one screen the notes show on the projected picture: say so, and how to read them alone
        notes.setText((notesWindow == null ? Messages.get("present.notes.oneScreen") + "\n\n" : "") + notesText(s, step));
        if (notesWindow != null) {
            notesWindow.show(s, step);
        }
        drawHighlights();
        return true;
    }

    static String notesText(Story s, int step) {
        StoryStep shown = s.step(step);
        StringBuilder text = new StringBuilder();
        text.append(Messages.format("present.notes.heading", String.valueOf(step + 1), String.valueOf(s.size()))).append('\n');
        text.append(shown.notes().isEmpty() ? Messages.get("present.noNotes") : shown.notes());
        text.append("\n\n").append(Messages.format("present.next", step + 1 < s.size() ? s.step(step + 1).caption() : Messages.get("present.end")));
        return text.toString();
    }

    private void clearPen() {
        penCanvas.getGraphicsContext2D().clearRect(0, 0, penCanvas.getWidth(), penCanvas.getHeight());
    }

    private void toggleFullScreen() {
        Stage stage = stage();
        if (stage != null) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    private Stage stage() {
        Scene scene = map.getScene();
        return scene != null && scene.getWindow() instanceof Stage stage ? stage : null;
    }

    private void openNotesWindow() {
        List<Screen> screens = Screen.getScreens();
        Stage stage = stage();
        if (screens.size() < 2 || stage == null) {
            return;
        }
        Screen presenterScreen = screens.stream()
                .filter(s -> !s.getBounds().contains(stage.getX() + stage.getWidth() / 2, stage.getY() + stage.getHeight() / 2))
                .findFirst().orElse(screens.get(1));
        notesWindow = new NotesWindow(stage, presenterScreen);
    }

    /**
     * The map's label scale for presenting on a screen of this height: 1 up to 800 px (a laptop),
     * growing about 0.6 per 280 px (1.6 at 1080 px), at most 2.2 (1440 px and more), so place names
     * read from the back of a room.
     */
    public static double labelScaleFor(double screenHeight) {
        if (!(screenHeight > 800)) {
            return 1;
        }
        return Math.min(2.2, 1 + (screenHeight - 800) / 467);
    }

    /** The height of the screen the window stands on (the projector when presenting there). */
    private double screenHeight() {
        Stage stage = stage();
        Screen screen = Screen.getPrimary();
        if (stage != null) {
            List<Screen> under = Screen.getScreensForRectangle(stage.getX(), stage.getY(),
                    Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()));
            if (!under.isEmpty()) {
                screen = under.get(0);
            }
        }
        return screen.getBounds().getHeight();
    }

    /** Type sized for the room: the caption is about a 24th of the screen height. */
    private void sizeType() {
        double h = Math.max(300, map.getHeight());
        double size = Math.max(20, Math.min(48, h / 24));
        caption.setStyle("-fx-font-size: " + Math.round(size) + "px;");
        stepLine.setStyle("-fx-font-size: " + Math.round(size * 0.5) + "px;");
        captionBox.setMaxWidth(Math.max(400, map.getWidth() * 0.86));
        StackPane.setMargin(captionBox, new Insets(0, 0, Math.round(h / 14), 0));
        notes.setStyle("-fx-font-size: " + Math.round(Math.max(14, size * 0.5)) + "px;");
    }

    private void drawHighlights() {
        GraphicsContext gc = highlights.getGraphicsContext2D();
        gc.clearRect(0, 0, highlights.getWidth(), highlights.getHeight());
        Story s = story.get();
        Viewport v = map.getViewport();
        if (!presenting.get() || s == null || index.get() < 0 || v == null) {
            map.setLabelObstacles(List.of());
            return;
        }
        IncidentStore store = model.incidents().store();
        double r = Math.max(16, map.getHeight() / 40);
        List<AtlasMapView.Ring> rings = new java.util.ArrayList<>();
        for (String id : applier.ringedProperty().get()) {
            int i = store.indexOf(id);
            if (i < 0) {
                continue;
            }
            Incident incident = store.get(i);
            if (incident.point() == null) {
                continue;
            }
            double x = v.screenX(incident.point().lon());
            double y = v.screenY(incident.point().lat());
            rings.add(new AtlasMapView.Ring(incident.point().lon(), incident.point().lat(), r + r / 6));
            gc.setStroke(Color.rgb(255, 255, 255, 0.9));
            gc.setLineWidth(r / 3);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(Color.web("#d62728"));
            gc.setLineWidth(r / 6);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        map.setLabelObstacles(rings); // the names move off the rings, as off the incident marks
    }

    /** A presentation story file's folder is resolved by the caller; here only for messages. */
    static String shortName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
