// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a feature with valid_from/valid_until is drawn: the one rule, at its boundaries. */
class ValidTimeTest {

    private static Map<String, Object> props(String from, String until) {
        Map<String, Object> p = new HashMap<>();
        if (from != null) {
            p.put("valid_from", from);
        }
        if (until != null) {
            p.put("valid_until", until);
        }
        return p;
    }

    /** A window of a year ending on a day, as the timeline's moving window. */
    private static TimeWindow endingOn(String day) {
        return TimeWindow.endingAt((int) LocalDate.parse(day).toEpochDay(), 365);
    }

    @Nested
    @DisplayName("shown for a window: as it stood on the window's last day")
    class Shown {

        @ParameterizedTest(name = "from {0} until {1}, window ending {2}: {3}")
        @CsvSource(nullValues = "-", value = {
            // the 1994 line: the day before the ceasefire of 10 November 2020 it stands, on it and after it not
            "1994-05-12, 2020-11-09, 2020-11-08, true",
            "1994-05-12, 2020-11-09, 2020-11-09, true",
            "1994-05-12, 2020-11-09, 2020-11-10, false",
            // the line after 10 November 2020: not the day before, from the day, the day after too
            "2020-11-10, 2023-09-20, 2020-11-09, false",
            "2020-11-10, 2023-09-20, 2020-11-10, true",
            "2020-11-10, 2023-09-20, 2020-11-11, true",
            // its last day and the day after
            "2020-11-10, 2023-09-20, 2023-09-20, true",
            "2020-11-10, 2023-09-20, 2023-09-21, false",
            // the day before it began
            "1994-05-12, 2020-11-09, 1994-05-11, false",
            // open start: held for ever before its end
            "-, 2020-11-09, 1900-01-01, true",
            "-, 2020-11-09, 2020-11-10, false",
            // open end: held for ever after its start
            "2023-04-23, -, 2023-04-22, false",
            "2023-04-23, -, 2023-04-23, true",
            "2023-04-23, -, 2099-12-31, true",
            // neither: always
            "-, -, 1800-01-01, true",
        })
        void atTheBoundaries(String from, String until, String windowEnd, boolean shown) {
            assertEquals(shown, ValidTime.of(props(from, until)).shownIn(endingOn(windowEnd)));
        }

        @Test
        @DisplayName("a window that spans a change shows only the state of its last day, never both")
        void oneStateAtATime() {
            TimeWindow spanning = TimeWindow.of(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 11, 30));
            assertFalse(ValidTime.of(props("1994-05-12", "2020-11-09")).shownIn(spanning));
            assertTrue(ValidTime.of(props("2020-11-10", "2023-09-20")).shownIn(spanning));
        }

        @Test
        @DisplayName("with no window (a picture without time) every feature is drawn")
        void noWindow() {
            assertTrue(ValidTime.of(props("2020-11-10", "2020-11-10")).shownIn(null));
        }
    }

    @Nested
    @DisplayName("dates given to the year, the month or the day")
    class Precision {

        @ParameterizedTest(name = "{0}..{1} holds from {2} to {3}")
        @CsvSource({
            // a year: its first day to its last
            "1994, 1994, 1994-01-01, 1994-12-31",
            // a month: the whole month, a leap February too
            "2024-02, 2024-02, 2024-02-01, 2024-02-29",
            // a day is that day
            "2020-11-10, 2020-11-10, 2020-11-10, 2020-11-10",
            // mixed
            "2023-04-23, 2023-09, 2023-04-23, 2023-09-30",
        })
        void spans(String from, String until, String first, String last) {
            ValidTime time = ValidTime.of(props(from, until));
            assertEquals(LocalDate.parse(first).toEpochDay(), time.fromDay());
            assertEquals(LocalDate.parse(last).toEpochDay(), time.untilDay());
        }

        @Test
        @DisplayName("a year written as a JSON number is a year")
        void number() {
            Map<String, Object> p = new HashMap<>();
            p.put("valid_from", 1994);
            assertEquals(LocalDate.of(1994, 1, 1).toEpochDay(), ValidTime.of(p).fromDay());
        }

        @ParameterizedTest(name = "{0} / {1}: {2}")
        @CsvSource(nullValues = "-", value = {
            "2020-13, -, valid_from: '2020-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            "-, 10 Nov 2020, valid_until: '10 Nov 2020' is not a date",
            "2020-02-30, -, valid_from: '2020-02-30' is not a date",
            "2021, 2020, valid_until 2020-12-31 is before valid_from 2021-01-01",
        })
        void refused(String from, String until, String message) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValidTime.of(props(from, until)));
            assertTrue(e.getMessage().startsWith(message), e.getMessage());
            assertEquals(ValidTime.ALWAYS, ValidTime.orAlways(props(from, until)));
        }
    }

    @Test
    @DisplayName("the days the map changes: where a span begins and the day after it ends, each once, sorted")
    void changeDays() {
        int[] days = ValidTime.changeDays(List.of(ValidTime.of(props("1994-05-12", "2020-11-09")),
                ValidTime.of(props("2020-11-10", "2023-09-20")), ValidTime.of(props("2023-04-23", null)), ValidTime.ALWAYS));
        assertArrayEquals(new int[] {(int) LocalDate.of(1994, 5, 12).toEpochDay(), (int) LocalDate.of(2020, 11, 10).toEpochDay(),
            (int) LocalDate.of(2023, 4, 23).toEpochDay(), (int) LocalDate.of(2023, 9, 21).toEpochDay()}, days);
    }
}
