// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
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
    public static List<LabelCandidate> draw(Surface gc, List<LabelCandidate> candidates,
                                            double width, double height, double padding) {
        return draw(gc, candidates, new double[] {0, 0, width, height}, width, height, padding);
    }

    /**
     * Draws the labels that fit, in priority order, on a picture larger than the map shown (a map
     * that keeps a margin for panning), and returns the ones drawn. Labels are first placed inside
     * {@code shown} exactly as on a picture of that size alone; then the margin gets the labels that
     * lie wholly outside {@code shown} and overlap none placed.
     *
     * @param shown   the part of the picture the map shows, {minX, minY, maxX, maxY}
     * @param padding free space kept around each label, in pixels
     */
    public static List<LabelCandidate> draw(Surface gc, List<LabelCandidate> candidates, double[] shown,
                                            double width, double height, double padding) {
        List<LabelCandidate> drawn = new ArrayList<>();
        for (Placed placed : place(candidates, shown, width, height, padding)) {
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
        return place(candidates, new double[] {0, 0, width, height}, width, height, padding);
    }

    /**
     * Places labels on a picture of width × height of which {@code shown} is the map on screen:
     * first inside {@code shown}, then, wholly outside it, in the rest of the picture.
     */
    static List<Placed> place(List<LabelCandidate> candidates, double[] shown, double width, double height,
                              double padding) {
        List<LabelCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(LabelCandidate::priority));
        List<double[]> taken = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        java.util.Map<String, List<double[]>> placedByText = new java.util.HashMap<>();
        double repeatDistance = Math.max(shown[2] - shown[0], shown[3] - shown[1]) / 3;
        TextMeasure measure = new TextMeasure();
        List<Measured> measured = new ArrayList<>(sorted.size());
        for (LabelCandidate candidate : sorted) {
            LabelCandidate label = displayable(candidate);
            Font font = font(label);
            TextMeasure.Size size = measure.size(font, label.text());
            measured.add(new Measured(label, font, size.width(), size.height()));
        }
        placeWithin(measured, shown, null, padding, repeatDistance, taken, placed, placedByText);
        boolean margin = shown[0] > 0 || shown[1] > 0 || shown[2] < width || shown[3] < height;
        if (margin) {
            placeWithin(measured, new double[] {0, 0, width, height}, shown, padding, repeatDistance, taken, placed,
                    placedByText);
        }
        return placed;
    }

    /**
     * Places the labels that fit inside {@code area} and, when {@code outside} is given, do not
     * reach into it.
     */
    private static void placeWithin(List<Measured> measured, double[] area, double[] outside, double padding,
                                    double repeatDistance, List<double[]> taken, List<Placed> placed,
                                    java.util.Map<String, List<double[]>> placedByText) {
        for (Measured m : measured) {
            LabelCandidate label = m.label();
            Font font = m.font();
            double w = m.width();
            double h = m.height();
            if (repeatsNearby(label, placedByText.get(label.text()), repeatDistance)) {
                continue;
            }
            if (label.angle() != 0) {
                double[] rotated = rotatedBox(label, w, h, padding);
                if (!fits(rotated, area, outside) || overlaps(rotated, taken)) {
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
                if (fits(place, area, outside) && !overlaps(place, taken)) {
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
    }

    /** A label ready to place: its displayable text, font and measured size. */
    private record Measured(LabelCandidate label, Font font, double width, double height) {
    }

    /** Whether a box lies inside area and, when outside is given, wholly outside that. */
    private static boolean fits(double[] box, double[] area, double[] outside) {
        if (box[0] < area[0] || box[1] < area[1] || box[2] > area[2] || box[3] > area[3]) {
            return false;
        }
        return outside == null || box[2] <= outside[0] || box[0] >= outside[2] || box[3] <= outside[1]
                || box[1] >= outside[3];
    }

    /** Draws a label's text with its white halo, left edge at x, vertically centred on y. */
    private static void drawText(Surface gc, LabelCandidate label, Font font, double x, double y) {
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
