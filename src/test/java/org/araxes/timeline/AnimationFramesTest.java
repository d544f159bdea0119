// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.araxes.timeline.AnimationFrames.Frame;
import org.araxes.timeline.AnimationFrames.Step;
import org.araxes.timeline.AnimationFrames.Windows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frames of an animation: how many, which day each stands for, which days each shows. */
class AnimationFramesTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static List<LocalDate> days(List<Frame> frames) {
        return frames.stream().map(Frame::day).toList();
    }

    @Nested
    @DisplayName("frame days")
    class Days {

        @ParameterizedTest(name = "{0} to {1} by {2}: {3} frames, the last on {4}")
        @CsvSource({
            // the example: September 2020 to December 2023 by month, landing on the last day
            "2020-09-01, 2023-12-01, month, 40, 2023-12-01",
            // the same to the end of December: one more frame on the last day itself
            "2020-09-01, 2023-12-31, month, 41, 2023-12-31",
            // a year by week: 52 weeks after the first day land on 31 December
            "2022-01-01, 2022-12-31, week, 53, 2022-12-31",
            // a week by day: every day
            "2022-01-01, 2022-01-07, day, 7, 2022-01-07",
            // one day: one frame
            "2022-05-08, 2022-05-08, year, 1, 2022-05-08",
            // years, ending between two steps
            "2019-11-10, 2023-09-20, year, 5, 2023-09-20",
        })
        void countAndLast(String from, String to, String step, int count, String last) {
            List<Frame> frames = AnimationFrames.of(day(from), day(to), Step.parse(step), Windows.oneStep());
            assertEquals(count, frames.size());
            assertEquals(day(last), frames.get(frames.size() - 1).day());
            assertEquals(count, AnimationFrames.count(day(from), day(to), Step.parse(step)), "count agrees with the frames");
        }

        @Test
        @DisplayName("each frame stands for the first day plus its number of steps, and they are numbered from 0")
        void stepsFromTheFirstDay() {
            List<Frame> frames = AnimationFrames.of(day("2020-09-01"), day("2020-12-01"), Step.MONTH, Windows.oneStep());
            assertEquals(List.of(day("2020-09-01"), day("2020-10-01"), day("2020-11-01"), day("2020-12-01")), days(frames));
            for (int i = 0; i < frames.size(); i++) {
                assertEquals(i, frames.get(i).index());
            }
        }

        @Test
        @DisplayName("a month step from the 31st keeps to month ends without drifting to the 28th")
        void monthEnds() {
            List<Frame> frames = AnimationFrames.of(day("2023-01-31"), day("2023-05-31"), Step.MONTH, Windows.oneStep());
            assertEquals(List.of(day("2023-01-31"), day("2023-02-28"), day("2023-03-31"), day("2023-04-30"), day("2023-05-31")),
                    days(frames));
            assertEquals(5, AnimationFrames.count(day("2023-01-31"), day("2023-05-31"), Step.MONTH));
        }

        @Test
        @DisplayName("an animation that ends before it starts is refused")
        void backwards() {
            assertThrows(IllegalArgumentException.class,
                    () -> AnimationFrames.of(day("2023-01-02"), day("2023-01-01"), Step.DAY, Windows.oneStep()));
        }

        @Test
        @DisplayName("more than the most frames is refused before any frame is made")
        void tooMany() {
            assertTrue(AnimationFrames.count(day("1900-01-01"), day("2020-01-01"), Step.DAY) > AnimationFrames.MAX_FRAMES);
            assertThrows(IllegalArgumentException.class,
                    () -> AnimationFrames.of(day("1900-01-01"), day("2020-01-01"), Step.DAY, Windows.oneStep()));
        }

        @Test
        @DisplayName("the steps are named on the command line in any case, and unknown ones are not steps")
        void parse() {
            assertEquals(Step.WEEK, Step.parse("Week"));
            assertEquals(null, Step.parse("fortnight"));
            assertEquals(null, Step.parse(null));
        }
    }

    @Nested
    @DisplayName("the window each frame shows")
    class Window {

        @Test
        @DisplayName("by default, the step that ends on the frame's day")
        void oneStep() {
            List<Frame> frames = AnimationFrames.of(day("2020-10-01"), day("2020-12-01"), Step.MONTH, Windows.oneStep());
            assertEquals(TimeWindow.of(day("2020-09-02"), day("2020-10-01")), frames.get(0).window());
            assertEquals(TimeWindow.of(day("2020-11-02"), day("2020-12-01")), frames.get(2).window());
        }

        @Test
        @DisplayName("a moving window of DAYS ends on the frame's day, as the timeline's moving window")
        void moving() {
            List<Frame> frames = AnimationFrames.of(day("2020-11-10"), day("2020-11-24"), Step.WEEK, Windows.moving(30));
            for (Frame frame : frames) {
                assertEquals(WindowMode.MOVING.window((int) frame.day().toEpochDay(), 30, 0), frame.window());
                assertEquals(30, frame.window().lengthDays());
            }
        }

        @Test
        @DisplayName("a cumulative window reaches from the animation's first day")
        void cumulative() {
            List<Frame> frames = AnimationFrames.of(day("2020-09-01"), day("2020-11-01"), Step.MONTH, Windows.cumulative());
            assertEquals(TimeWindow.of(day("2020-09-01"), day("2020-09-01")), frames.get(0).window());
            assertEquals(TimeWindow.of(day("2020-09-01"), day("2020-11-01")), frames.get(2).window());
        }

        @Test
        @DisplayName("a window of no days is refused")
        void noDays() {
            assertThrows(IllegalArgumentException.class, () -> Windows.moving(0));
        }
    }
}
