// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.Role;
import org.araxes.timeline.PlaySpeed;
import org.araxes.timeline.WindowMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The incidents and timeline view-models, without a screen")
class TimelineViewModelTest {

    private static final IncidentResult BUNDLED = new IncidentReader().read(Path.of("geodata/incidents.geojson"));
    private static final String KAPAN = "inc-2022-10-21-kapan-consulate";

    private IncidentsViewModel model;
    private TimelineViewModel timeline;

    @BeforeEach
    void load() {
        model = new IncidentsViewModel();
        model.load(BUNDLED);
        timeline = model.timeline();
    }

    private List<String> shownIds() {
        return model.visible().stream().map(Incident::id).toList();
    }

    @Test
    @DisplayName("starts at the end of the data with every incident that overlaps the last year")
    void startsAtEnd() {
        assertEquals(LocalDate.of(2023, 5, 8), timeline.getDate());
        assertTrue(shownIds().contains("inc-2023-05-02-aliyev-shusha-remarks"));
        assertTrue(model.countProperty().get().endsWith(" of 39 incidents shown"), model.countProperty().get());
    }

    @Nested
    @DisplayName("the time window decides what is visible")
    class Window {

        @Test
        @DisplayName("on 21 October 2022 the Kapan consulate shows and no 2023 incident does")
        void kapanDay() {
            timeline.setDate(LocalDate.of(2022, 10, 21));
            assertTrue(shownIds().contains(KAPAN));
            assertTrue(model.visible().stream().noneMatch(i -> i.date().start().getYear() == 2023), shownIds().toString());
        }

        @Test
        @DisplayName("the day before, the consulate is not shown yet")
        void dayBefore() {
            timeline.setDate(LocalDate.of(2022, 10, 20));
            assertFalse(shownIds().contains(KAPAN));
        }

        @Test
        @DisplayName("a one-week window drops the 2021 exercise that a one-year window keeps; accumulating keeps the 1990s")
        void modes() {
            timeline.setDate(LocalDate.of(2022, 10, 1));
            timeline.windowDaysProperty().set(365);
            assertTrue(shownIds().contains("inc-2021-10-05-indestructible-brotherhood-2021"));
            timeline.windowDaysProperty().set(7);
            assertFalse(shownIds().contains("inc-2021-10-05-indestructible-brotherhood-2021"));
            timeline.modeProperty().set(WindowMode.ACCUMULATE);
            assertTrue(shownIds().contains("inc-1992-1994-first-karabakh-war"));
            assertFalse(shownIds().contains(KAPAN));
        }

        @Test
        @DisplayName("a year-precision incident counts anywhere in its year, not only on 1 January")
        void imprecise() {
            timeline.windowDaysProperty().set(7);
            timeline.setDate(LocalDate.of(2012, 7, 1));
            assertEquals(List.of("inc-2012-baku-plot-thwarted"), shownIds());
        }
    }

    @Nested
    @DisplayName("filters")
    class Filters {

        @Test
        @DisplayName("category, role, actor and text narrow what is shown and the count says so")
        void narrow() {
            timeline.modeProperty().set(WindowMode.ACCUMULATE);
            assertEquals("39 of 39 incidents shown", model.countProperty().get());
            model.categories().remove(Category.DIPLOMATIC);
            assertTrue(model.visible().stream().noneMatch(i -> i.category() == Category.DIPLOMATIC));
            model.categories().add(Category.DIPLOMATIC);
            model.roles().remove(Role.BACKGROUND);
            assertEquals("27 of 39 incidents shown", model.countProperty().get());
            model.roles().add(Role.BACKGROUND);
            model.actorProperty().set("Recep Tayyip Erdogan");
            assertEquals(List.of("inc-2022-10-21-turkey-shusha-consulate"), shownIds());
            model.actorProperty().set(null);
            model.searchProperty().set("KAFAN");
            assertEquals(List.of(KAPAN), shownIds());
        }

        @Test
        @DisplayName("a selection that the filter hides is cleared")
        void selectionCleared() {
            timeline.setDate(LocalDate.of(2022, 10, 21));
            assertTrue(model.selectById(KAPAN));
            model.categories().remove(Category.DIPLOMATIC);
            assertNull(model.selectedProperty().get());
        }
    }

    @Nested
    @DisplayName("moving through time")
    class Stepping {

        @Test
        @DisplayName("next and previous go from incident start to incident start, and Home/End to the ends")
        void steps() {
            timeline.setDate(LocalDate.of(2022, 10, 1));
            assertTrue(timeline.stepNext());
            assertEquals(LocalDate.of(2022, 10, 21), timeline.getDate());
            assertTrue(timeline.stepNext());
            assertEquals(LocalDate.of(2023, 1, 27), timeline.getDate());
            assertTrue(timeline.stepPrevious());
            assertEquals(LocalDate.of(2022, 10, 21), timeline.getDate());
            timeline.toStart();
            assertEquals(LocalDate.of(1992, 1, 1), timeline.getDate());
            assertFalse(timeline.stepPrevious());
            timeline.toEnd();
            assertFalse(timeline.stepNext());
        }

        @Test
        @DisplayName("stepping skips incidents the filter hides")
        void stepsFiltered() {
            timeline.setDate(LocalDate.of(2022, 10, 1));
            model.categories().remove(Category.DIPLOMATIC);
            model.categories().remove(Category.STATEMENT);
            model.categories().remove(Category.MILITARY_EXERCISE);
            timeline.stepNext();
            assertEquals(LocalDate.of(2023, 1, 27), timeline.getDate());
        }

        @Test
        @DisplayName("playing advances by the speed per second, keeps fractions and stops at the end")
        void plays() {
            timeline.setDate(LocalDate.of(2022, 1, 1));
            timeline.speedProperty().set(PlaySpeed.WEEK);
            timeline.togglePlay();
            timeline.advance(0.5);
            timeline.advance(0.5);
            assertEquals(LocalDate.of(2022, 1, 8), timeline.getDate());
            timeline.speedProperty().set(PlaySpeed.YEAR);
            timeline.advance(10);
            assertEquals(LocalDate.of(2023, 5, 8), timeline.getDate());
            assertFalse(timeline.playingProperty().get());
            timeline.togglePlay();
            assertEquals(LocalDate.of(1992, 1, 1), timeline.getDate(), "play at the end starts again");
        }

        @Test
        @DisplayName("zooming goes from decades down to a week and the axis follows the current day")
        void zoom() {
            for (int i = 0; i < 20; i++) {
                timeline.zoom(2);
            }
            assertEquals(7, timeline.axisProperty().get().spanDays(), 1e-6);
            timeline.setDate(LocalDate.of(2001, 6, 1));
            double day = LocalDate.of(2001, 6, 1).toEpochDay();
            assertTrue(timeline.axisProperty().get().startDay() <= day && timeline.axisProperty().get().endDay() >= day);
            timeline.zoomToData();
            assertTrue(timeline.axisProperty().get().spanDays() > 365 * 30);
        }
    }

    @Test
    @DisplayName("opened files go first in the recent files, without duplicates")
    void recent() {
        model.remember(Path.of("a.csv"));
        model.remember(Path.of("b.geojson"));
        model.remember(Path.of("a.csv"));
        assertEquals(2, model.recentFiles().size());
        assertTrue(model.recentFiles().get(0).endsWith("a.csv"));
    }

    @Test
    @DisplayName("the slider reaches every day a layer changes, past the incidents' last day, and still starts at the data's end")
    void layerChangesWidenTheSlider() {
        int dataFirst = timeline.firstDayProperty().get();
        int dataLast = timeline.lastDayProperty().get();
        int later = dataLast + 100;
        int earlier = dataFirst - 50;
        timeline.layerChangesProperty().set(new int[] {earlier, dataFirst + 10, later});
        assertEquals(earlier, timeline.firstDayProperty().get());
        assertEquals(later, timeline.lastDayProperty().get());
        assertEquals(dataLast, timeline.currentProperty().get(), "the current day stays where it was");
        timeline.currentProperty().set(later);
        assertEquals(later, timeline.getWindow().endDay(), "the last change can be reached");
        timeline.setSpan(new org.araxes.timeline.TimeWindow(dataFirst, dataLast));
        assertEquals(later, timeline.lastDayProperty().get(), "a new span keeps the layers' days");
        assertEquals(dataLast, timeline.currentProperty().get(), "and goes to the data's end");
        timeline.layerChangesProperty().set(new int[0]);
        assertEquals(dataLast, timeline.lastDayProperty().get());
    }
}
