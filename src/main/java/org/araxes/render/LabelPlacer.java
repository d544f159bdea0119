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
 *
 * <p>Obstacles are boxes the labels must leave free: the incident marks (symbols, clusters, badges)
 * laid out before the labels. A point label blocked by a mark in all its usual positions stands
 * further from its point, with a leader line to it; a label that finds no free room is left out,
 * never drawn half covered.
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
     * @param leader whether the label stands away from its point, joined to it by a leader line
     */
    public record Placed(LabelCandidate label, Font font, double left, double middle, double width, boolean leader) {

        /** A label at one of its usual positions, without a leader. */
        public Placed(LabelCandidate label, Font font, double left, double middle, double width) {
            this(label, font, left, middle, width, false);
        }
    }

    /** Draws placed labels: each text with its halo, and its leader line when it has one. */
    public static void draw(Surface gc, List<Placed> placed) {
        for (Placed p : placed) {
            LabelCandidate label = p.label();
            if (p.leader()) {
                drawLeader(gc, p);
            }
            if (label.angle() != 0) {
                gc.save();
                gc.translate(label.x(), label.y());
                gc.rotate(label.angle());
                drawText(gc, label, p.font(), p.left(), p.middle());
                gc.restore();
            } else {
                drawText(gc, label, p.font(), p.left(), p.middle());
            }
        }
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
        return place(candidates, shown, width, height, padding, List.of());
    }

    /**
     * Places labels as {@link #place(List, double[], double, double, double)} does, leaving the
     * obstacles free: a point label blocked by an obstacle in its usual positions moves further
     * out, with a leader.
     *
     * @param obstacles boxes no label may cover, {minX, minY, maxX, maxY} in the picture's pixels
     */
    public static List<Placed> place(List<LabelCandidate> candidates, double[] shown, double width, double height,
                                     double padding, List<double[]> obstacles) {
        List<LabelCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(LabelCandidate::priority));
        List<double[]> taken = new ArrayList<>();
        List<double[]> blocked = List.copyOf(obstacles);
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
        placeWithin(measured, shown, null, padding, repeatDistance, taken, blocked, placed, placedByText);
        boolean margin = shown[0] > 0 || shown[1] > 0 || shown[2] < width || shown[3] < height;
        if (margin) {
            placeWithin(measured, new double[] {0, 0, width, height}, shown, padding, repeatDistance, taken, blocked,
                    placed, placedByText);
        }
        return placed;
    }

    /**
     * Places the labels that fit inside {@code area} and, when {@code outside} is given, do not
     * reach into it.
     */
    private static void placeWithin(List<Measured> measured, double[] area, double[] outside, double padding,
                                    double repeatDistance, List<double[]> taken, List<double[]> blocked,
                                    List<Placed> placed, java.util.Map<String, List<double[]>> placedByText) {
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
                if (!fits(rotated, area, outside) || overlaps(rotated, taken) || overlaps(rotated, blocked)) {
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
            boolean leader = false;
            boolean byMark = false;
            for (double[] position : positions(label, w, h)) {
                double[] place = box(position, w, h, padding);
                if (fits(place, area, outside) && !overlaps(place, taken)) {
                    if (!overlaps(place, blocked)) {
                        box = place;
                        left = position[0];
                        middle = position[1];
                        break;
                    }
                    byMark = true;
                }
            }
            if (box == null && byMark) {
                // every free usual position is under an incident mark: a point label further out,
                // with a leader; a name centred on a line or area a line or two above or below
                for (double[] position : label.centred() ? shiftedPositions(label, w, h) : leaderPositions(label, w, h)) {
                    double[] place = box(position, w, h, padding);
                    if (fits(place, area, outside) && !overlaps(place, taken) && !overlaps(place, blocked)) {
                        box = place;
                        left = position[0];
                        middle = position[1];
                        leader = !label.centred();
                        break;
                    }
                }
            }
            if (box == null) {
                continue;
            }
            placedByText.computeIfAbsent(label.text(), t -> new ArrayList<>()).add(new double[] {label.x(), label.y()});
            taken.add(box);
            placed.add(new Placed(label, font, left, middle, w, leader));
        }
    }

    /** The box of a text of w×h whose left edge is at position[0] and middle at position[1], with padding. */
    private static double[] box(double[] position, double w, double h, double padding) {
        return new double[] {position[0] - padding, position[1] - h / 2 - padding,
                position[0] + w + padding, position[1] + h / 2 + padding};
    }

    /**
     * The box a placed level label's text covers, {minX, minY, maxX, maxY}, without padding (for
     * rotated labels the box around the turned text).
     */
    public static double[] box(Placed placed) {
        TextMeasure.Size size = new TextMeasure().size(placed.font(), placed.label().text());
        if (placed.label().angle() != 0) {
            return rotatedBox(placed.label(), placed.width(), size.height(), 0);
        }
        return box(new double[] {placed.left(), placed.middle()}, placed.width(), size.height(), 0);
    }

    /**
     * A thin dark line with a white casing from the label's point to the nearest point of its text's
     * box, so a label set away from its point still names it.
     */
    private static void drawLeader(Surface gc, Placed placed) {
        LabelCandidate label = placed.label();
        double h = label.size() * 1.2;
        double left = placed.left();
        double right = left + placed.width();
        double top = placed.middle() - h / 2;
        double bottom = placed.middle() + h / 2;
        double toX = Math.max(left, Math.min(right, label.x()));
        double toY = Math.max(top, Math.min(bottom, label.y()));
        double scale = label.size() / 12;
        gc.setLineDashes((double[]) null);
        gc.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
        gc.setStroke(Color.rgb(255, 255, 255, 0.85));
        gc.setLineWidth(3 * scale);
        gc.strokeLine(label.x(), label.y(), toX, toY);
        gc.setStroke(label.colour());
        gc.setLineWidth(scale);
        gc.strokeLine(label.x(), label.y(), toX, toY);
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

    /**
     * Where a point label may stand away from its point, nearest first: right, left, above, below
     * and the four diagonals, at one, two and three type sizes beyond the usual offset.
     */
    private static List<double[]> leaderPositions(LabelCandidate label, double w, double h) {
        double x = label.x();
        double y = label.y();
        List<double[]> positions = new ArrayList<>();
        for (int step = 1; step <= 3; step++) {
            double d = label.offsetX() + step * label.size();
            double diagonal = d * 0.7;
            positions.add(new double[] {x + d, y});
            positions.add(new double[] {x - d - w, y});
            positions.add(new double[] {x - w / 2, y - d - h / 2});
            positions.add(new double[] {x - w / 2, y + d + h / 2});
            positions.add(new double[] {x + diagonal, y - diagonal - h / 2});
            positions.add(new double[] {x - diagonal - w, y - diagonal - h / 2});
            positions.add(new double[] {x + diagonal, y + diagonal + h / 2});
            positions.add(new double[] {x - diagonal - w, y + diagonal + h / 2});
        }
        return positions;
    }

    /** Where a centred label may stand off its anchor: one and two lines above and below. */
    private static List<double[]> shiftedPositions(LabelCandidate label, double w, double h) {
        List<double[]> positions = new ArrayList<>();
        for (int step = 1; step <= 2; step++) {
            positions.add(new double[] {label.x() - w / 2, label.y() - step * h});
            positions.add(new double[] {label.x() - w / 2, label.y() + step * h});
        }
        return positions;
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
