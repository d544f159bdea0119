// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Running totals")
class RunningTotalsTest {

    /** Items of 1 to 400 days (some of one day), in three groups, over about 30 years. */
    private static final class Items implements DatedItems {
        final int[] start;
        final int[] end;
        final int[] group;

        Items(int count, long seed) {
            Random random = new Random(seed);
            start = new int[count];
            end = new int[count];
            group = new int[count];
            for (int i = 0; i < count; i++) {
                start[i] = 7000 + random.nextInt(11000);
                end[i] = start[i] + (random.nextInt(3) == 0 ? 0 : random.nextInt(400));
                group[i] = random.nextInt(3);
            }
        }

        @Override
        public int startDay(int index) {
            return start[index];
        }

        @Override
        public int endDay(int index) {
            return end[index];
        }

        @Override
        public int group(int index) {
            return group[index];
        }
    }

    @Test
    @DisplayName("give the histogram that counting the items gives, for any span and number of bins, whole or fractional days")
    void sameAsCounting() {
        Items items = new Items(5000, 1);
        int first = java.util.Arrays.stream(items.start).min().orElseThrow();
        int last = java.util.Arrays.stream(items.end).max().orElseThrow();
        RunningTotals totals = RunningTotals.of(items, 5000, i -> i % 5 != 0, 3, first, last);
        int[] included = java.util.stream.IntStream.range(0, 5000).filter(i -> i % 5 != 0).toArray();
        Random random = new Random(2);
        for (int k = 0; k < 60; k++) {
            double spanStart = first - 500 + random.nextDouble() * (last - first + 600);
            double spanEnd = spanStart + 0.5 + random.nextDouble() * (k % 2 == 0 ? 40 : 12000);
            int bins = 1 + random.nextInt(500);
            Histogram expected = Histogram.of(items, included, 3, spanStart, spanEnd, bins);
            Histogram actual = totals.histogram(spanStart, spanEnd, bins);
            for (int b = 0; b < bins; b++) {
                for (int g = 0; g < 3; g++) {
                    assertEquals(expected.counts()[b][g], actual.counts()[b][g], 1e-6, "bin " + b + " group " + g);
                }
            }
        }
    }

    @Test
    @DisplayName("count nothing outside the items' days and every included item over the whole of them")
    void edges() {
        Items items = new Items(300, 3);
        RunningTotals totals = RunningTotals.of(items, 300, i -> true, 3, 7000, 20000);
        assertEquals(0, totals.histogram(1000, 6999, 10).sum(), 1e-9);
        assertEquals(0, totals.histogram(20001, 30000, 10).sum(), 1e-9);
        assertEquals(300, totals.histogram(6000, 21000, 7).sum(), 1e-6);
    }
}
