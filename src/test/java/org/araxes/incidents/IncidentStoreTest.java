// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.araxes.timeline.TimeWindow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
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

    /** An incident with every kind of field filled, texts from a small pool so many repeat. */
    private static Incident rich(Random random, int i) {
        String[] pool = {"Kapan", "Ордубад", "Culfa — Джульфа", "Նախիջևան", "", "Aa", "BB", "😀 emoji"};
        LocalDate start = d("1990-01-01").plusDays(random.nextInt(200));
        List<String> actors = new ArrayList<>();
        for (int a = random.nextInt(3); a > 0; a--) {
            actors.add(pool[random.nextInt(pool.length)] + "x");
        }
        List<Incident.Source> sources = new ArrayList<>();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            sources.add(new Incident.Source(pool[random.nextInt(pool.length)], "p" + random.nextInt(4), "a",
                    "t " + pool[random.nextInt(pool.length)], "2022-11", "q" + random.nextInt(10)));
        }
        return new Incident("id-" + (i % 2 == 0 ? pool[i % pool.length] : "") + i, "title " + pool[random.nextInt(pool.length)],
                pool[random.nextInt(pool.length)], Category.values()[random.nextInt(Category.values().length)], actors,
                Status.values()[random.nextInt(Status.values().length)], Role.values()[random.nextInt(2)],
                new Incident.When(start, start.plusDays(random.nextInt(3) == 0 ? random.nextInt(400) : 0),
                        DatePrecision.values()[random.nextInt(DatePrecision.values().length)],
                        DateBasis.values()[random.nextInt(DateBasis.values().length)], pool[random.nextInt(pool.length)]),
                new Incident.Place(pool[random.nextInt(pool.length)], LocationPrecision.values()[random.nextInt(LocationPrecision.values().length)],
                        pool[random.nextInt(pool.length)]),
                random.nextInt(5) == 0 ? null : new Incident.Point(45 + random.nextDouble(), 39 + random.nextDouble()), sources);
    }

    @Test
    @DisplayName("gives back every incident equal to what went in, in the order given and in date order")
    void roundTrip() {
        Random random = new Random(11);
        List<Incident> given = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            given.add(rich(random, i));
        }
        IncidentStore built = new IncidentStore(given);
        assertEquals(given, built.inInputOrder());
        List<Incident> chronological = new ArrayList<>(given);
        chronological.sort(java.util.Comparator.comparing((Incident i) -> i.date().start())
                .thenComparing((a, b) -> java.util.Arrays.compareUnsigned(a.id().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        b.id().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(chronological, built.all());
        for (Incident incident : given) {
            assertEquals(incident, built.get(built.indexOf(incident.id())));
        }
        java.util.Map<String, Integer> actorCounts = new java.util.HashMap<>();
        given.forEach(i -> i.actors().forEach(a -> actorCounts.merge(a, 1, Integer::sum)));
        assertEquals(actorCounts, new java.util.HashMap<>(built.actors()));
    }

    @Nested
    @DisplayName("keeps its columns compactly (decision 0030) and gives every field back")
    class Compact {

        /** An incident with a long summary of its own, notes, and sources citing a few publishers. */
        private Incident wordy(int i) {
            LocalDate day = d("2020-01-01").plusDays(i % 300);
            List<Incident.Source> sources = new ArrayList<>();
            for (int k = 0; k <= i % 3; k++) {
                sources.add(new Incident.Source("file-" + (i % 2), "Publisher " + (k + i) % 5, "unknown", "Bulletin",
                        day.toString(), "Quote " + i + "/" + k + ": " + "Ղարաբաղ — Карабах, ".repeat(1 + i % 4)));
            }
            return new Incident("w-" + i, "Title " + i % 7, "Summary " + i + ". " + "Shelling reported near the line. ".repeat(1 + i % 5),
                    Category.values()[i % Category.values().length], List.of("Actor " + i % 3), Status.REPORTED, Role.PRIMARY,
                    new Incident.When(day, day, DatePrecision.DAY, DateBasis.STATED, i % 10 == 0 ? "date note " + i : ""),
                    new Incident.Place("Kapan", LocationPrecision.TOWN, i % 4 == 0 ? "" : "place note 😀 " + i),
                    new Incident.Point(46.4060000 + i * 1e-7, 39.2080000), sources);
        }

        @Test
        @DisplayName("gives back text spanning many compressed blocks, notes and sources, in both orders and combined")
        void prose() {
            List<Incident> given = new ArrayList<>();
            for (int i = 0; i < 4_000; i++) { // ~700 KB of summaries and quotes: dozens of blocks
                given.add(wordy(i));
            }
            IncidentStore store = new IncidentStore(given);
            assertEquals(given, store.inInputOrder());
            for (int i = 0; i < given.size(); i += 37) {
                assertEquals(given.get(i), store.get(store.indexOf(given.get(i).id())));
            }
            IncidentStore twice = IncidentStore.combine(List.of(store, new IncidentStore(given.subList(0, 500))));
            List<Incident> both = new ArrayList<>(given);
            both.addAll(given.subList(0, 500));
            assertEquals(both, twice.inInputOrder());
        }

        @Test
        @DisplayName("counts a source cited by many incidents once, whatever each quotes")
        void sharedCitations() {
            List<Incident> given = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                given.add(wordy(i));
            }
            IncidentStore store = new IncidentStore(given);
            int[] all = java.util.stream.IntStream.range(0, store.size()).toArray();
            java.util.Map<List<String>, Integer> expected = new java.util.HashMap<>();
            for (Incident incident : given) {
                incident.sources().stream().map(s -> List.of(s.publisher(), s.author(), s.title(), s.published()))
                        .distinct().forEach(key -> expected.merge(key, 1, Integer::sum));
            }
            java.util.Map<List<String>, Integer> counted = new java.util.HashMap<>();
            for (IncidentStore.SourceUse use : store.sourceUses(all)) {
                Incident.Source s = use.source();
                counted.merge(List.of(s.publisher(), s.author(), s.title(), s.published()), use.incidents(), Integer::sum);
            }
            assertEquals(expected, counted);
        }

        @Test
        @DisplayName("gives back points to seven decimals, finer ones, the edges of the world and none, exactly")
        void points() {
            double[][] points = {{45.1234567, 39.7654321}, {0.1 + 0.2, 39.0000001}, {-180, -90}, {180, 90}, {-0.0, 0.0},
                {46.40600000000001, 39.208}, {-179.9999999, 89.9999999}, {Math.PI, Math.E}};
            List<Incident> given = new ArrayList<>();
            for (int i = 0; i < points.length + 1; i++) {
                Incident plain = wordy(i);
                Incident.Point point = i < points.length ? new Incident.Point(points[i][0], points[i][1]) : null;
                given.add(new Incident(plain.id(), plain.title(), plain.summary(), plain.category(), plain.actors(),
                        plain.status(), plain.role(), plain.date(), plain.location(), point, plain.sources()));
            }
            IncidentStore store = new IncidentStore(given);
            assertEquals(given, store.inInputOrder());
            for (int i = 0; i < points.length; i++) {
                int index = store.indexOf(given.get(i).id());
                assertEquals(Double.doubleToLongBits(points[i][0]), Double.doubleToLongBits(store.lon(index)), "lon " + i);
                assertEquals(Double.doubleToLongBits(points[i][1]), Double.doubleToLongBits(store.lat(index)), "lat " + i);
            }
            int none = store.indexOf(given.get(points.length).id());
            assertFalse(store.hasPoint(none));
            assertTrue(Double.isNaN(store.lon(none)) && Double.isNaN(store.mercatorY(none)));
        }
    }

    @Test
    @DisplayName("orders the same day by id, and the same id by the order given")
    void sameDay() {
        LocalDate day = d("2022-10-21");
        Incident second = incident("b", day, day, Category.ATTACK, Role.PRIMARY, "first b");
        Incident secondAgain = incident("b", day, day, Category.WAR, Role.PRIMARY, "second b");
        IncidentStore same = new IncidentStore(List.of(second, incident("c", day, day, Category.ATTACK, Role.PRIMARY),
                secondAgain, incident("a", day, day, Category.ATTACK, Role.PRIMARY)));
        assertEquals(List.of("a", "b", "b", "c"), same.all().stream().map(Incident::id).toList());
        assertEquals(second, same.get(1));
        assertEquals(secondAgain, same.get(2));
        assertEquals(1, same.indexOf("b"));
    }

    @Test
    @DisplayName("orders a long run of one day by id in code point order, where UTF-16 order differs")
    void longRun() {
        LocalDate day = d("2020-09-27");
        List<Incident> given = new ArrayList<>();
        Random random = new Random(5);
        String[] marks = {"\uFB01", "😀", "a", "Z", "ж"}; // U+FB01 sorts after the emoji in UTF-16, before it by code point
        for (int i = 0; i < 300; i++) {
            given.add(incident(marks[random.nextInt(marks.length)] + random.nextInt(50), day, day, Category.WAR, Role.PRIMARY));
        }
        List<String> expected = new ArrayList<>(given.stream().map(Incident::id).toList());
        expected.sort(java.util.Comparator.comparing(id -> id.codePoints().boxed().toList(),
                (a, b) -> {
                    for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
                        int c = Integer.compare(a.get(k), b.get(k));
                        if (c != 0) {
                            return c;
                        }
                    }
                    return Integer.compare(a.size(), b.size());
                }));
        assertEquals(expected, new IncidentStore(given).all().stream().map(Incident::id).toList());
        assertTrue("\uFB01".compareTo("😀") > 0, "in UTF-16 order the ligature comes after the emoji");
    }

    @Test
    @DisplayName("a builder refuses an id it has, adds nothing then, and is used once")
    void builder() {
        LocalDate day = d("2022-10-21");
        IncidentStore.Builder builder = new IncidentStore.Builder(1);
        // "a" is already a text (a title), not an id: that is no clash
        assertTrue(builder.addNew(new Incident("x", "a", "", Category.ATTACK, List.of("Iran"), Status.REPORTED, Role.PRIMARY,
                Incident.When.day(day), new Incident.Place("x", LocationPrecision.TOWN, ""), null,
                List.of(new Incident.Source("f", "p", "a", "t", "unknown", "q")))));
        assertTrue(builder.addNew(incident("a", day, day, Category.WAR, Role.PRIMARY, "Iran")));
        assertFalse(builder.addNew(incident("a", day.plusDays(1), day.plusDays(1), Category.ATTACK, Role.PRIMARY, "Turkey")));
        assertEquals(2, builder.size());
        IncidentStore built = builder.build();
        assertEquals(List.of("a", "x"), built.all().stream().map(Incident::id).toList());
        assertEquals(java.util.Map.of("Iran", 2), built.actors());
        assertThrows(IllegalStateException.class, builder::build);
        assertThrows(IllegalStateException.class, () -> builder.add(incident("b", day, day, Category.WAR, Role.PRIMARY)));
    }

    @Test
    @DisplayName("combines stores in the order given; one store is itself")
    void combine() {
        LocalDate day = d("2022-10-21");
        IncidentStore other = new IncidentStore(List.of(incident("e", day, day, Category.WAR, Role.PRIMARY, "Iran")));
        assertSame(store, IncidentStore.combine(List.of(store)));
        IncidentStore both = IncidentStore.combine(List.of(store, other));
        assertEquals(List.of("c", "a", "b", "d", "e"), both.inInputOrder().stream().map(Incident::id).toList());
        assertEquals(List.of("a", "b", "c", "e", "d"), both.all().stream().map(Incident::id).toList());
        assertEquals(3, both.actors().get("Iran"));
    }

    @Nested
    @DisplayName("combined from several sets, keeps each incident's set")
    class Parts {
        private final LocalDate day = d("2022-10-21");
        private final Incident inA = incident("same", day, day, Category.WAR, Role.PRIMARY, "in a");
        private final Incident inB = incident("same", day, day, Category.ATTACK, Role.PRIMARY, "in b");
        private final IncidentStore a = new IncidentStore(List.of(inA, incident("only-a", d("2020-01-01"), d("2020-01-01"),
                Category.WAR, Role.PRIMARY)));
        private final IncidentStore b = new IncidentStore(List.of(incident("only-b", d("2023-01-01"), d("2023-01-01"),
                Category.WAR, Role.PRIMARY), inB));
        private final IncidentStore both = IncidentStore.combine(List.of(a, b));

        @Test
        @DisplayName("each index knows the position of the store it came from")
        void part() {
            assertEquals(4, both.size());
            for (int i = 0; i < both.size(); i++) {
                String id = both.id(i);
                int expected = id.equals("only-a") || both.get(i).equals(inA) ? 0 : 1;
                assertEquals(expected, both.part(i), id);
            }
        }

        @Test
        @DisplayName("a store that was not combined is all part 0")
        void single() {
            assertEquals(0, a.part(0));
            assertEquals(0, a.part(1));
            assertSame(a, IncidentStore.combine(List.of(a)));
        }

        @Test
        @DisplayName("an id held by two sets is kept twice, and found in each")
        void repeatedId() {
            int[] indices = both.indicesOf("same");
            assertEquals(2, indices.length);
            assertEquals(inA, both.get(both.indexOf(0, "same")));
            assertEquals(inB, both.get(both.indexOf(1, "same")));
            assertEquals(indices[0], both.indexOf("same"));
            assertEquals(-1, both.indexOf(0, "only-b"));
            assertEquals(-1, both.indexOf(1, "nowhere"));
            assertEquals(0, both.indicesOf("nowhere").length);
        }

        @Test
        @DisplayName("the lazy list finds the second of two incidents sharing an id")
        void lazyListFindsEither() {
            List<Incident> all = both.all();
            assertEquals(inB, all.get(all.indexOf(inB)));
            assertEquals(inA, all.get(all.indexOf(inA)));
            assertTrue(all.contains(inB));
        }

        @Test
        @DisplayName("a thousand ids repeated across three sets are all found, each in its set")
        void manyRepeated() {
            List<IncidentStore> stores = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                List<Incident> list = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    list.add(incident("id" + i, day.plusDays(i % 40), day.plusDays(i % 40), Category.WAR, Role.PRIMARY, "set" + p));
                }
                stores.add(new IncidentStore(list));
            }
            IncidentStore combined = IncidentStore.combine(stores);
            assertEquals(3000, combined.size());
            for (int i = 0; i < 1000; i++) {
                assertEquals(3, combined.indicesOf("id" + i).length);
                for (int p = 0; p < 3; p++) {
                    int index = combined.indexOf(p, "id" + i);
                    assertEquals(p, combined.part(index));
                    assertEquals(List.of("set" + p), combined.get(index).actors());
                }
            }
        }
    }

    @Test
    @DisplayName("reads codes as written, and in any case with spaces or hyphens for underscores")
    void codes() {
        assertEquals(Category.MILITARY_EXERCISE, Category.parse("military_exercise"));
        assertEquals(Category.MILITARY_EXERCISE, Category.parse(" Military-Exercise "));
        assertEquals(Category.MILITARY_EXERCISE, Category.parse("MILITARY EXERCISE"));
        assertEquals(DatePrecision.DAY, DatePrecision.parse("day"));
        assertEquals(null, Status.parse("rumoured"));
        assertEquals(null, Status.parse(" "));
        assertEquals(null, Status.parse(null));
        assertEquals(null, Role.parse("PRIMARY_"));
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

    @Test
    @DisplayName("a search finds the incidents whose search text contains it, as reading each one would, from the text index")
    void searchAsReadingEachIncident() {
        List<Incident> incidents = new SyntheticIncidents(11).generate(4000);
        IncidentStore big = new IncidentStore(incidents);
        java.util.Random random = new java.util.Random(2);
        IncidentFilter everything = IncidentFilter.all();
        for (int k = 0; k < 200; k++) {
            String text = incidents.get(random.nextInt(incidents.size())).searchText();
            int from = random.nextInt(text.length());
            String needle = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(16))).strip();
            long expected = incidents.stream().filter(i -> i.searchText().contains(needle)).count();
            assertEquals(expected, big.countMatching(everything.withText(needle)), needle);
        }
    }
}
