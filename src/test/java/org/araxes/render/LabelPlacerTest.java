// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Label placement, alone and on a picture with a margin kept for panning. */
class LabelPlacerTest {

    private static final double MARGIN = 100;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // text is measured with JavaFX fonts
    }

    /** Seeded labels scattered over a 600×400 map and a 100 px margin around it. */
    private static List<LabelCandidate> scattered(double dx, double dy) {
        Random random = new Random(7);
        List<LabelCandidate> labels = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double x = -MARGIN + random.nextDouble() * (600 + 2 * MARGIN);
            double y = -MARGIN + random.nextDouble() * (400 + 2 * MARGIN);
            labels.add(new LabelCandidate("Place " + i, x + dx, y + dy, random.nextInt(5), 12, false, false,
                    Color.BLACK, 4, false));
        }
        return labels;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static double[] box(LabelPlacer.Placed p) {
        return new double[] {p.left(), p.middle() - 6, p.left() + p.width(), p.middle() + 6};
    }

    @Test
    void insideTheMapTheMarginChangesNothing() {
        // alone: the map's own 600×400 picture, labels in its pixels
        List<LabelPlacer.Placed> alone = LabelPlacer.place(scattered(0, 0), 600, 400, 2);
        // with a margin: the same labels in the pixels of a picture 100 px larger on every side
        List<LabelPlacer.Placed> withMargin = LabelPlacer.place(scattered(MARGIN, MARGIN),
                new double[] {MARGIN, MARGIN, MARGIN + 600, MARGIN + 400}, 600 + 2 * MARGIN, 400 + 2 * MARGIN, 2);
        List<String> inside = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (LabelPlacer.Placed p : withMargin) {
            double[] b = box(p);
            boolean reachesIn = overlap(b, new double[] {MARGIN, MARGIN, MARGIN + 600, MARGIN + 400});
            boolean wholly = b[0] >= MARGIN && b[2] <= MARGIN + 600 && b[1] >= MARGIN && b[3] <= MARGIN + 400;
            assertTrue(!reachesIn || wholly, p.label().text() + " straddles the map's edge");
            (wholly ? inside : outside).add(p.label().text() + "@" + (p.left() - MARGIN) + "," + (p.middle() - MARGIN));
        }
        List<String> expected = alone.stream().map(p -> p.label().text() + "@" + p.left() + "," + p.middle()).toList();
        assertEquals(expected, inside, "the labels on the map are those placed without a margin, at the same places");
        assertFalse(outside.isEmpty(), "the margin gets labels of its own");
    }

    @Test
    void noTwoPlacedLabelsOverlap() {
        List<LabelPlacer.Placed> placed = LabelPlacer.place(scattered(MARGIN, MARGIN),
                new double[] {MARGIN, MARGIN, MARGIN + 600, MARGIN + 400}, 600 + 2 * MARGIN, 400 + 2 * MARGIN, 0);
        assertTrue(placed.size() > 10);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                double[] a = box(placed.get(i));
                double[] b = box(placed.get(j));
                // boxes are the text's measured height; shrink by a pixel for rounding
                assertFalse(overlap(new double[] {a[0] + 1, a[1] + 1, a[2] - 1, a[3] - 1}, b),
                        placed.get(i).label().text() + " overlaps " + placed.get(j).label().text());
            }
        }
    }
}
