// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.araxes.geo.Geodesy;
import org.araxes.model.Atlas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class IncidentProximityTest {

    private static final Atlas ATLAS = Atlas.load(Path.of("geodata"));

    static Incident at(String id, double lon, double lat) {
        return new Incident(id, id, "summary of " + id, Category.DIPLOMATIC, List.of("Iran"), Status.REPORTED, Role.PRIMARY,
                Incident.When.day(LocalDate.of(2023, 1, 1)), new Incident.Place(id, LocationPrecision.TOWN, ""),
                lon == 0 && lat == 0 ? null : new Incident.Point(lon, lat),
                List.of(new Incident.Source("f", "p", "a", "t", "unknown", "q")));
    }

    @Test
    @DisplayName("the targets are the Aras first, then the three corridors")
    void targets() {
        List<IncidentProximity.Target> targets = IncidentProximity.targets(ATLAS);
        assertEquals(IncidentProximity.ARAS, targets.get(0).id());
        assertEquals(Set.of("corridor-iran-route", "corridor-lachin", "corridor-zangezur"),
                Set.copyOf(targets.subList(1, targets.size()).stream().map(IncidentProximity.Target::id).toList()));
    }

    @Test
    @DisplayName("an incident at Julfa is within 2 km of the Aras; one at Tabriz is not, nor one with no point")
    void julfaAndTabriz() {
        IncidentProximity.Target aras = IncidentProximity.targets(ATLAS).get(0);
        // Julfa (AZ) and Tabriz as places.geojson puts them
        List<Incident> incidents = List.of(at("julfa", 45.62961, 38.95397), at("tabriz", 46.2919, 38.08), at("nowhere", 0, 0));
        double[] d = IncidentProximity.distances(incidents, aras);
        assertTrue(d[0] < 2000, "Julfa is " + d[0] + " m from the Aras");
        assertTrue(d[1] > 50_000, "Tabriz is " + d[1] + " m from the Aras");
        assertTrue(Double.isNaN(d[2]));
        assertEquals(Set.of("julfa"), IncidentProximity.within(incidents, d, 2));
    }

    @Test
    @DisplayName("the distance to a line is the geodesic distance to its nearest point")
    void geodesicDistance() throws Exception {
        var meridian = new WKTReader().read("LINESTRING (46 38, 46 40)");
        assertEquals(Geodesy.distance(45.5, 39, 46, 39), IncidentProximity.distance(45.5, 39, meridian), 1.0);
        var vertex = new WKTReader().read("LINESTRING (46 40, 47 41)");
        assertEquals(Geodesy.distance(45, 39, 46, 40), IncidentProximity.distance(45, 39, vertex), 1.0);
    }

    @Test
    @DisplayName("the store's filter keeps only the ids within the distance")
    void filterInStore() {
        List<Incident> incidents = List.of(at("julfa", 45.62961, 38.95397), at("tabriz", 46.2919, 38.08));
        IncidentStore store = new IncidentStore(incidents);
        IncidentFilter near = IncidentFilter.all().withNear(new IncidentFilter.Near("aras", "the Aras", 2, Set.of("julfa")));
        assertEquals(1, store.countMatching(near));
        assertTrue(near.test(incidents.get(0)));
        assertTrue(!near.test(incidents.get(1)));
        assertTrue(!near.passesAll());
        assertEquals(2, store.countMatching(near.withNear(null)));
        assertEquals(EnumSet.allOf(Category.class), near.categories());
    }
}
