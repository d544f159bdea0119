// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.araxes.geo.Viewport;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The map state and the one function that shows a view on it. */
class MapStateTest {

    private static final int FIRST = (int) LocalDate.of(2020, 9, 27).toEpochDay();
    private static final int LAST = (int) LocalDate.of(2023, 5, 8).toEpochDay();

    /** The window's start: 800×600, three layers, the bundled data's span. */
    private static MapState start() {
        return MapState.initial(800, 600, 1, List.of("countries", "rivers", "places"), FIRST, LAST, "en");
    }

    private static SavedView view(ViewTime time, List<String> shown, List<String> hidden) {
        return new SavedView("v", new MapExtent.Box(45, 38, 47, 40), time, shown, hidden, null, null, "");
    }

    @Nested
    @DisplayName("before any view")
    class Initial {
        @Test
        @DisplayName("shows the whole region, every layer, and a moving year ending on the data's last day")
        void startState() {
            MapState s = start();
            assertEquals(List.of("countries", "rivers", "places"), s.visibleLayerIds());
            assertEquals(TimeWindow.endingAt(LAST, WindowMode.START_LENGTH_DAYS), s.window());
            assertEquals(WindowMode.MOVING, s.mode());
            assertTrue(s.viewport().visibleBounds().contains(43.51, 36.51), "the region's south-west corner is in view");
            assertTrue(s.viewport().visibleBounds().contains(50.49, 41.99), "and its north-east corner");
        }

        @Test
        @DisplayName("refuses a picture of no size")
        void noSize() {
            assertThrows(IllegalArgumentException.class,
                    () -> MapState.initial(0, 600, 1, List.of(), FIRST, LAST, "en"));
        }
    }

    @Nested
    @DisplayName("showing a view")
    class Showing {
        @Test
        @DisplayName("a view of one day shows that one day, as a moving window of one day")
        void oneDay() {
            LocalDate day = LocalDate.of(2022, 10, 21);
            MapState s = start().showing(view(ViewTime.day(day), null, null));
            assertEquals(TimeWindow.day(day), s.window());
            assertEquals(WindowMode.MOVING, s.mode());
        }

        @Test
        @DisplayName("a view of a window shows that window")
        void window() {
            LocalDate from = LocalDate.of(2021, 9, 1);
            LocalDate to = LocalDate.of(2021, 10, 4);
            assertEquals(TimeWindow.of(from, to), start().showing(view(ViewTime.window(from, to), null, null)).window());
        }

        @Test
        @DisplayName("a view without time keeps the window shown")
        void noTime() {
            assertEquals(start().window(), start().showing(view(null, null, null)).window());
        }

        @Test
        @DisplayName("layers a view names are shown or hidden; layers it does not name stay as they are")
        void layers() {
            MapState riversHidden = start().showing(view(null, null, List.of("rivers")));
            assertEquals(List.of("countries", "places"), riversHidden.visibleLayerIds());
            // names countries and rivers only: places, which it does not name, stays shown
            MapState s = riversHidden.showing(view(null, List.of("rivers"), List.of("countries")));
            assertEquals(List.of("rivers", "places"), s.visibleLayerIds());
        }

        @Test
        @DisplayName("a box is fitted into the picture's size at scale 1; a centre is taken as it is")
        void extent() {
            MapState boxed = start().showing(view(null, null, null));
            Viewport fitted = Viewport.fitting(new org.locationtech.jts.geom.Envelope(45, 47, 38, 40), 800, 600);
            assertEquals(fitted.zoom(), boxed.area().zoom(), 1e-9);
            MapState centred = start().showing(SavedView.of("c", new MapExtent.Centre(46.4, 39.2, 9)));
            assertEquals(new MapState.Area(46.4, 39.2, 9), centred.area());
        }

        @Test
        @DisplayName("a selection the view names replaces the state's; one it does not name stays")
        void selection() {
            SavedView selecting = new SavedView("v", MapState.HOME, null, null, null, null, "inc-a", "");
            MapState selected = start().showing(selecting);
            assertEquals("inc-a", selected.selected());
            assertEquals("inc-a", selected.showing(view(null, null, null)).selected());
        }

        @Test
        @DisplayName("a story step rings its incidents")
        void step() {
            StoryStep step = new StoryStep(view(null, null, null), "caption", "", List.of("inc-a", "inc-b"));
            assertEquals(List.of("inc-a", "inc-b"), start().showing(step).ringed());
        }
    }

    @Test
    @DisplayName("a picture twice the size at scale 2 shows the same ground, one zoom level in")
    void sized() {
        MapState s = start();
        MapState doubled = s.sized(1600, 1200, 2);
        assertEquals(s.viewport().zoom() + 1, doubled.viewport().zoom(), 1e-9);
        assertEquals(s.viewport().visibleBounds(), doubled.viewport().visibleBounds());
    }

    @Test
    @DisplayName("the state taken as a view and shown again gives the same state")
    void roundTrip() {
        LocalDate from = LocalDate.of(2021, 9, 1);
        MapState s = start().showing(view(ViewTime.window(from, from.plusDays(48)), null, List.of("rivers")));
        SavedView taken = s.toView("taken", true);
        assertEquals(List.of("rivers"), taken.hiddenLayers());
        MapState again = start().showing(taken);
        assertEquals(s.window(), again.window());
        assertEquals(s.layers(), again.layers());
        assertEquals(s.area().lon(), again.area().lon(), 1e-9);
        assertEquals(s.area().zoom(), again.area().zoom(), 1e-9);
    }
}
