// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Places labels without collisions: the most important first, each only where it overlaps no label
 * already placed and lies inside the screen. Drawn with a white halo so they read over any map.
 */
public final class LabelPlacer {

    private LabelPlacer() {
    }

    /**
     * Where a label was placed: its text starts at {@code left} and is vertically centred on
     * {@code middle}; for a rotated label these are relative to its anchor, in the rotated frame.
     *
     * @param label  the label
     * @param font   the font it is set in
     * @param left   x of the text's left edge
     * @param middle y of the text's vertical centre
     * @param width  the text's width in pixels
     */
    public record Placed(LabelCandidate label, Font font, double left, double middle, double width) {
    }

    /**
     * Draws the labels that fit, in priority order, and returns the ones drawn.
     *
     * @param padding free space kept around each label, in pixels
     */
    public static List<LabelCandidate> draw(GraphicsContext gc, List<LabelCandidate> candidates,
                                            double width, double height, double padding) {
        List<LabelCandidate> drawn = new ArrayList<>();
        for (Placed placed : place(candidates, width, height, padding)) {
            LabelCandidate label = placed.label();
            if (label.angle() != 0) {
                gc.save();
                gc.translate(label.x(), label.y());
                gc.rotate(label.angle());
                drawText(gc, label, placed.font(), placed.left(), placed.middle());
                gc.restore();
            } else {
                drawText(gc, label, placed.font(), placed.left(), placed.middle());
            }
            drawn.add(label);
        }
        return drawn;
    }

    /**
     * Places the labels that fit, in priority order, without drawing them (the SVG export writes
     * them as text).
     *
     * @param padding free space kept around each label, in pixels
     */
    public static List<Placed> place(List<LabelCandidate> candidates, double width, double height, double padding) {
        List<LabelCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(LabelCandidate::priority));
        List<double[]> taken = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        java.util.Map<String, List<double[]>> placedByText = new java.util.HashMap<>();
        double repeatDistance = Math.max(width, height) / 3;
        Text measure = new Text();
        for (LabelCandidate candidate : sorted) {
            LabelCandidate label = displayable(candidate);
            Font font = font(label);
            measure.setFont(font);
            measure.setText(label.text());
            Bounds bounds = measure.getLayoutBounds();
            double w = bounds.getWidth();
            double h = bounds.getHeight();
            if (repeatsNearby(label, placedByText.get(label.text()), repeatDistance)) {
                continue;
            }
            if (label.angle() != 0) {
                double[] rotated = rotatedBox(label, w, h, padding);
                if (rotated[0] < 0 || rotated[1] < 0 || rotated[2] > width || rotated[3] > height || overlaps(rotated, taken)) {
                    continue;
                }
                taken.add(rotated);
                placed.add(new Placed(label, font, -w / 2, 0, w));
                placedByText.computeIfAbsent(label.text(), t -> new ArrayList<>()).add(new double[] {label.x(), label.y()});
                continue;
            }
            double[] box = null;
            double left = 0;
            double middle = 0;
            for (double[] position : positions(label, w, h)) {
                double[] place = {position[0] - padding, position[1] - h / 2 - padding,
                        position[0] + w + padding, position[1] + h / 2 + padding};
                if (place[0] >= 0 && place[1] >= 0 && place[2] <= width && place[3] <= height
                        && !overlaps(place, taken)) {
                    box = place;
                    left = position[0];
                    middle = position[1];
                    break;
                }
            }
            if (box == null) {
                continue;
            }
            placedByText.computeIfAbsent(label.text(), t -> new ArrayList<>()).add(new double[] {label.x(), label.y()});
            taken.add(box);
            placed.add(new Placed(label, font, left, middle, w));
        }
        return placed;
    }

    /** Draws a label's text with its white halo, left edge at x, vertically centred on y. */
    private static void drawText(GraphicsContext gc, LabelCandidate label, Font font, double x, double y) {
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(Math.max(2.5, label.size() / 4));
        gc.setStroke(Color.rgb(255, 255, 255, 0.85));
        gc.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        gc.setLineDashes((double[]) null);
        gc.strokeText(label.text(), x, y);
        gc.setFill(label.colour());
        gc.fillText(label.text(), x, y);
    }

    /** The screen box around a label of size w×h rotated about its centre, with padding. */
    static double[] rotatedBox(LabelCandidate label, double w, double h, double padding) {
        double radians = Math.toRadians(label.angle());
        double cos = Math.abs(Math.cos(radians));
        double sin = Math.abs(Math.sin(radians));
        double halfW = (w * cos + h * sin) / 2 + padding;
        double halfH = (w * sin + h * cos) / 2 + padding;
        return new double[] {label.x() - halfW, label.y() - halfH, label.x() + halfW, label.y() + halfH};
    }

    /**
     * The label with characters the bundled fonts cannot draw replaced: a zero-width non-joiner
     * (Persian "پل‌های") becomes a space, which keeps the letters apart as the writer meant.
     */
    static LabelCandidate displayable(LabelCandidate label) {
        if (label.text().indexOf('\u200C') < 0) {
            return label;
        }
        return new LabelCandidate(label.text().replace('\u200C', ' '), label.x(), label.y(), label.priority(),
                label.size(), label.bold(), label.italic(), label.colour(), label.offsetX(), label.centred(), label.angle());
    }

    /**
     * Where a label may stand, best first, as (left, vertical middle): centred labels only on their
     * anchor; point labels right of the point, then left, above and below it.
     */
    private static double[][] positions(LabelCandidate label, double w, double h) {
        double x = label.x();
        double y = label.y();
        if (label.centred()) {
            return new double[][] {{x - w / 2, y}};
        }
        double offset = label.offsetX();
        return new double[][] {
            {x + offset, y},
            {x - offset - w, y},
            {x - w / 2, y - offset - h / 2},
            {x - w / 2, y + offset + h / 2},
        };
    }

    /** The same name (a river in several reaches) is repeated only far from where it already stands. */
    private static boolean repeatsNearby(LabelCandidate label, List<double[]> positions, double distance) {
        if (positions == null) {
            return false;
        }
        for (double[] p : positions) {
            if (Math.hypot(p[0] - label.x(), p[1] - label.y()) < distance) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(double[] box, List<double[]> taken) {
        for (double[] other : taken) {
            if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                return true;
            }
        }
        return false;
    }

    public static Font font(LabelCandidate label) {
        return Font.font(Fonts.familyFor(label.text()), label.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                label.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, label.size());
    }
}
