// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.edit;

import static org.araxes.incidents.edit.SetEditorTest.A;
import static org.araxes.incidents.edit.SetEditorTest.B;
import static org.araxes.incidents.edit.SetEditorTest.C;
import static org.araxes.incidents.edit.SetEditorTest.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.write.IncidentWriters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The recovery journal")
class EditJournalTest {

    @TempDir
    Path dir;

    private Path recovery() {
        return dir.resolve("user").resolve("recovery");
    }

    /** A set file on disk with some incidents, written as the app saves it. */
    private Path setFile(String name, Incident... incidents) throws IOException {
        Path file = dir.resolve(name);
        IncidentWriters.save(file, List.of(incidents));
        return file;
    }

    private static List<Incident> read(Path file) {
        return new IncidentReader().read(file).incidents();
    }

    /** Finds the one journal of the recovery folder and recovers it onto its set's file as it is now. */
    private SetEditor.Recovered recoverTheOnlyJournal() {
        EditJournal.Found found = EditJournal.find(recovery());
        assertEquals(List.of(), found.problems());
        assertEquals(1, found.journals().size(), "one journal");
        EditJournal.Read journal = found.journals().get(0);
        Path file = journal.header().file();
        return SetEditor.recover(journal, file == null ? List.of() : read(file), recovery());
    }

    @Nested
    @DisplayName("after a forced kill before saving")
    class Recovery {

        @Test
        void everyEditIsRecoveredOntoTheFileAsItIsOnDisk() throws IOException {
            Path file = setFile("set.geojson", B, C);
            SetEditor editor = new SetEditor("set", file, read(file), recovery());
            editor.add(A);
            Incident edited = incident(C.id(), "2023-04-07", "Expulsions, a day later (7 April 2023)");
            editor.change(edited);
            editor.delete(B.id());
            List<Incident> before = List.copyOf(editor.incidents());
            editor = null; // the program is killed: nothing of it is used again

            SetEditor.Recovered recovered = recoverTheOnlyJournal();
            assertEquals(List.of(), recovered.messages());
            assertEquals(before, recovered.editor().incidents());
            assertTrue(recovered.editor().isDirty(), "recovered edits are not saved yet");
            assertEquals(List.of(B, C), read(file), "the file is untouched until the user saves");
        }

        @Test
        void anUndoneEditIsNotRecovered() throws IOException {
            Path file = setFile("set.geojson", B);
            SetEditor editor = new SetEditor("set", file, read(file), recovery());
            editor.add(A);
            editor.add(C);
            editor.undo();
            SetEditor.Recovered recovered = recoverTheOnlyJournal();
            assertEquals(List.of(B, A), recovered.editor().incidents());
        }

        @Test
        void theRecoveredEditsCanBeUndoneAndAreKeptInANewJournal() throws IOException {
            Path file = setFile("set.geojson", B);
            new SetEditor("set", file, read(file), recovery()).add(A);
            SetEditor.Recovered first = recoverTheOnlyJournal();
            // killed again before saving: the recovered edits are still there
            SetEditor.Recovered second = recoverTheOnlyJournal();
            assertEquals(List.of(B, A), second.editor().incidents());
            assertTrue(second.editor().undo());
            assertEquals(List.of(B), second.editor().incidents());
            assertFalse(second.editor().isDirty());
            assertTrue(first.editor().isDirty());
        }

        @Test
        void aNewSetWithoutAFileIsRecoveredWithItsName() throws IOException {
            new SetEditor("My incidents", null, List.of(), recovery()).add(A);
            SetEditor.Recovered recovered = recoverTheOnlyJournal();
            assertEquals("My incidents", recovered.editor().name());
            assertTrue(recovered.editor().file().isEmpty());
            assertEquals(List.of(A), recovered.editor().incidents());
        }

        @Test
        void aFileChangedMeanwhileIsSaidAndTheEditsGoByIncidentId() throws IOException {
            Path file = setFile("set.geojson", B, C);
            SetEditor editor = new SetEditor("set", file, read(file), recovery());
            Incident edited = incident(C.id(), "2023-04-06", "Edited in Araxes");
            editor.change(edited);
            editor.delete(B.id());
            // someone else rewrites the file: B is gone, A is new
            IncidentWriters.save(file, List.of(A, C));
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));

            SetEditor.Recovered recovered = recoverTheOnlyJournal();
            assertEquals(List.of(A, edited), recovered.editor().incidents());
            assertTrue(recovered.messages().get(0).contains("changed on disk"), recovered.messages().toString());
            assertTrue(recovered.messages().stream().anyMatch(m -> m.contains(B.id()) && m.contains("no longer has it")),
                    recovered.messages().toString());
        }
    }

    @Nested
    @DisplayName("a journal cut off or damaged")
    class Damaged {

        private Path journalWithTwoEdits() throws IOException {
            Path file = setFile("set.geojson", B);
            SetEditor editor = new SetEditor("set", file, read(file), recovery());
            editor.add(A);
            editor.add(C);
            try (var files = Files.list(recovery())) {
                return files.findFirst().orElseThrow();
            }
        }

        @Test
        void aTornLastLineIsLeftOutWithAMessage() throws IOException {
            Path journal = journalWithTwoEdits();
            byte[] bytes = Files.readAllBytes(journal);
            Files.write(journal, java.util.Arrays.copyOf(bytes, bytes.length - 40)); // killed while writing the last line

            EditJournal.Read read = EditJournal.read(journal);
            assertEquals(1, read.entries().size());
            assertEquals(A, read.entries().get(0).incident());
            assertEquals(1, read.problems().size());
            assertTrue(read.problems().get(0).contains("cut off"), read.problems().get(0));
            SetEditor.Recovered recovered = SetEditor.recover(read, List.of(B), recovery());
            assertEquals(List.of(B, A), recovered.editor().incidents());
            assertTrue(recovered.messages().get(0).contains("cut off"));
        }

        @Test
        void aBadLineInTheMiddleStopsThereAndTheJournalIsKeptAside() throws IOException {
            Path journal = journalWithTwoEdits();
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            Files.write(journal, List.of(lines.get(0), "{not json", lines.get(2)), StandardCharsets.UTF_8);

            EditJournal.Read read = EditJournal.read(journal);
            assertEquals(0, read.entries().size());
            assertFalse(read.complete());
            assertTrue(read.problems().get(0).contains("line 2"), read.problems().get(0));
            SetEditor.recover(read, List.of(B), recovery());
            assertFalse(Files.exists(journal));
            assertTrue(Files.exists(journal.resolveSibling(journal.getFileName() + EditJournal.KEPT)));
        }

        @Test
        void aFileThatIsNoJournalIsNamedAndLeftAlone() throws IOException {
            Files.createDirectories(recovery());
            Path other = Files.writeString(recovery().resolve("x" + EditJournal.SUFFIX), "hello\n");
            EditJournal.Found found = EditJournal.find(recovery());
            assertEquals(0, found.journals().size());
            assertTrue(found.problems().get(0).contains(other.toString()), found.problems().toString());
            assertTrue(Files.exists(other));
        }
    }

    @Nested
    @DisplayName("saving")
    class Saving {

        @Test
        void aSaveWritesTheSetInItsFormatAndRemovesTheJournal() throws IOException {
            for (String name : List.of("set.geojson", "set.csv")) {
                Path file = setFile(name, B);
                SetEditor editor = new SetEditor("set", file, read(file), recovery());
                editor.add(A);
                editor.save(IncidentWriters::save);
                assertEquals(List.of(B, A), read(file), name);
                assertEquals(0, EditJournal.find(recovery()).journals().size(), name);
            }
        }

        @Test
        void aFailedSaveLeavesTheFileAsItWasAndKeepsTheJournal() throws IOException {
            Path file = setFile("set.geojson", B);
            byte[] before = Files.readAllBytes(file);
            SetEditor editor = new SetEditor("set", file, read(file), recovery());
            editor.add(A);
            assertTrue(file.toFile().setWritable(false));
            try {
                org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> editor.save(IncidentWriters::save));
            } finally {
                file.toFile().setWritable(true);
            }
            assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
            assertEquals(1, EditJournal.find(recovery()).journals().size());
            assertTrue(editor.isDirty());
        }

        @Test
        void discardingRemovesTheJournal() throws IOException {
            SetEditor editor = new SetEditor("My incidents", null, List.of(), recovery());
            editor.add(A);
            editor.discardJournal();
            assertEquals(0, EditJournal.find(recovery()).journals().size());
        }
    }
}
