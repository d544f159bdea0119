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

    /** The label font family, bundled in assets when available, else the system sans-serif. */
    public static final String FONT_FAMILY = Fonts.sansFamily();

    private LabelPlacer() {
    }

    /**
     * Draws the labels that fit, in priority order, and returns the ones drawn.
     *
     * @param padding free space kept around each label, in pixels
     */
    public static List<LabelCandidate> draw(GraphicsContext gc, List<LabelCandidate> candidates,
                                            double width, double height, double padding) {
        List<LabelCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(LabelCandidate::priority));
        List<double[]> taken = new ArrayList<>();
        List<LabelCandidate> placed = new ArrayList<>();
        java.util.Map<String, List<double[]>> placedByText = new java.util.HashMap<>();
        double repeatDistance = Math.max(width, height) / 3;
        Text measure = new Text();
        for (LabelCandidate label : sorted) {
            Font font = font(label);
            measure.setFont(font);
            measure.setText(label.text());
            Bounds bounds = measure.getLayoutBounds();
            double w = bounds.getWidth();
            double h = bounds.getHeight();
            double left = label.centred() ? label.x() - w / 2 : label.x() + label.offsetX();
            double top = label.y() - h / 2;
            double[] box = {left - padding, top - padding, left + w + padding, top + h + padding};
            if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height || overlaps(box, taken)
                    || repeatsNearby(label, placedByText.get(label.text()), repeatDistance)) {
                continue;
            }
            placedByText.computeIfAbsent(label.text(), t -> new ArrayList<>()).add(new double[] {label.x(), label.y()});
            taken.add(box);
            placed.add(label);
            gc.setFont(font);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.setLineWidth(Math.max(2.5, label.size() / 4));
            gc.setStroke(Color.rgb(255, 255, 255, 0.85));
            gc.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
            gc.setLineDashes((double[]) null);
            gc.strokeText(label.text(), left, label.y());
            gc.setFill(label.colour());
            gc.fillText(label.text(), left, label.y());
        }
        return placed;
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

    static Font font(LabelCandidate label) {
        return Font.font(FONT_FAMILY, label.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                label.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, label.size());
    }
}
