// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The synthetic incident generator")
class SyntheticIncidentsTest {

    private final List<Incident> incidents = new SyntheticIncidents(42).generate(10_000);

    @Test
    @DisplayName("gives the same incidents for the same seed, and others for another seed")
    void seeded() {
        assertEquals(incidents.subList(0, 100), new SyntheticIncidents(42).generate(100));
        assertTrue(!incidents.get(0).equals(new SyntheticIncidents(43).generate(1).get(0)));
    }

    @Nested
    @DisplayName("streams, holding no list (ten million incidents fit a store, not a list)")
    class Streaming {

        @Test
        @DisplayName("hands a consumer the same incidents, in the same order, as the list")
        void consumerSeesTheList() {
            List<Incident> seen = new java.util.ArrayList<>();
            new SyntheticIncidents(42).forEach(1_000, seen::add);
            assertEquals(incidents.subList(0, 1_000), seen);
        }

        @Test
        @DisplayName("gives an iterator that starts the sequence anew at each call and ends at the count")
        void iteratorRestarts() {
            SyntheticIncidents generator = new SyntheticIncidents(42);
            java.util.Iterator<Incident> first = generator.iterator(3);
            java.util.Iterator<Incident> second = generator.iterator(3);
            for (int i = 0; i < 3; i++) {
                assertEquals(incidents.get(i), first.next());
                assertEquals(incidents.get(i), second.next());
            }
            assertTrue(!first.hasNext());
            org.junit.jupiter.api.Assertions.assertThrows(java.util.NoSuchElementException.class, first::next);
        }

        @Test
        @DisplayName("refuses a negative count")
        void negativeCount() {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new SyntheticIncidents(42).iterator(-1));
        }
    }

    @Test
    @DisplayName("puts every point in the region 43–51° E, 36–42.5° N and every date in 1990–2026")
    void region() {
        for (Incident incident : incidents) {
            if (incident.hasPoint()) {
                assertTrue(incident.point().lon() >= 43 && incident.point().lon() <= 51, incident.id());
                assertTrue(incident.point().lat() >= 36 && incident.point().lat() <= 42.5, incident.id());
            }
            assertTrue(incident.date().start().getYear() >= 1990 && incident.date().end().getYear() <= 2026, incident.id());
        }
    }

    @Test
    @DisplayName("clusters: the 2020 war weeks are far denser than an average six weeks, and towns repeat")
    void clustered() {
        long war = incidents.stream().filter(i -> !i.date().start().isBefore(LocalDate.of(2020, 9, 27))
                && !i.date().start().isAfter(LocalDate.of(2020, 11, 10))).count();
        double average = incidents.size() * 45.0 / (37 * 365);
        assertTrue(war > 10 * average, war + " in the war weeks, " + average + " on average");
        Map<String, Long> places = incidents.stream().collect(Collectors.groupingBy(i -> i.location().name(), Collectors.counting()));
        assertTrue(places.values().stream().anyMatch(n -> n > incidents.size() / 50), "some places are hot spots");
    }

    @Test
    @DisplayName("mixes categories, statuses and roles")
    void mixes() {
        Map<Category, Long> categories = incidents.stream().collect(Collectors.groupingBy(Incident::category, Collectors.counting()));
        assertEquals(Category.values().length, categories.size());
        assertEquals(Status.values().length, incidents.stream().map(Incident::status).distinct().count());
        assertEquals(Role.values().length, incidents.stream().map(Incident::role).distinct().count());
    }

    @Nested
    @DisplayName("as GeoJSON")
    class AsGeoJson {

        @Test
        @DisplayName("reads back with the incident reader to the same incidents, with no problems")
        void roundTrip() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SyntheticIncidents(42).writeGeoJson(2_000, out);
            IncidentResult read = new IncidentReader().readGeoJson(new ByteArrayInputStream(out.toByteArray()), "synthetic.geojson");
            assertEquals(List.of(), read.problems());
            Map<String, Incident> byId = read.incidents().stream().collect(Collectors.toMap(Incident::id, Function.identity()));
            for (Incident incident : incidents.subList(0, 2_000)) {
                assertEquals(incident, byId.get(incident.id()));
            }
        }
    }

    @Test
    @DisplayName("rebuilds every incident unchanged from the columnar store")
    void storeRoundTrip() {
        IncidentStore store = new IncidentStore(incidents);
        for (int i = 0; i < store.size(); i += 97) {
            Incident rebuilt = store.get(i);
            assertEquals(rebuilt, incidents.stream().filter(x -> x.id().equals(rebuilt.id())).findFirst().orElseThrow());
            assertEquals(i, store.indexOf(rebuilt.id()));
        }
        assertEquals(-1, store.indexOf("no such id"));
    }
}
