// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The edits of a set")
class SetEditorTest {

    /** An incident on a day, at Kapan, with two sources. */
    static Incident incident(String id, String day, String title) {
        return new Incident(id, title, "A summary.", Category.DIPLOMATIC, List.of("Iran", "Armenia"), Status.REPORTED,
                Role.PRIMARY, new Incident.When(LocalDate.parse(day), null, DatePrecision.DAY, DateBasis.STATED, "On " + day),
                new Incident.Place("Kapan, Armenia", LocationPrecision.TOWN, "the town"), new Incident.Point(46.4058, 39.2076),
                List.of(new Incident.Source("https://example.org/a", "Example News", "Ana Author", "A headline", "2022-10-22",
                                "Iran opened a consulate."),
                        new Incident.Source("", "Other Daily", "unknown", "Another headline", "2022-11", "A consulate opened.")));
    }

    static final Incident A = incident("inc-2022-10-21-kapan", "2022-10-21", "Consulate opens (21 October 2022)");
    static final Incident B = incident("inc-2021-10-01-araz", "2021-10-01", "Exercise (1 October 2021)");
    static final Incident C = incident("inc-2023-04-06-baku", "2023-04-06", "Expulsions (6 April 2023)");

    private static SetEditor editor(Incident... onDisk) {
        return new SetEditor("Test set", Path.of("test.geojson"), List.of(onDisk), null);
    }

    private static List<String> ids(SetEditor editor) {
        List<String> ids = new ArrayList<>();
        editor.incidents().forEach(i -> ids.add(i.id()));
        return ids;
    }

    @Nested
    @DisplayName("adding, changing and deleting")
    class Edits {

        @Test
        void anAddedIncidentGoesInItsPlaceByDate() {
            SetEditor editor = editor(B, C);
            editor.add(A);
            assertEquals(List.of(B.id(), A.id(), C.id()), ids(editor));
        }

        @Test
        void anIdAlreadyInTheSetIsRefusedWithTheIncidentItBelongsTo() {
            SetEditor editor = editor(A);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> editor.add(A));
            assertTrue(e.getMessage().contains("already used") && e.getMessage().contains(A.title()), e.getMessage());
            assertFalse(editor.canUndo());
        }

        @Test
        void aChangeReplacesTheIncidentWithTheSameIdInItsPlace() {
            SetEditor editor = editor(B, A, C);
            Incident edited = incident(A.id(), "2022-10-21", "Iran opens a consulate in Kapan (21 October 2022)");
            editor.change(edited);
            assertEquals(edited, editor.incidents().get(1));
        }

        @Test
        void changingToTheSameIncidentIsNoEdit() {
            SetEditor editor = editor(A);
            editor.change(A);
            assertFalse(editor.canUndo());
            assertFalse(editor.isDirty());
        }

        @Test
        void deletingAnUnknownIdIsRefused() {
            SetEditor editor = editor(A);
            assertThrows(IllegalArgumentException.class, () -> editor.delete("inc-none"));
        }
    }

    @Nested
    @DisplayName("undo and redo")
    class UndoRedo {

        @Test
        void eachEditIsOneUndoStepAndUndoingAllGivesTheFileBack() {
            SetEditor editor = editor(B, C);
            editor.add(A);
            editor.change(incident(A.id(), "2022-10-22", "Changed"));
            editor.delete(B.id());
            assertEquals(List.of(A.id(), C.id()), ids(editor));
            assertTrue(editor.undo());
            assertEquals(List.of(B.id(), A.id(), C.id()), ids(editor));
            assertTrue(editor.undo());
            assertEquals(A, editor.incidents().get(1));
            assertTrue(editor.undo());
            assertEquals(List.of(B, C), editor.incidents());
            assertFalse(editor.undo());
            assertFalse(editor.isDirty());
        }

        @Test
        void redoDoesTheUndoneEditsAgainInOrder() {
            SetEditor editor = editor(B, C);
            editor.add(A);
            editor.delete(C.id());
            editor.undo();
            editor.undo();
            assertTrue(editor.redo());
            assertEquals(List.of(B.id(), A.id(), C.id()), ids(editor));
            assertTrue(editor.redo());
            assertEquals(List.of(B.id(), A.id()), ids(editor));
            assertFalse(editor.redo());
        }

        @Test
        void aNewEditClearsRedo() {
            SetEditor editor = editor(B);
            editor.add(A);
            editor.undo();
            assertTrue(editor.canRedo());
            editor.add(C);
            assertFalse(editor.canRedo());
            assertFalse(editor.redo());
            assertEquals(List.of(B.id(), C.id()), ids(editor));
        }
    }

    @Nested
    @DisplayName("unsaved edits")
    class Dirty {

        @Test
        void anEditMakesTheSetDirtyAndUndoingItMakesItCleanAgain() {
            SetEditor editor = editor(A);
            assertFalse(editor.isDirty());
            editor.delete(A.id());
            assertTrue(editor.isDirty());
            editor.undo();
            assertFalse(editor.isDirty());
            editor.redo();
            assertTrue(editor.isDirty());
        }

        @Test
        void savingMakesTheSetCleanAndUndoAfterwardsDirtyAgain() throws Exception {
            SetEditor editor = editor(A);
            List<List<Incident>> saved = new ArrayList<>();
            editor.add(B);
            editor.save((file, incidents) -> saved.add(List.copyOf(incidents)));
            assertEquals(List.of(List.of(B, A)), saved);
            assertFalse(editor.isDirty());
            editor.undo();
            assertTrue(editor.isDirty());
            editor.redo();
            assertFalse(editor.isDirty());
        }

        @Test
        void theSavedStateUndoneAndReplacedCannotBeReachedAgain() throws Exception {
            SetEditor editor = editor(A);
            editor.add(B);
            editor.save((file, incidents) -> { });
            editor.undo();
            editor.add(C);
            editor.undo();
            assertTrue(editor.isDirty(), "B is no longer in the history: the file (A, B) differs from (A)");
        }

        @Test
        void aFailedSaveKeepsTheEditsUnsaved() {
            SetEditor editor = editor(A);
            editor.delete(A.id());
            assertThrows(java.io.IOException.class, () -> editor.save((file, incidents) -> {
                throw new java.io.IOException("disk full");
            }));
            assertTrue(editor.isDirty());
        }

        @Test
        void aSetWithoutAFileNeedsSaveAs() throws Exception {
            SetEditor editor = new SetEditor("My incidents", null, List.of(), null);
            editor.add(A);
            assertThrows(IllegalStateException.class, () -> editor.save((file, incidents) -> { }));
            Path target = Path.of("mine.geojson");
            editor.saveAs(target, (file, incidents) -> assertEquals(target.toAbsolutePath(), file));
            assertEquals(target.toAbsolutePath(), editor.file().orElseThrow());
            assertFalse(editor.isDirty());
        }
    }
}
