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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
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

    @Nested
    @DisplayName("around obstacles (the incident marks)")
    class AroundObstacles {

        private LabelCandidate town(String name, double x, double y) {
            return new LabelCandidate(name, x, y, 30, 12, false, false, Color.BLACK, 6, false);
        }

        private double[] square(double x, double y, double r) {
            return new double[] {x - r, y - r, x + r, y + r};
        }

        @Test
        @DisplayName("a name whose usual place right of its point is under a mark moves to the left, without a leader")
        void movesToAnotherPosition() {
            // a marker just right of the town, where its name would start
            List<LabelPlacer.Placed> placed = LabelPlacer.place(List.of(town("Kapan", 300, 200)),
                    new double[] {0, 0, 600, 400}, 600, 400, 2, List.of(square(318, 200, 8)));
            assertEquals(1, placed.size());
            LabelPlacer.Placed kapan = placed.get(0);
            assertTrue(kapan.left() + kapan.width() <= 300, "set left of the point");
            assertFalse(kapan.leader());
            assertFalse(overlap(LabelPlacer.box(kapan), square(318, 200, 8)));
        }

        @Test
        @DisplayName("a name whose point is ringed by marks stands off with a leader, clear of every mark")
        void standsOffWithALeader() {
            // a fan of symbols round Baku, as the incident renderer draws it: radius 13, symbols 7 + 3
            List<double[]> fan = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                double angle = -Math.PI / 2 + 2 * Math.PI * k / 8;
                fan.add(square(300 + 13 * Math.cos(angle), 200 + 13 * Math.sin(angle), 10));
            }
            List<LabelPlacer.Placed> placed = LabelPlacer.place(List.of(town("Baku", 300, 200)),
                    new double[] {0, 0, 600, 400}, 600, 400, 2, fan);
            assertEquals(1, placed.size(), "the name is kept");
            assertTrue(placed.get(0).leader(), "with a leader to its point");
            for (double[] mark : fan) {
                assertFalse(overlap(LabelPlacer.box(placed.get(0)), mark), "no mark covers the name");
            }
        }

        @Test
        @DisplayName("a name blocked only by other names is left out as before, never given a leader")
        void namesAloneNeedNoLeader() {
            List<LabelCandidate> labels = List.of(
                    new LabelCandidate("Big city", 300, 200, 10, 12, false, false, Color.BLACK, 0, true),
                    new LabelCandidate("Same spot", 300, 200, 20, 12, false, false, Color.BLACK, 0, true));
            List<LabelPlacer.Placed> placed = LabelPlacer.place(labels, new double[] {0, 0, 600, 400}, 600, 400, 2,
                    List.of());
            assertEquals(List.of("Big city"), placed.stream().map(p -> p.label().text()).toList());
        }

        @Test
        @DisplayName("a name centred on a line moves a line up or down off a mark on its anchor")
        void centredNameShifts() {
            LabelCandidate corridor = new LabelCandidate("Zangezur corridor (proposed)", 300, 200, 50, 12, true, false,
                    Color.BROWN, 0, true);
            List<LabelPlacer.Placed> placed = LabelPlacer.place(List.of(corridor), new double[] {0, 0, 600, 400}, 600,
                    400, 2, List.of(square(300, 200, 6)));
            assertEquals(1, placed.size());
            assertFalse(overlap(LabelPlacer.box(placed.get(0)), square(300, 200, 6)));
            assertFalse(placed.get(0).leader());
        }

        @Test
        @DisplayName("a name along a river is left out where a mark lies on it")
        void riverNameLeftOut() {
            LabelCandidate aras = new LabelCandidate("Aras", 300, 200, 70, 12, false, true, Color.BLUE, 0, true, 30);
            assertTrue(LabelPlacer.place(List.of(aras), new double[] {0, 0, 600, 400}, 600, 400, 2,
                    List.of(square(300, 200, 6))).isEmpty());
        }
    }
}
