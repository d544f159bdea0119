// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.araxes.formats.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A GeoPackage of incidents opens as incidents, as GDAL's users make one. */
class IncidentsFromGeoPackageTest {

    @Test
    @DisplayName("the bundled incidents converted to a GeoPackage by GDAL read back as the same incidents")
    void bundledIncidentsThroughAGeoPackage() {
        GeoJsonResult layer = GeoPackageReader.read(fixture("incidents.gpkg"));
        assertEquals(List.of(), layer.problems());
        IncidentResult fromPackage = IncidentReader.fromGeoJson(layer);
        IncidentResult bundled = new IncidentReader().read(Path.of("geodata/incidents.geojson"));
        assertEquals(List.of(), fromPackage.problems().stream().map(Problem::toString).toList());
        assertEquals(39, fromPackage.incidents().size());
        assertEquals(bundled.incidents(), fromPackage.incidents());
    }

    @Test
    @DisplayName("a GeoPackage of ACLED rows, opened as incidents, gives the incidents of the CSV it came from")
    void acledRowsBecomeIncidents() {
        IncidentResult fromPackage = new IncidentReader().read(fixture("acled.gpkg"));
        IncidentResult fromCsv = new IncidentReader().read(fixture("acled.csv"));
        assertEquals(List.of(), fromPackage.problems().stream().map(Problem::toString).toList());
        assertEquals(3, fromPackage.incidents().size());
        // the same incidents, but for the file each source names
        List<Incident> expected = fromCsv.incidents().stream().map(i -> new Incident(i.id(), i.title(), i.summary(),
                i.category(), i.actors(), i.status(), i.role(), i.date(), i.location(), i.point(),
                i.sources().stream().map(s -> new Incident.Source("acled.gpkg", s.publisher(), s.author(), s.title(),
                        s.published(), s.quote())).toList())).toList();
        assertEquals(expected, fromPackage.incidents());
    }
}
