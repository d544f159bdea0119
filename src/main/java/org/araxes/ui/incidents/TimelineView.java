// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import org.araxes.ui.common.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.StringConverter;
import org.araxes.incidents.Category;
import org.araxes.incidents.IncidentStore;
import org.araxes.timeline.Histogram;
import org.araxes.timeline.PlaySpeed;
import org.araxes.timeline.TimeAxis;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;

/**
 * The timeline under the map: controls (play, previous/next, speed, window mode and length, zoom),
 * a histogram of incidents per time bin coloured by category with imprecise dates as soft bars
 * across their spans, and a slider for the current day over the zoomed part of time.
 *
 * <p>Keyboard, when the timeline has focus: Space plays or pauses; ← and → move one step of the
 * current zoom (a day when zoomed to days, a year at decades); Shift+← and Shift+→ go to the
 * previous and next incident; Home and End go to the first and last day; + and − zoom. The mouse
 * wheel over the histogram zooms about the pointer and a click there sets the day.
 */
public final class TimelineView extends VBox {

    /** Most incidents in view for which the soft bars are drawn one by one. */
    static final int SOFT_BAR_LIMIT = 5000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Horizontal inset of the slider's track, matched by the histogram so days line up. */
    private static final double INSET = 8;

    private final IncidentsViewModel model;
    private final TimelineViewModel timeline;
    private final Canvas canvas = new Canvas();
    /** The colour of the marks of map layer changes (no incident category uses it). */
    private static final Color LAYER_CHANGE = Color.web("#6a3d9a");
    /** The date of the window, whose theme-given text colour the histogram's ticks take. */
    private final Label date;
    private final Slider slider = new Slider();
    private boolean dirty;
    private long lastFrame;

    public TimelineView(IncidentsViewModel model) {
        this.model = model;
        this.timeline = model.timeline();
        setId("timeline");
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        setSpacing(2);
        setPadding(new Insets(4, 8, 4, 8));

        Button play = new Button();
        play.setId("timeline-play");
        play.textProperty().bind(javafx.beans.binding.Bindings.when(timeline.playingProperty()).then(Messages.get("timeline.pause")).otherwise(Messages.get("timeline.play")));
        FontIcon playIcon = new FontIcon("mdi2p-play");
        playIcon.iconCodeProperty().bind(javafx.beans.binding.Bindings.when(timeline.playingProperty())
                .then((org.kordamp.ikonli.Ikon) MaterialDesignP.PAUSE).otherwise(MaterialDesignP.PLAY));
        play.setGraphic(playIcon);
        play.setTooltip(new Tooltip(Messages.get("timeline.play.tooltip")));
        play.setOnAction(e -> timeline.togglePlay());
        Button previous = new Button(null, new FontIcon("mdi2s-skip-previous"));
        previous.setId("timeline-prev");
        previous.setTooltip(new Tooltip(Messages.get("timeline.previous.tooltip")));
        previous.setOnAction(e -> timeline.stepPrevious());
        Button next = new Button(null, new FontIcon("mdi2s-skip-next"));
        next.setId("timeline-next");
        next.setTooltip(new Tooltip(Messages.get("timeline.next.tooltip")));
        next.setOnAction(e -> timeline.stepNext());

        ChoiceBox<PlaySpeed> speed = new ChoiceBox<>(FXCollections.observableArrayList(PlaySpeed.values()));
        speed.setId("timeline-speed");
        speed.setConverter(converter(Messages::label));
        speed.valueProperty().bindBidirectional(timeline.speedProperty());
        speed.setTooltip(new Tooltip(Messages.get("timeline.speed.tooltip")));
        ChoiceBox<WindowMode> mode = new ChoiceBox<>(FXCollections.observableArrayList(WindowMode.values()));
        mode.setId("timeline-mode");
        mode.setConverter(converter(Messages::label));
        mode.valueProperty().bindBidirectional(timeline.modeProperty());
        mode.setTooltip(new Tooltip(Messages.get("timeline.mode.tooltip")));
        ChoiceBox<Integer> length = new ChoiceBox<>();
        length.setId("timeline-window");
        length.setConverter(converter(TimelineView::lengthLabel));
        // the box shows the window's real length: the offered ones, and the window's own while it is another
        Runnable showLength = () -> {
            int days = timeline.windowDaysProperty().get();
            List<Integer> offered = new ArrayList<>();
            for (int d : TimelineViewModel.WINDOW_LENGTHS) {
                offered.add(d);
            }
            if (!offered.contains(days)) {
                offered.add(days);
                offered.sort(null);
            }
            if (!length.getItems().equals(offered)) {
                length.getItems().setAll(offered);
                // wide enough for its longest label: a ChoiceBox sizes itself to the label it shows,
                // and one changed while the timeline is out of the window (presenting) kept a
                // narrower label's width when it came back
                javafx.scene.text.Text measure = new javafx.scene.text.Text();
                measure.setFont(javafx.scene.text.Font.getDefault());
                double widest = 0;
                for (int d : offered) {
                    measure.setText(lengthLabel(d));
                    widest = Math.max(widest, measure.getLayoutBounds().getWidth());
                }
                length.setMinWidth(Math.ceil(widest * 1.15) + 48); // the theme's type, the arrow and padding
            }
            length.setValue(days);
        };
        showLength.run();
        timeline.windowDaysProperty().addListener((o, old, v) -> showLength.run());
        length.valueProperty().addListener((o, old, v) -> {
            if (v != null) {
                timeline.windowDaysProperty().set(v);
            }
        });
        length.disableProperty().bind(timeline.modeProperty().isEqualTo(WindowMode.ACCUMULATE));
        length.setTooltip(new Tooltip(Messages.get("timeline.length.tooltip")));
        Button zoomIn = new Button(null, new FontIcon("mdi2p-plus"));
        zoomIn.setId("timeline-zoom-in");
        zoomIn.setTooltip(new Tooltip(Messages.get("timeline.zoomIn.tooltip")));
        zoomIn.setOnAction(e -> timeline.zoom(2));
        Button zoomOut = new Button(null, new FontIcon("mdi2m-minus"));
        zoomOut.setId("timeline-zoom-out");
        zoomOut.setTooltip(new Tooltip(Messages.get("timeline.zoomOut.tooltip")));
        zoomOut.setOnAction(e -> timeline.zoom(0.5));
        Button fit = new Button(Messages.get("timeline.fit"));
        fit.setId("timeline-zoom-all");
        fit.setTooltip(new Tooltip(Messages.get("timeline.fit.tooltip")));
        fit.setOnAction(e -> timeline.zoomToData());
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {play, previous, next, speed, mode, length, zoomIn, zoomOut, fit}) {
            c.setFocusTraversable(false);
        }

        date = new Label();
        date.setId("timeline-date");
        date.getStyleClass().add("timeline-date");
        date.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> describe(timeline.getWindow()),
                timeline.windowProperty(), timeline.modeProperty()));
        Label count = new Label();
        count.setId("incident-count");
        count.getStyleClass().add("incident-count");
        count.textProperty().bind(model.countProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        date.setMinWidth(Region.USE_PREF_SIZE);
        // the dates and the count one above the other: side by side, a large set's count ("136,741 of
        // 1,000,000 incidents shown") pushed the buttons into "Pl…" at 1280 px
        VBox shown = new VBox(0, date, count);
        shown.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {play, previous, next, speed, mode, fit}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(6, play, previous, next, speed, mode, length, shown, spacer, zoomOut, zoomIn, fit);
        controls.setAlignment(Pos.CENTER_LEFT);

        Pane histogram = new Pane(canvas);
        histogram.setId("timeline-histogram");
        histogram.setPrefHeight(64);
        histogram.setMinHeight(40);
        canvas.widthProperty().bind(histogram.widthProperty());
        canvas.heightProperty().bind(histogram.heightProperty());
        histogram.setOnScroll(e -> {
            double day = dayAt(e.getX());
            timeline.zoom(e.getDeltaY() > 0 ? 1.25 : e.getDeltaY() < 0 ? 0.8 : 1, day);
            e.consume();
        });
        histogram.setOnMouseClicked(e -> {
            timeline.setCurrent((int) Math.round(dayAt(e.getX())));
            requestFocus();
        });

        slider.setId("timeline-slider");
        slider.setFocusTraversable(false);
        slider.setBlockIncrement(1);
        updateSliderRange();
        slider.setValue(timeline.currentProperty().get());
        slider.valueProperty().addListener((o, old, v) -> {
            int day = (int) Math.round(v.doubleValue());
            if (day != timeline.currentProperty().get()) {
                timeline.setCurrent(day);
            }
        });
        timeline.currentProperty().addListener((o, old, v) -> {
            if ((int) Math.round(slider.getValue()) != v.intValue()) {
                slider.setValue(v.intValue());
            }
        });
        slider.setOnMousePressed(e -> requestFocus());

        getChildren().addAll(controls, histogram, slider);
        VBox.setVgrow(histogram, Priority.ALWAYS);

        InvalidationListener repaint = o -> markDirty();
        timeline.axisProperty().addListener(o -> {
            updateSliderRange();
            markDirty();
        });
        timeline.windowProperty().addListener(repaint);
        timeline.layerChangesProperty().addListener(repaint);
        model.countsProperty().addListener(repaint); // a desk shown by window: the aggregate read again
        model.visibleIndicesProperty().addListener(repaint);
        model.filterProperty().addListener(repaint);
        model.selectedProperty().addListener(repaint);
        canvas.widthProperty().addListener(repaint);
        canvas.heightProperty().addListener(repaint);
        backgroundProperty().addListener(repaint); // a theme change
        date.textFillProperty().addListener(repaint);

        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (timeline.playingProperty().get()) {
                    if (lastFrame != 0) {
                        timeline.advance(Math.min(0.25, (now - lastFrame) / 1e9));
                    }
                    lastFrame = now;
                } else {
                    lastFrame = 0;
                }
                if (dirty) {
                    dirty = false;
                    paint();
                }
            }
        };
        // A started timer is held by the toolkit's pulse for good, and through it this view and its
        // whole window: run it only while the view is in a showing window, so a closed or replaced
        // window can be collected.
        sceneProperty().flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty)
                .orElse(false).addListener((o, was, showing) -> {
                    if (showing) {
                        lastFrame = 0;
                        markDirty();
                        frames.start();
                    } else {
                        frames.stop();
                    }
                });
        markDirty();
    }

    /** A converter showing values by a label (the timeline's choices, the incident form's). */
    static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static String lengthLabel(int days) {
        return switch (days) {
            case 7 -> Messages.get("timeline.length.week");
            case 30 -> Messages.get("timeline.length.month");
            case 91 -> Messages.get("timeline.length.months3");
            case 365 -> Messages.get("timeline.length.year");
            case 1826 -> Messages.get("timeline.length.years5");
            default -> Messages.format("timeline.length.days", String.valueOf(days));
        };
    }

    private String describe(TimeWindow window) {
        if (window == null) {
            return "";
        }
        return window.startDay() == window.endDay() ? DAY.format(window.end())
                : DAY.format(window.start()) + " – " + DAY.format(window.end());
    }

    private void updateSliderRange() {
        TimeAxis axis = timeline.axisProperty().get();
        double value = timeline.currentProperty().get();
        slider.setMin(Math.min(axis.startDay(), value));
        slider.setMax(Math.max(axis.endDay(), value));
        slider.setValue(value);
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case SPACE -> timeline.togglePlay();
            case LEFT -> {
                if (e.isShiftDown()) {
                    timeline.stepPrevious();
                } else {
                    timeline.nudge(-1, canvas.getWidth());
                }
            }
            case RIGHT -> {
                if (e.isShiftDown()) {
                    timeline.stepNext();
                } else {
                    timeline.nudge(1, canvas.getWidth());
                }
            }
            case HOME -> timeline.toStart();
            case END -> timeline.toEnd();
            case PLUS, ADD, EQUALS -> timeline.zoom(2);
            case MINUS, SUBTRACT -> timeline.zoom(0.5);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void markDirty() {
        dirty = true;
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - 2 * INSET);
    }

    private double dayAt(double x) {
        return timeline.axisProperty().get().day(x - INSET, plotWidth());
    }

    private double xOf(double day) {
        return INSET + timeline.axisProperty().get().x(day, plotWidth());
    }

    /** Draws the histogram, the soft bars of imprecise dates, the window and the ticks. */
    private void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        // the timeline's own background (the theme's) shows through; ink in the theme's text colour
        g.clearRect(0, 0, w, h);
        Color ink = date.getTextFill() instanceof Color c ? c : Color.web("#444444");
        TimeAxis axis = timeline.axisProperty().get();
        IncidentStore store = model.store();
        double tickBand = 14;
        double spanBand = 14;
        double barTop = 2;
        double barBottom = h - tickBand - spanBand;

        TimeWindow window = timeline.getWindow();
        if (window != null) {
            double x0 = xOf(window.startDay());
            double x1 = xOf(window.endDay() + 1.0);
            g.setFill(Color.web("#3d85c6", 0.12));
            g.fillRect(x0, 0, Math.max(1, x1 - x0), h - tickBand);
        }

        int bins = Math.max(1, (int) (plotWidth() / 4));
        // the sets' counts: a store's own, or a shared desk's aggregate when it is shown by window
        Histogram histogram = model.counts().histogram(model.filterProperty().get(), axis.startDay(), axis.endDay(), bins);
        // the incidents in view only when few enough for soft bars (below): at ten million the list alone costs tens of ms
        TimeWindow axisDays = new TimeWindow((int) Math.floor(axis.startDay()), (int) Math.ceil(axis.endDay()));
        int[] inAxis = histogram.sum() > SOFT_BAR_LIMIT ? new int[0] : store.visible(axisDays, model.filterProperty().get());
        double max = Math.max(1, histogram.maxTotal());
        double binWidth = plotWidth() / bins;
        for (int b = 0; b < bins; b++) {
            double y = barBottom;
            for (Category category : Category.values()) {
                double v = histogram.counts()[b][category.ordinal()];
                if (v <= 0) {
                    continue;
                }
                double barHeight = v / max * (barBottom - barTop);
                g.setFill(CategoryStyle.color(category));
                g.fillRect(INSET + b * binWidth, y - barHeight, Math.max(1, binWidth - 0.5), barHeight);
                y -= barHeight;
            }
        }

        // Soft bars: every dated span in view, imprecise ones as translucent gradients across their span.
        // Above SOFT_BAR_LIMIT incidents in view the bars would merge into one smear costing a gradient
        // fill each (seconds per repaint at a million); the histogram above already shows the density.
        double rowY = barBottom + 2;
        for (int i : inAxis.length > SOFT_BAR_LIMIT ? new int[0] : inAxis) {
            double x0 = xOf(store.startDay(i));
            double x1 = xOf(store.endDay(i) + 1.0);
            Color c = CategoryStyle.color(store.category(i));
            boolean imprecise = store.isImprecise(i);
            if (imprecise || x1 - x0 > 3) {
                g.setFill(new javafx.scene.paint.LinearGradient(x0, 0, Math.max(x0 + 1, x1), 0, false,
                        javafx.scene.paint.CycleMethod.NO_CYCLE,
                        new javafx.scene.paint.Stop(0, c.deriveColor(0, 1, 1, 0.08)),
                        new javafx.scene.paint.Stop(0.5, c.deriveColor(0, 1, 1, imprecise ? 0.35 : 0.7)),
                        new javafx.scene.paint.Stop(1, c.deriveColor(0, 1, 1, 0.08))));
                g.fillRoundRect(x0, rowY + (i % 3) * 3.5, Math.max(2, x1 - x0), 4, 4, 4);
            } else {
                g.setFill(c);
                g.fillRect(x0 - 1, rowY, 2, 11);
            }
        }
        if (model.selectedProperty().get() != null) {
            var selected = model.selectedProperty().get();
            double x0 = xOf(selected.date().start().toEpochDay());
            double x1 = xOf(selected.date().end().toEpochDay() + 1.0);
            g.setStroke(ink);
            g.setLineWidth(1.5);
            g.strokeRect(x0 - 1, barTop, Math.max(2, x1 - x0) + 2, barBottom - barTop + spanBand - 1);
        }

        // The days a shown map layer changes (a line of contact, a checkpoint): marks of their own, a
        // violet triangle at the top and a dotted line down the histogram.
        g.setFill(LAYER_CHANGE);
        g.setStroke(LAYER_CHANGE);
        g.setLineWidth(1);
        g.setLineDashes(2, 3);
        for (int day : timeline.layerChangesProperty().get()) {
            if (day < axis.startDay() || day > axis.endDay()) {
                continue;
            }
            double mx = xOf(day);
            g.strokeLine(mx, 7, mx, barBottom);
            g.fillPolygon(new double[] {mx - 4, mx + 4, mx}, new double[] {0, 0, 7}, 3);
        }
        g.setLineDashes((double[]) null);

        // Ticks and labels.
        g.setFill(ink);
        g.setStroke(ink.deriveColor(0, 1, 1, 0.5));
        g.setLineWidth(1);
        g.setFont(Font.font(10));
        TimeAxis.TickUnit unit = axis.tickUnit(plotWidth(), 60);
        for (TimeAxis.Tick tick : axis.ticks(unit)) {
            double x = xOf(tick.day());
            g.strokeLine(x, h - tickBand, x, h - tickBand + 4);
            g.fillText(tick.label(), x + 2, h - 2);
        }
        // The current day.
        double x = xOf(timeline.currentProperty().get() + 1.0);
        g.setStroke(Color.web("#c0392b"));
        g.setLineWidth(2);
        g.strokeLine(x, 0, x, h - tickBand);
        if (model.counts().size() == 0) {
            g.setFill(ink.deriveColor(0, 1, 1, 0.8));
            g.fillText(Messages.get("timeline.empty"), INSET + 4, 16);
        }
    }

    /** The day shown under an x position of the slider (for tests that click). */
    public LocalDate dateOf(double x) {
        return LocalDate.ofEpochDay(Math.round(dayAt(x)));
    }
}
