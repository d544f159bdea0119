// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The desk's filters run in the database and agree with the window's own filter, on the bundled incidents")
class DeskFilterTest {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    static final String SCHEMA = "filters";

    /** The bundled incidents, as the window reads them. */
    static List<Incident> bundled;

    @BeforeAll
    static void desk() throws Exception {
        bundled = Atlas.load(Path.of("geodata")).layersOfKind(LayerInfo.Kind.INCIDENTS).stream()
                .flatMap(l -> IncidentReader.fromGeoJson(new GeoJsonResult(l.fileName(), l.info(), l.features(),
                        l.problems())).incidents().stream())
                .toList();
        assertTrue(bundled.size() > 20, "enough incidents to filter: " + bundled.size());
        DeskFixtures.prepareDesk(POSTGRES, SCHEMA);
        try (Desk desk = Desk.open(POSTGRES.url("desk_owner", SCHEMA), "owner-pw")) {
            for (Incident incident : bundled) {
                assertInstanceOf(EditResult.Saved.class, desk.save(incident, 0), incident.id());
            }
        }
    }

    static Stream<IncidentFilter> filters() {
        Incident some = bundled.get(bundled.size() / 2);
        String actor = bundled.stream().flatMap(i -> i.actors().stream()).findFirst().orElseThrow();
        String quoteWord = bundled.stream().flatMap(i -> i.sources().stream()).map(Incident.Source::quote)
                .filter(q -> q.length() > 12).findFirst().orElseThrow().substring(3, 11);
        IncidentFilter all = IncidentFilter.all();
        return Stream.of(all,
                all.withCategories(EnumSet.of(some.category())),
                all.withStatuses(EnumSet.of(some.status())),
                all.withRoles(EnumSet.of(some.role())),
                all.withRoles(EnumSet.noneOf(Role.class)),
                all.withActors(Set.of(actor)),
                all.withText(some.title().substring(0, Math.min(6, some.title().length())).toUpperCase()),
                all.withText(quoteWord),
                all.withText(some.id()),
                all.withText("'; drop table incident; --"),
                all.withText("%_\\"),
                all.withCategories(EnumSet.complementOf(EnumSet.of(some.category())))
                        .withStatuses(EnumSet.complementOf(EnumSet.of(Status.values()[0]))).withText("a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    @DisplayName("the incidents the database returns for a filter are those the window's filter passes; the histogram and the count agree")
    void sameAsInMemory(IncidentFilter filter) throws Exception {
        List<String> expected = bundled.stream().filter(filter::test).map(Incident::id).sorted().toList();
        try (Desk desk = Desk.open(POSTGRES.url("desk_owner", SCHEMA), "owner-pw")) {
            List<String> got = desk.window(null, null, null, filter, Integer.MAX_VALUE).records().stream()
                    .map(DeskRecord::id).sorted().toList();
            assertEquals(expected, got);
            assertEquals(expected.size(), desk.count(null, null, null, filter));

            Map<LocalDate, Long> byMonth = new TreeMap<>();
            bundled.stream().filter(filter::test).forEach(i -> byMonth.merge(i.date().start().withDayOfMonth(1), 1L, Long::sum));
            assertEquals(byMonth.entrySet().stream().map(e -> new Desk.BucketCount(e.getKey(), e.getValue())).toList(),
                    desk.histogram(null, null, null, filter, Desk.Bucket.MONTH));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    @DisplayName("with a time window and an area as well, the database returns what the window's filter, days and bounds pass")
    void windowAreaAndFilter(IncidentFilter filter) throws Exception {
        List<LocalDate> starts = bundled.stream().map(i -> i.date().start()).sorted().toList();
        LocalDate from = starts.get(starts.size() / 4);
        LocalDate to = starts.get(starts.size() * 3 / 4);
        Desk.Area area = new Desk.Area(44.5, 38.5, 46.5, 40.0);
        List<String> expected = bundled.stream().filter(filter::test)
                .filter(i -> !i.date().start().isAfter(to) && !i.date().end().isBefore(from))
                .filter(i -> i.hasPoint() && i.point().lon() >= area.west() && i.point().lon() <= area.east()
                        && i.point().lat() >= area.south() && i.point().lat() <= area.north())
                .map(Incident::id).sorted().toList();
        try (Desk desk = Desk.open(POSTGRES.url("desk_owner", SCHEMA), "owner-pw")) {
            List<String> got = desk.window(from, to, area, filter, Integer.MAX_VALUE).records().stream()
                    .map(DeskRecord::id).sorted().toList();
            assertEquals(expected, got);
            assertEquals(expected.size(), desk.count(from, to, area, filter));
        }
        if (filter.passesAll()) {
            assertFalse(expected.isEmpty(), "the window and area hold some incidents");
        }
    }

}
