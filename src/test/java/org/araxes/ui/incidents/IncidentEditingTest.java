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

    @Test
    void aPointPickedOnTheMapGoesToTheFormWaitingForIt() {
        Incident.Point[] got = new Incident.Point[1];
        editing.wantPoint(p -> got[0] = p);
        editing.pointPicked(46.4, 39.2);
        assertEquals(new Incident.Point(46.4, 39.2), got[0]);
        assertEquals(null, editing.pointWantedProperty().get(), "one click only");
    }
}
