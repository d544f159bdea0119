// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Time on the timeline")
class TimelineTimeTest {

    static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    @Nested
    @DisplayName("windows")
    class Windows {

        @Test
        @DisplayName("a window may not end before it starts")
        void validates() {
            assertThrows(IllegalArgumentException.class, () -> new TimeWindow(10, 9));
            assertEquals(1, new TimeWindow(10, 10).lengthDays());
        }

        @Test
        @DisplayName("a moving window ends on the current day; accumulating starts at the data's start")
        void modes() {
            int now = day("2022-10-21");
            assertEquals(TimeWindow.of(LocalDate.parse("2022-10-15"), LocalDate.parse("2022-10-21")),
                    WindowMode.MOVING.window(now, 7, day("1992-01-01")));
            assertEquals(TimeWindow.of(LocalDate.parse("1992-01-01"), LocalDate.parse("2022-10-21")),
                    WindowMode.ACCUMULATE.window(now, 7, day("1992-01-01")));
        }

        @Test
        @DisplayName("overlap counts both ends")
        void overlap() {
            TimeWindow w = new TimeWindow(10, 20);
            assertTrue(w.overlaps(20, 30));
            assertTrue(w.overlaps(0, 10));
            assertTrue(!w.overlaps(21, 30));
        }
    }

    @ParameterizedTest(name = "{0} is faster than slower and slower than faster")
    @EnumSource(PlaySpeed.class)
    void speeds(PlaySpeed speed) {
        assertTrue(speed.faster().daysPerSecond() >= speed.daysPerSecond());
        assertTrue(speed.slower().daysPerSecond() <= speed.daysPerSecond());
    }

    @Nested
    @DisplayName("the time axis")
    class Axis {

        @Test
        @DisplayName("zooms from decades to days about a pivot, within limits")
        void zooms() {
            TimeAxis axis = new TimeAxis(day("1990-01-01"), day("2025-01-01"));
            int pivot = day("2022-10-21");
            TimeAxis in = axis;
            for (int i = 0; i < 40; i++) {
                in = in.zoomed(2, pivot);
            }
            assertEquals(TimeAxis.MIN_SPAN_DAYS, in.spanDays(), 1e-6);
            assertTrue(in.startDay() <= pivot && in.endDay() >= pivot);
            assertEquals(TimeAxis.TickUnit.DAY, in.tickUnit(700, 40));
            assertEquals(TimeAxis.TickUnit.DECADE, axis.tickUnit(700, 40));
            TimeAxis out = axis.zoomed(1e-6, pivot);
            assertEquals(TimeAxis.MAX_SPAN_DAYS, out.spanDays(), 1e-6);
        }

        @Test
        @DisplayName("maps days to x and back")
        void roundTrip() {
            TimeAxis axis = new TimeAxis(0, 100);
            assertEquals(50, axis.x(25, 200), 1e-9);
            assertEquals(25, axis.day(50, 200), 1e-9);
            assertEquals("2022", new TimeAxis(day("2021-06-01"), day("2023-06-01")).ticks(TimeAxis.TickUnit.YEAR).get(0).label());
        }
    }

    @Test
    @DisplayName("a histogram spreads a span over the bins it covers and keeps the total")
    void histogram() {
        DatedItems items = new DatedItems() {
            final int[][] spans = {{0, 0}, {0, 9}, {5, 5}};

            @Override
            public int startDay(int index) {
                return spans[index][0];
            }

            @Override
            public int endDay(int index) {
                return spans[index][1];
            }

            @Override
            public int group(int index) {
                return index == 2 ? 1 : 0;
            }
        };
        Histogram h = Histogram.of(items, new int[] {0, 1, 2}, 2, 0, 10, 10);
        assertEquals(3, h.sum(), 1e-9);
        assertEquals(1.1, h.counts()[0][0], 1e-9);
        assertEquals(0.1, h.counts()[5][0], 1e-9);
        assertEquals(1.0, h.counts()[5][1], 1e-9);
        assertEquals(1.1, h.maxTotal(), 1e-9);
    }
}
