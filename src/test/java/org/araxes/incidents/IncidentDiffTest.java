// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What changed between two versions of a set")
class IncidentDiffTest {

    static final List<Incident> BUNDLED = new IncidentReader().read(Path.of("geodata/incidents.geojson")).incidents();

    static Incident withTitleAndDay(Incident i, String title, LocalDate day) {
        return new Incident(i.id(), title, i.summary(), i.category(), i.actors(), i.status(), i.role(),
                new Incident.When(day, day, i.date().precision(), i.date().basis(), i.date().note()), i.location(),
                i.point(), i.sources());
    }

    @Test
    @DisplayName("is empty for the same incidents, in any order")
    void same() {
        List<Incident> reversed = new ArrayList<>(BUNDLED);
        java.util.Collections.reverse(reversed);
        IncidentDiff diff = IncidentDiff.between(BUNDLED, reversed);
        assertTrue(diff.isEmpty());
        assertEquals("0 added, 0 removed, 0 changed", diff.summary());
    }

    @Test
    @DisplayName("names the added, the removed and the changed incidents by id, with the fields that changed")
    void addedRemovedChanged() {
        List<Incident> older = BUNDLED.subList(0, 10);
        List<Incident> newer = new ArrayList<>(BUNDLED.subList(1, 11)); // 0 removed, 10 added
        Incident changed = newer.get(2);
        newer.set(2, withTitleAndDay(changed, "New title", LocalDate.of(2001, 6, 1)));
        IncidentDiff diff = IncidentDiff.between(older, newer);
        assertEquals(List.of(BUNDLED.get(10)), diff.added());
        assertEquals(List.of(BUNDLED.get(0)), diff.removed());
        assertEquals(1, diff.changed().size());
        IncidentDiff.Change change = diff.changed().get(0);
        assertEquals(changed, change.before());
        assertEquals(List.of("title", "date.start", "date.end"), change.fields());
        assertEquals(List.of("+ " + BUNDLED.get(10).id() + "  " + BUNDLED.get(10).title(),
                "- " + BUNDLED.get(0).id() + "  " + BUNDLED.get(0).title(),
                "~ " + changed.id() + "  New title: title, date.start, date.end"), diff.lines());
    }

    @Test
    @DisplayName("sees a moved point, a new source and a removed actor")
    void otherFields() {
        Incident a = BUNDLED.stream().filter(Incident::hasPoint).findFirst().orElseThrow();
        List<Incident.Source> sources = new ArrayList<>(a.sources());
        sources.add(new Incident.Source("x", "p", "a", "t", "2024", "q"));
        Incident b = new Incident(a.id(), a.title(), a.summary(), a.category(), a.actors().subList(1, a.actors().size()),
                a.status(), a.role(), a.date(), a.location(),
                new Incident.Point(a.point().lon() + 0.001, a.point().lat()), sources);
        assertEquals(List.of("actors", "geometry", "sources"), IncidentDiff.changedFields(a, b));
    }

    @Test
    @DisplayName("counts the first of two incidents with one id, as reading a file does")
    void duplicateIds() {
        Incident a = BUNDLED.get(0);
        Incident a2 = withTitleAndDay(a, "second", a.date().start());
        assertTrue(IncidentDiff.between(List.of(a), List.of(a, a2)).isEmpty());
    }
}
