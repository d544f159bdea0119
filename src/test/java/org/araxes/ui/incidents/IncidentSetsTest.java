// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentSet;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Incident sets side by side in the incidents view-model")
class IncidentSetsTest {

    private static final IncidentResult BUNDLED = new IncidentReader().read(Path.of("geodata/incidents.geojson"));
    private static final Path TRUNCATED = Path.of("src/test/resources/org/araxes/corpus/incidents-truncated.geojson");
    private static final String KAPAN = "inc-2022-10-21-kapan-consulate";

    private IncidentsViewModel model;

    @BeforeEach
    void start() {
        model = new IncidentsViewModel();
        model.load(BUNDLED);
    }

    private static Incident incident(String id, String title, LocalDate day) {
        return new Incident(id, title, "", Category.ATTACK, List.of("A"), Status.REPORTED, Role.PRIMARY,
                new Incident.When(day, day, DatePrecision.DAY, DateBasis.STATED, ""),
                new Incident.Place("Kapan", LocationPrecision.TOWN, ""), new Incident.Point(46.4, 39.2),
                List.of(new Incident.Source("mine.csv", "Azatutyun", "", "Report", "2023-05-02", "a quote")));
    }

    private IncidentSet mine(Incident... incidents) {
        return IncidentSet.opened(Path.of("mine.csv"), new IncidentResult("mine.csv", List.of(incidents), List.of()));
    }

    @Test
    @DisplayName("the bundled incidents are one set, not editable, with no file")
    void bundled() {
        assertEquals(1, model.sets().size());
        IncidentSet bundled = model.sets().get(0);
        assertEquals(IncidentsViewModel.BUNDLED_ID, bundled.id());
        assertEquals(39, bundled.size());
        assertFalse(bundled.editable());
        assertEquals(null, bundled.source());
        assertEquals(IncidentSet.BUNDLED, bundled.format());
    }

    @Nested
    @DisplayName("opening a file")
    class Opening {

        @Test
        @DisplayName("adds a set beside the bundled one; both are shown together")
        void adds() {
            IncidentSet added = model.opened(Path.of("mine.csv"), new IncidentResult("mine.csv",
                    List.of(incident("m1", "Mine", LocalDate.of(2023, 5, 1))), List.of()));
            assertEquals(2, model.sets().size());
            assertEquals("mine.csv", added.name());
            assertEquals("csv", added.format());
            assertEquals(40, model.store().size());
            assertTrue(model.countProperty().get().endsWith(" of 40 incidents shown"), model.countProperty().get());
            assertTrue(model.visible().stream().anyMatch(i -> i.id().equals("m1")));
        }

        @Test
        @DisplayName("a truncated file adds its problems and no incidents; the bundled ones stay")
        void truncated() {
            IncidentResult read = new IncidentReader().read(TRUNCATED);
            assertTrue(read.hasErrors());
            IncidentSet added = model.opened(TRUNCATED, read);
            assertEquals(read.incidents().size(), added.size());
            assertEquals(39 + added.size(), model.store().size());
            assertTrue(model.problems().containsAll(read.problems()));
            assertFalse(model.countProperty().get().endsWith(" of 0 incidents shown"), model.countProperty().get());
        }

        @Test
        @DisplayName("the same file twice gives two sets under two ids")
        void twice() {
            IncidentSet first = model.addSet(mine(incident("m1", "Mine", LocalDate.of(2023, 5, 1))));
            IncidentSet second = model.addSet(mine(incident("m1", "Mine", LocalDate.of(2023, 5, 1))));
            assertEquals("mine.csv", first.id());
            assertEquals("mine.csv-2", second.id());
            assertEquals(3, model.sets().size());
        }
    }

    @Nested
    @DisplayName("each incident knows its set")
    class Membership {

        @Test
        @DisplayName("through the store index and the visible position")
        void byIndex() {
            IncidentSet added = model.addSet(mine(incident("m1", "Mine", LocalDate.of(2023, 5, 1))));
            for (int position = 0; position < model.visible().size(); position++) {
                IncidentSet set = model.setOfVisible(position);
                boolean isMine = model.visible().get(position).id().equals("m1");
                assertEquals(isMine ? added : model.sets().get(0), set);
            }
        }

        @Test
        @DisplayName("two sets holding the same id keep both incidents, each in its own set")
        void sameIdInTwoSets() {
            Incident bundledKapan = model.store().get(model.store().indexOf(KAPAN));
            Incident myKapan = incident(KAPAN, "My own account of Kapan", LocalDate.of(2022, 10, 21));
            IncidentSet added = model.addSet(mine(myKapan));
            model.timeline().setDate(LocalDate.of(2022, 10, 21));
            List<Incident> shown = model.visible().stream().filter(i -> i.id().equals(KAPAN)).toList();
            assertEquals(2, shown.size());
            assertEquals(List.of(added), model.setsOf(myKapan));
            assertEquals(List.of(model.sets().get(0)), model.setsOf(bundledKapan));
            model.select(myKapan);
            model.timeline().setDate(LocalDate.of(2022, 10, 22)); // refresh keeps a selection still shown
            assertEquals(myKapan, model.selectedProperty().get());
        }

        @Test
        @DisplayName("the very same incident in two sets is in both")
        void identicalInTwoSets() {
            Incident kapan = model.store().get(model.store().indexOf(KAPAN));
            IncidentSet added = model.addSet(mine(kapan));
            assertEquals(List.of(model.sets().get(0), added), model.setsOf(kapan));
        }
    }

    @Nested
    @DisplayName("showing, hiding, replacing and removing")
    class Changing {

        @Test
        @DisplayName("a hidden set's incidents leave the store, the list and the count; the time stays")
        void hide() {
            IncidentSet added = model.addSet(mine(incident("m1", "Mine", LocalDate.of(2023, 5, 1))));
            model.timeline().setDate(LocalDate.of(2023, 5, 3));
            assertTrue(model.visible().stream().anyMatch(i -> i.id().equals("m1")));
            assertTrue(model.setVisible(added, false));
            assertEquals(39, model.store().size());
            assertEquals(LocalDate.of(2023, 5, 3), model.timeline().getDate());
            assertFalse(model.visible().stream().anyMatch(i -> i.id().equals("m1")));
            assertFalse(model.sets().get(1).visible());
            assertEquals(2, model.sets().size());
        }

        @Test
        @DisplayName("with the bundled set hidden, every incident shown is of the set left")
        void hideBundled() {
            IncidentSet added = model.addSet(mine(incident("m1", "Mine", LocalDate.of(2023, 5, 1))));
            model.setVisible(model.sets().get(0), false);
            assertEquals(1, model.store().size());
            assertEquals(added, model.setOf(0));
            assertEquals(List.of("m1"), model.visible().stream().map(Incident::id).toList());
        }

        @Test
        @DisplayName("no visible set shows no incidents")
        void noneVisible() {
            model.setVisible(model.sets().get(0), false);
            assertEquals(0, model.store().size());
            assertEquals(0, model.visible().size());
        }

        @Test
        @DisplayName("removing the bundled set leaves the user's")
        void removeBundled() {
            model.addSet(mine(incident("m1", "Mine", LocalDate.of(2023, 5, 1))));
            assertTrue(model.removeSet(model.sets().get(0)));
            assertEquals(1, model.sets().size());
            assertEquals(1, model.store().size());
            assertFalse(model.removeSet(model.sets().get(0).withVisible(false)), "a set not listed");
        }

        @Test
        @DisplayName("replacing a set puts the new one in its place")
        void replace() {
            IncidentSet added = model.addSet(mine(incident("m1", "Mine", LocalDate.of(2023, 5, 1))));
            IncidentSet edited = added.withIncidents(List.of(incident("m1", "Mine, edited", LocalDate.of(2023, 5, 1)),
                    incident("m2", "Another", LocalDate.of(2023, 5, 2))));
            assertTrue(model.replaceSet(added, edited));
            assertEquals(edited, model.sets().get(1));
            assertEquals(41, model.store().size());
            assertThrows(IllegalArgumentException.class,
                    () -> model.replaceSet(edited, edited.withId(IncidentsViewModel.BUNDLED_ID)));
        }

        @Test
        @DisplayName("problems of every set are listed, hidden or not, and leave with their set")
        void problems() {
            IncidentSet broken = model.opened(TRUNCATED, new IncidentReader().read(TRUNCATED));
            int problems = model.problems().size();
            assertNotEquals(0, problems);
            model.setVisible(broken, false);
            assertEquals(problems, model.problems().size());
            model.removeSet(model.set(broken.id()));
            assertEquals(BUNDLED.problems().size(), model.problems().size());
        }
    }
}
