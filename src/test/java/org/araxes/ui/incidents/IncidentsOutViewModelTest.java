// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.araxes.incidents.Category;
import org.araxes.incidents.Citation;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentSet;
import org.araxes.incidents.write.IncidentWriters;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Taking the shown incidents out of the window")
class IncidentsOutViewModelTest {

    private static final IncidentResult BUNDLED = new IncidentReader().read(Path.of("geodata/incidents.geojson"));
    private static final String KAPAN = "inc-2022-10-21-kapan-consulate";

    private IncidentsViewModel incidents;
    private IncidentsOutViewModel out;

    @TempDir
    Path folder;

    @BeforeEach
    void start() {
        incidents = new IncidentsViewModel();
        incidents.load(BUNDLED);
        out = new IncidentsOutViewModel(incidents);
    }

    /** The window on 2020–2022 and only diplomatic incidents: what the list shows. */
    private void narrow() {
        incidents.timeline().show(TimeWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)), WindowMode.MOVING);
        incidents.categories().retainAll(List.of(Category.DIPLOMATIC));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shown.geojson", "shown.csv", "shown.kml"})
    @DisplayName("saves exactly the incidents shown after the time window and the filters")
    void exportsShown(String name) throws Exception {
        narrow();
        List<Incident> shown = List.copyOf(incidents.visible());
        assertFalse(shown.isEmpty());
        assertTrue(shown.size() < 39);
        Path file = folder.resolve(name);
        String said = out.exportShown(file);
        assertTrue(said.contains(shown.size() + " incident") && said.contains(name), said);
        assertTrue(Files.size(file) > 0);
        if (!name.endsWith(".kml")) {
            assertEquals(shown, new IncidentReader().read(file).incidents());
        }
    }

    @Test
    @DisplayName("cites the shown incidents' sources once each, in the style asked")
    void citations() {
        narrow();
        String apa = out.citations(Citation.Style.APA);
        long distinct = incidents.visible().stream().flatMap(i -> i.sources().stream())
                .map(s -> Citation.of(Citation.Style.APA, s)).distinct().count();
        assertEquals(distinct, apa.lines().count());
        assertFalse(apa.contains(".txt"), "never a file name");
        assertTrue(out.citations(Citation.Style.CHICAGO).lines().count() > 0);
    }

    @Test
    @DisplayName("copies one incident's citation, quotes and links")
    void oneIncident() {
        Incident kapan = BUNDLED.incidents().stream().filter(i -> i.id().equals(KAPAN)).findFirst().orElseThrow();
        assertEquals(2, IncidentsOutViewModel.citation(kapan, Citation.Style.CHICAGO).lines().count());
        assertEquals("“" + kapan.sources().get(0).quote() + "”", IncidentsOutViewModel.quotes(kapan).lines().findFirst().orElseThrow());
        // the bundled sources are seed files: no web link to copy
        assertTrue(IncidentsOutViewModel.links(kapan).isEmpty());
        Incident.Source web = new Incident.Source("https://example.org/a", "P", "A", "T", "2024", "q");
        Incident linked = new Incident(kapan.id(), kapan.title(), "", kapan.category(), kapan.actors(), kapan.status(),
                kapan.role(), kapan.date(), kapan.location(), kapan.point(), List.of(web, web));
        assertEquals("https://example.org/a", IncidentsOutViewModel.links(linked).orElseThrow());
    }

    @Test
    @DisplayName("says what changed in a set since an older file of it")
    void whatChanged() throws Exception {
        Path older = folder.resolve("older.csv");
        IncidentWriters.save(older, BUNDLED.incidents().subList(0, 30));
        IncidentSet bundled = out.sets().get(0);
        IncidentsOutViewModel.Changes changes = out.whatChanged(bundled, older);
        assertTrue(changes.readable());
        assertEquals(9, changes.diff().added().size());
        assertEquals(0, changes.diff().removed().size());
        assertEquals(0, changes.diff().changed().size());
        assertFalse(changes.older().hash().equals(changes.newer().hash()));
    }

    @Test
    @DisplayName("an older file that cannot be read gives its problem and no changes")
    void unreadable() {
        IncidentsOutViewModel.Changes changes = out.whatChanged(out.sets().get(0), folder.resolve("gone.geojson"));
        assertFalse(changes.readable());
        assertTrue(changes.diff().isEmpty());
        assertTrue(changes.problems().get(0).message().contains("does not exist"), changes.problems().toString());
    }

    @Test
    @DisplayName("stamps the visible sets' versions for an export's frame: the bundled by its edition, a file by its name")
    void versionStamp() throws Exception {
        Path mine = folder.resolve("mine.csv");
        IncidentWriters.save(mine, BUNDLED.incidents().subList(0, 5));
        incidents.addSet(IncidentSet.opened(mine, new IncidentReader().read(mine)));
        String stamp = out.versionStamp("2026-11-22");
        assertTrue(stamp.matches("bundled [0-9a-f]{12} of 2026-11-22 \\+ mine\\.csv [0-9a-f]{12} of \\d{4}-\\d{2}-\\d{2}"), stamp);
        incidents.setVisible(incidents.sets().get(0), false);
        assertTrue(out.versionStamp("2026-11-22").startsWith("mine.csv "), "a hidden set is not drawn, so not stamped");
    }
}
