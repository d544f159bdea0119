// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.araxes.timeline.TimeWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The incident store")
class IncidentStoreTest {

    static Incident incident(String id, LocalDate start, LocalDate end, Category category, Role role, String... actors) {
        return new Incident(id, id, "summary of " + id, category, List.of(actors), Status.REPORTED, role,
                new Incident.When(start, end, start.equals(end) ? DatePrecision.DAY : DatePrecision.APPROXIMATE,
                        DateBasis.STATED, ""),
                new Incident.Place("x", LocationPrecision.TOWN, ""), new Incident.Point(46, 39),
                List.of(new Incident.Source("f", "p", "a", "t", "unknown", "q")));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private final IncidentStore store = new IncidentStore(List.of(
            incident("c", d("2022-10-21"), d("2022-10-21"), Category.DIPLOMATIC, Role.PRIMARY, "Iran", "Armenia"),
            incident("a", d("1992-01-01"), d("1994-12-31"), Category.WAR, Role.BACKGROUND, "Armenia", "Azerbaijan"),
            incident("b", d("2021-10-05"), d("2021-10-08"), Category.MILITARY_EXERCISE, Role.PRIMARY, "Azerbaijan", "Turkey"),
            incident("d", d("2023-01-27"), d("2023-01-27"), Category.ATTACK, Role.PRIMARY, "Iran", "Azerbaijan")));

    private List<String> ids(int[] indices) {
        return store.incidents(indices).stream().map(Incident::id).toList();
    }

    @Test
    @DisplayName("keeps incidents in chronological order")
    void sorted() {
        assertEquals(List.of("a", "b", "c", "d"), store.all().stream().map(Incident::id).toList());
        assertEquals(2, store.indexOf("c"));
    }

    @Test
    @DisplayName("a window shows what overlaps it, long spans included")
    void window() {
        assertEquals(List.of("c"), ids(store.visible(TimeWindow.of(d("2022-01-01"), d("2022-10-21")), IncidentFilter.all())));
        assertEquals(List.of("a"), ids(store.visible(TimeWindow.day(d("1993-06-01")), IncidentFilter.all())));
        assertEquals(List.of("b"), ids(store.visible(TimeWindow.day(d("2021-10-07")), IncidentFilter.all())));
        assertEquals(List.of("a", "b", "c", "d"),
                ids(store.visible(TimeWindow.of(d("1990-01-01"), d("2030-01-01")), IncidentFilter.all())));
        assertEquals(List.of(), ids(store.visible(TimeWindow.day(d("2022-10-20")), IncidentFilter.all())));
    }

    @Test
    @DisplayName("filters by category, role, actor and text")
    void filters() {
        TimeWindow all = TimeWindow.of(d("1990-01-01"), d("2030-01-01"));
        IncidentFilter filter = IncidentFilter.all();
        assertEquals(List.of("a"), ids(store.visible(all, filter.withCategories(EnumSet.of(Category.WAR)))));
        assertEquals(List.of("b", "c", "d"), ids(store.visible(all, filter.withRoles(EnumSet.of(Role.PRIMARY)))));
        assertEquals(List.of("c", "d"), ids(store.visible(all, filter.withActors(Set.of("Iran")))));
        assertEquals(List.of("b"), ids(store.visible(all, filter.withText("SUMMARY OF B"))));
        assertEquals(List.of(), ids(store.visible(all, filter.withCategories(Set.of()))));
        assertEquals(1, store.countMatching(filter.withText("of d")));
    }

    @Test
    @DisplayName("steps to the next and previous incident start")
    void stepping() {
        int day = (int) d("2021-10-06").toEpochDay();
        assertEquals(d("2022-10-21").toEpochDay(), store.nextStart(day, IncidentFilter.all()).getAsInt());
        assertEquals(d("2021-10-05").toEpochDay(), store.previousStart(day, IncidentFilter.all()).getAsInt());
        assertTrue(store.nextStart((int) d("2023-01-27").toEpochDay(), IncidentFilter.all()).isEmpty());
        assertEquals(d("1992-01-01").toEpochDay(), store.previousStart(day,
                IncidentFilter.all().withRoles(EnumSet.of(Role.BACKGROUND))).getAsInt());
    }

    @Test
    @DisplayName("answers a one-year window over 200,000 incidents as a plain scan would (a million, and the speed: TimelineScrubBench)")
    void manyIncidents() {
        Random random = new Random(7);
        // 200,000 keeps the test within the test JVM's 2 GB heap: a million Incident records plus the
        // store's columns need more; the benchmark works on a million through the columnar loader.
        List<Incident> many = new ArrayList<>(200_000);
        LocalDate base = d("1990-01-01");
        Category[] categories = Category.values();
        for (int i = 0; i < 200_000; i++) {
            LocalDate start = base.plusDays(random.nextInt(365 * 35));
            int span = random.nextInt(100) == 0 ? random.nextInt(1000) : random.nextInt(5);
            many.add(incident("inc-" + i, start, start.plusDays(span), categories[i % categories.length],
                    i % 3 == 0 ? Role.BACKGROUND : Role.PRIMARY, i % 2 == 0 ? "Iran" : "Azerbaijan"));
        }
        IncidentStore big = new IncidentStore(many);
        TimeWindow window = TimeWindow.of(d("2010-01-01"), d("2010-12-31"));
        IncidentFilter filter = IncidentFilter.all().withCategories(EnumSet.of(Category.ATTACK, Category.WAR));
        int[] visible = big.visible(window, filter);
        int expected = 0;
        for (int i = 0; i < big.size(); i++) {
            if (window.overlaps(big.startDay(i), big.endDay(i)) && filter.test(big.get(i))) {
                expected++;
            }
        }
        assertEquals(expected, visible.length);
        for (int k = 1; k < visible.length; k++) {
            assertTrue(visible[k - 1] < visible[k]);
        }
        assertArrayEquals(visible, big.visible(window, filter));
    }
}
