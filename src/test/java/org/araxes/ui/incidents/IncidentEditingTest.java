// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.araxes.incidents.edit.EditJournal;
import org.araxes.incidents.write.IncidentWriters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Writing incidents in the window's sets")
class IncidentEditingTest {

    private static final IncidentResult BUNDLED = new IncidentReader().read(Path.of("geodata/incidents.geojson"));

    @TempDir
    Path dir;

    private IncidentsViewModel incidents;
    private IncidentEditing editing;

    @BeforeEach
    void start() {
        incidents = new IncidentsViewModel();
        incidents.load(BUNDLED);
        editing = new IncidentEditing(incidents, dir.resolve("recovery"));
    }

    private static Incident incident(String id, String title) {
        return new Incident(id, title, "", Category.ATTACK, List.of("A"), Status.REPORTED, Role.PRIMARY,
                new Incident.When(LocalDate.of(2023, 5, 2), null, DatePrecision.DAY, DateBasis.STATED, ""),
                new Incident.Place("Kapan", LocationPrecision.TOWN, ""), new Incident.Point(46.4, 39.2),
                List.of(new Incident.Source("", "Azatutyun", "", "Report", "2023-05-02", "a quote")));
    }

    @Test
    void aNewIncidentGoesToANewUnsavedSetBesideTheReadOnlyBundledOne() {
        IncidentSet bundled = incidents.sets().get(0);
        assertThrows(IllegalArgumentException.class, () -> editing.editor(bundled));
        IncidentSet mine = editing.targetSet();
        assertEquals("My incidents", mine.name());
        assertTrue(mine.editable());
        assertEquals(null, mine.source());
        editing.add(mine, incident("inc-a", "A"));
        assertEquals(40, incidents.store().size(), "shown beside the 39 bundled incidents");
        assertTrue(editing.dirtyProperty().get());
        assertEquals(List.of(incidents.set(IncidentEditing.MY_SET_ID)), editing.dirtySets());
        assertEquals(mine.id(), editing.targetSet().id(), "the same set takes the next one");
    }

    @Test
    void newIncidentsGoToTheUsersFirstEditableSet() throws Exception {
        Path file = dir.resolve("acled.geojson");
        IncidentWriters.save(file, List.of(incident("inc-b", "B")));
        IncidentSet opened = incidents.opened(file, new IncidentReader().read(file));
        assertEquals(opened.id(), editing.targetSet().id(), "no 'My incidents' while the user has a set of their own");
    }

    @Test
    void aBundledIncidentCopiedIsEditedInTheUsersSet() {
        Incident bundled = BUNDLED.incidents().get(0);
        assertTrue(editing.editableSetOf(bundled).isEmpty());
        IncidentSet mine = editing.targetSet();
        editing.add(mine, bundled);
        assertEquals(IncidentEditing.MY_SET_ID, editing.editableSetOf(bundled).orElseThrow().id());
    }

    @Test
    void undoAndRedoGoAcrossSetsInTheOrderTheEditsWereMade() throws Exception {
        IncidentSet mine = editing.targetSet();
        Path file = dir.resolve("other.geojson");
        IncidentWriters.save(file, List.of(incident("inc-b", "B")));
        IncidentSet other = incidents.opened(file, new IncidentReader().read(file));
        editing.add(mine, incident("inc-a", "A"));
        editing.delete(incidents.set(other.id()), incident("inc-b", "B"));
        editing.undo();
        assertEquals(1, incidents.set(other.id()).size(), "the last edit, in the other set, is undone first");
        assertEquals(1, incidents.set(mine.id()).size());
        editing.undo();
        assertEquals(0, incidents.set(mine.id()).size());
        assertFalse(editing.canUndoProperty().get());
        assertFalse(editing.dirtyProperty().get());
        editing.redo();
        editing.redo();
        assertEquals(1, incidents.set(mine.id()).size());
        assertEquals(0, incidents.set(other.id()).size());
        assertFalse(editing.canRedoProperty().get());
    }

    @Test
    void aSetSavedAsAFileIsKeptInItAndClean() throws Exception {
        IncidentSet mine = editing.targetSet();
        editing.add(mine, incident("inc-a", "A"));
        Path file = dir.resolve("mine.csv");
        editing.save(incidents.set(mine.id()), file);
        IncidentSet saved = incidents.set(mine.id());
        assertEquals(file.toAbsolutePath(), saved.source());
        assertEquals("csv", saved.format());
        assertFalse(editing.dirtyProperty().get());
        assertEquals(List.of(incident("inc-a", "A")), new IncidentReader().read(file).incidents());
        assertTrue(IncidentEditing.savesInPlace(saved));
    }

    @Test
    void theEditsOfAKilledSessionAreRecoveredAsASetOfTheirOwn() {
        editing.add(editing.targetSet(), incident("inc-a", "A"));
        // a new window on the same user folder, as after a kill
        IncidentsViewModel next = new IncidentsViewModel();
        next.load(BUNDLED);
        IncidentEditing again = new IncidentEditing(next, dir.resolve("recovery"));
        EditJournal.Found found = again.journalsLeft();
        assertEquals(1, found.journals().size());
        List<String> notes = again.recover(found.journals().get(0));
        assertEquals(List.of(), notes);
        IncidentSet recovered = next.set(IncidentEditing.MY_SET_ID);
        assertEquals(List.of(incident("inc-a", "A")), recovered.incidents());
        assertTrue(again.dirtyProperty().get());
        assertTrue(again.canUndoProperty().get());
        again.undo();
        assertEquals(0, next.set(IncidentEditing.MY_SET_ID).size(), "a recovered edit is undone like any other");
    }

    @Nested
    @DisplayName("Removing a set with unsaved edits")
    class RemovingAnEditedSet {

        private final List<List<IncidentSet>> asked = new java.util.ArrayList<>();
        private final List<List<IncidentSet>> saved = new java.util.ArrayList<>();

        private IncidentSet edited() {
            IncidentSet mine = editing.targetSet();
            editing.add(mine, incident("inc-a", "A"));
            return incidents.set(mine.id());
        }

        private boolean remove(IncidentSet set, IncidentEditing.Unsaved answer) {
            return editing.removeSet(set, sets -> {
                asked.add(sets);
                return answer;
            }, sets -> {
                saved.add(sets);
                return true;
            });
        }

        @Test
        void aSetWithoutUnsavedEditsIsRemovedWithoutAQuestion() {
            IncidentSet bundled = incidents.sets().get(0);
            assertTrue(remove(bundled, IncidentEditing.Unsaved.CANCEL));
            assertEquals(List.of(), asked);
            assertEquals(null, incidents.set(bundled.id()));
        }

        @Test
        void asksAboutThatSetAloneAndCancelKeepsItWithItsEdits() {
            IncidentSet mine = edited();
            assertFalse(remove(mine, IncidentEditing.Unsaved.CANCEL));
            assertEquals(List.of(List.of(mine)), asked, "asked about the one set being removed");
            assertEquals(List.of(incident("inc-a", "A")), incidents.set(mine.id()).incidents());
            assertEquals(List.of(mine), editing.dirtySets());
            assertEquals(1, EditJournal.find(dir.resolve("recovery")).journals().size(), "its journal stays");
        }

        @Test
        void dontSaveRemovesItWithItsEditsAndItsJournal() {
            IncidentSet mine = edited();
            assertTrue(remove(mine, IncidentEditing.Unsaved.DONT_SAVE));
            assertEquals(null, incidents.set(mine.id()));
            assertFalse(editing.dirtyProperty().get());
            assertFalse(editing.canUndoProperty().get(), "no undo brings a removed set's edit back");
            assertEquals(0, EditJournal.find(dir.resolve("recovery")).journals().size(), "nothing to recover next time");
        }

        @Test
        void saveSavesItFirstAndRemovesItOnceSaved() {
            IncidentSet mine = edited();
            assertTrue(remove(mine, IncidentEditing.Unsaved.SAVE));
            assertEquals(List.of(List.of(mine)), saved);
            assertEquals(null, incidents.set(mine.id()));
        }

        @Test
        void aSetSavedAsANewFileIsStillTheOneRemoved() throws Exception {
            IncidentSet mine = edited();
            Path file = dir.resolve("mine.geojson");
            boolean removed = editing.removeSet(mine, sets -> IncidentEditing.Unsaved.SAVE, sets -> {
                try {
                    editing.save(sets.get(0), file); // Save as…: the set is put in its place with its file
                    return true;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(removed);
            assertEquals(null, incidents.set(mine.id()));
            assertEquals(List.of(incident("inc-a", "A")), new IncidentReader().read(file).incidents());
        }

        @Test
        void aSaveThatFailsOrIsCancelledKeepsTheSet() {
            IncidentSet mine = edited();
            assertFalse(editing.removeSet(mine, sets -> IncidentEditing.Unsaved.SAVE, sets -> false));
            assertEquals(List.of(incident("inc-a", "A")), incidents.set(mine.id()).incidents());
            assertTrue(editing.dirtyProperty().get());
        }
    }

    @Test
    void setsWithUnsavedEditsThatWouldGoAreAskedAboutTogether() throws Exception {
        Path file = dir.resolve("acled.geojson");
        IncidentWriters.save(file, List.of(incident("inc-b", "B")));
        IncidentSet opened = incidents.opened(file, new IncidentReader().read(file));
        editing.delete(opened, incident("inc-b", "B"));
        List<List<IncidentSet>> asked = new java.util.ArrayList<>();
        assertTrue(editing.mayLeave(List.copyOf(incidents.sets()), sets -> {
            asked.add(sets);
            return IncidentEditing.Unsaved.DONT_SAVE;
        }, sets -> true));
        assertEquals(List.of(List.of(incidents.set(opened.id()))), asked, "only the set with unsaved edits");
        assertEquals(List.of(), editing.dirtySets());
    }

    @Test
    void aPointPickedOnTheMapGoesToTheFormWaitingForIt() {
        Incident.Point[] got = new Incident.Point[1];
        editing.wantPoint(p -> got[0] = p);
        editing.pointPicked(46.4, 39.2);
        assertEquals(new Incident.Point(46.4, 39.2), got[0]);
        assertEquals(null, editing.pointWantedProperty().get(), "one click only");
    }
}
