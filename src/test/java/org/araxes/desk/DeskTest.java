// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.araxes.incidents.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("A desk on a real PostgreSQL + PostGIS")
class DeskTest {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    static final String SCHEMA = "team";

    @BeforeAll
    static void desk() throws Exception {
        DeskFixtures.prepareDesk(POSTGRES, SCHEMA);
    }

    static Desk editor() throws DeskException {
        return Desk.open(POSTGRES.url("desk_editor", SCHEMA), "editor-pw");
    }

    static Desk secondEditor() throws DeskException {
        return Desk.open(POSTGRES.url("desk_editor2", SCHEMA), "editor2-pw");
    }

    @Test
    @DisplayName("an incident written is read back equal, every field and source, at version 1 by its writer")
    void roundTrip() throws Exception {
        Incident written = DeskFixtures.incident("inc-round-trip", "Round trip");
        try (Desk desk = editor()) {
            EditResult result = desk.save(written, 0);
            DeskRecord stored = assertInstanceOf(EditResult.Saved.class, result).now().orElseThrow();
            assertEquals(written, stored.incident());
            assertEquals(1, stored.version());
            assertEquals("desk_editor", stored.changedBy());
        }
        try (Desk other = secondEditor()) {
            assertEquals(written, other.get("inc-round-trip").orElseThrow().incident());
        }
    }

    @Nested
    @DisplayName("two clients editing one incident")
    class TwoClients {

        @Test
        @DisplayName("the first edit wins; the second, made on the old version, is a conflict holding both versions, and nothing is overwritten")
        void oneWinsTheOtherSeesTheConflict() throws Exception {
            try (Desk ana = editor(); Desk bob = secondEditor()) {
                ana.save(DeskFixtures.incident("inc-shared", "First title"), 0);
                DeskRecord anaRead = ana.get("inc-shared").orElseThrow();
                DeskRecord bobRead = bob.get("inc-shared").orElseThrow();

                EditResult anaEdit = ana.save(DeskFixtures.retitled(anaRead.incident(), "Ana's title"), anaRead.version());
                EditResult bobEdit = bob.save(DeskFixtures.retitled(bobRead.incident(), "Bob's title"), bobRead.version());

                assertEquals(2, assertInstanceOf(EditResult.Saved.class, anaEdit).now().orElseThrow().version());
                EditResult.Conflict conflict = assertInstanceOf(EditResult.Conflict.class, bobEdit);
                assertEquals("Bob's title", conflict.mine().orElseThrow().title());
                assertEquals(1, conflict.baseVersion());
                assertEquals("Ana's title", conflict.theirs().orElseThrow().incident().title());
                assertEquals("desk_editor", conflict.theirs().orElseThrow().changedBy());
                assertEquals("Ana's title", bob.get("inc-shared").orElseThrow().incident().title());

                // Bob keeps his after seeing Ana's: saved on top of her version, both in the history
                DeskRecord theirs = conflict.theirs().orElseThrow();
                assertInstanceOf(EditResult.Saved.class, bob.save(conflict.mine().orElseThrow(), theirs.version()));
                assertEquals(List.of("insert desk_editor", "update desk_editor", "update desk_editor2"),
                        bob.history("inc-shared").stream().map(h -> h.operation() + " " + h.by()).toList());
            }
        }

        @Test
        @DisplayName("an edit of an incident someone deleted is a conflict with nothing on their side")
        void editAfterDelete() throws Exception {
            try (Desk ana = editor(); Desk bob = secondEditor()) {
                ana.save(DeskFixtures.incident("inc-gone", "Soon gone"), 0);
                DeskRecord bobRead = bob.get("inc-gone").orElseThrow();
                assertInstanceOf(EditResult.Saved.class, ana.delete("inc-gone", 1));
                EditResult.Conflict conflict = assertInstanceOf(EditResult.Conflict.class,
                        bob.save(DeskFixtures.retitled(bobRead.incident(), "Edited"), bobRead.version()));
                assertTrue(conflict.theirs().isEmpty());
            }
        }

        @Test
        @DisplayName("two new incidents with one id: the second is a conflict, the first kept")
        void sameNewId() throws Exception {
            try (Desk ana = editor(); Desk bob = secondEditor()) {
                assertInstanceOf(EditResult.Saved.class, ana.save(DeskFixtures.incident("inc-twice", "Ana's"), 0));
                EditResult.Conflict conflict = assertInstanceOf(EditResult.Conflict.class,
                        bob.save(DeskFixtures.incident("inc-twice", "Bob's"), 0));
                assertEquals("Ana's", conflict.theirs().orElseThrow().incident().title());
            }
        }
    }

    @Test
    @DisplayName("a change reaches a second client within a second, and a client does not hear its own")
    void notifications() throws Exception {
        List<DeskChange> heardByBob = new CopyOnWriteArrayList<>();
        List<DeskChange> heardByAna = new CopyOnWriteArrayList<>();
        try (Desk ana = editor(); Desk bob = secondEditor();
             DeskListener anaListens = ana.listen(heardByAna::add, lost -> { });
             DeskListener bobListens = bob.listen(heardByBob::add, lost -> { })) {
            long start = System.nanoTime();
            ana.save(DeskFixtures.incident("inc-heard", "Heard"), 0);
            DeskFixtures.eventually(Duration.ofSeconds(1), () -> !heardByBob.isEmpty(), "Bob hears Ana's insert");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(new DeskChange("inc-heard", 1, "insert", "desk_editor"), heardByBob.get(0));
            assertTrue(millis < 1000, millis + " ms");

            ana.delete("inc-heard", 1);
            DeskFixtures.eventually(Duration.ofSeconds(1), () -> heardByBob.size() == 2, "Bob hears the delete");
            assertTrue(heardByBob.get(1).deleted());
            assertTrue(heardByAna.isEmpty(), "Ana's listener passes over her own changes: " + heardByAna);
        }
    }

    @Test
    @DisplayName("a read-only role is told apart: no edit is stored, and the refusal says so plainly")
    void readOnlyRole() throws Exception {
        try (Desk owner = editor()) {
            owner.save(DeskFixtures.incident("inc-read", "For readers"), 0);
        }
        try (Desk reader = Desk.open(POSTGRES.url("desk_reader", SCHEMA), "reader-pw")) {
            assertTrue(reader.readOnly());
            DeskRecord record = reader.get("inc-read").orElseThrow();
            EditResult.Refused refused = assertInstanceOf(EditResult.Refused.class,
                    reader.save(DeskFixtures.retitled(record.incident(), "Reader's"), record.version()));
            assertEquals("user desk_reader may read this desk but not edit it; ask the desk's owner for an editor's role",
                    refused.message());
            assertInstanceOf(EditResult.Refused.class, reader.delete("inc-read", record.version()));
            assertEquals("For readers", reader.get("inc-read").orElseThrow().incident().title());
        }
        try (Desk editor = editor()) {
            assertFalse(editor.readOnly());
        }
    }

    @Test
    @DisplayName("the window query returns the incidents overlapping the days and inside the area, and the histogram counts them by month")
    void windowAndHistogram() throws Exception {
        try (Desk desk = Desk.open(POSTGRES.url("desk_owner", "windows"), "owner-pw")) {
            desk.save(DeskFixtures.at("w-in", LocalDate.of(2022, 3, 5), 45.5, 39.0), 0);
            desk.save(DeskFixtures.at("w-in2", LocalDate.of(2022, 4, 1), 46.0, 39.2), 0);
            desk.save(DeskFixtures.at("w-late", LocalDate.of(2023, 1, 1), 45.5, 39.0), 0);
            desk.save(DeskFixtures.at("w-far", LocalDate.of(2022, 3, 5), 10.0, 50.0), 0);
            Desk.Area region = new Desk.Area(44, 38, 47, 40);

            Desk.Loaded window = desk.window(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), region, 1000);
            assertEquals(List.of("w-in", "w-in2"), window.records().stream().map(DeskRecord::id).toList());
            assertEquals(List.of("w-in"), desk.window(null, null, region, 1).records().stream().map(DeskRecord::id).toList(),
                    "the limit holds, earliest first");
            assertEquals(List.of(new Desk.BucketCount(LocalDate.of(2022, 3, 1), 2), new Desk.BucketCount(LocalDate.of(2022, 4, 1), 1),
                            new Desk.BucketCount(LocalDate.of(2023, 1, 1), 1)),
                    desk.histogram(null, null, null, Desk.Bucket.MONTH));
            assertEquals(4, desk.count());
        }
    }

    @Test
    @DisplayName("an edit made outside Araxes (psql, QGIS, with their own search path) is stamped, kept in the history and heard")
    void editOutsideAraxes() throws Exception {
        List<DeskChange> heard = new CopyOnWriteArrayList<>();
        try (Desk desk = editor(); DeskListener listening = desk.listen(heard::add, lost -> { })) {
            desk.save(DeskFixtures.incident("inc-outside", "Before"), 0);
            try (java.sql.Connection psql = POSTGRES.server().connect(POSTGRES.database(), "desk_editor2", "editor2-pw");
                 java.sql.Statement s = psql.createStatement()) {
                s.execute("set search_path = public");
                s.execute("update " + SCHEMA + ".incident set title = 'Changed in psql', row_version = 99, "
                        + "changed_by = 'someone else' where id = 'inc-outside'");
            }
            DeskRecord now = desk.get("inc-outside").orElseThrow();
            assertEquals("Changed in psql", now.incident().title());
            assertEquals(2, now.version(), "the server counts the versions, whatever the client writes");
            assertEquals("desk_editor2", now.changedBy());
            assertEquals(List.of("insert desk_editor", "update desk_editor2"),
                    desk.history("inc-outside").stream().map(h -> h.operation() + " " + h.by()).toList());
            DeskFixtures.eventually(Duration.ofSeconds(1), () -> heard.stream().anyMatch(c -> c.id().equals("inc-outside")),
                    "the change made in psql is heard");
        }
    }

    @Test
    @DisplayName("a wrong password is a plain message, not a stack trace")
    void wrongPassword() {
        DeskException e = assertThrows(DeskException.class, () -> Desk.open(POSTGRES.url("desk_editor", SCHEMA), "wrong"));
        assertEquals("user desk_editor could not log in to " + POSTGRES.database() + " at 127.0.0.1:" + POSTGRES.server().port()
                + ": wrong password, or the server does not let this user in", e.getMessage());
        assertFalse(e.connectionLost());
    }

    @Test
    @DisplayName("a server out of reach is told as such, so the client can work offline")
    void outOfReach() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DeskException e = assertThrows(DeskException.class, () -> Desk.open(
                DeskUrl.parse("postgresql://desk_editor@127.0.0.1:" + closedPort + "/x"), "editor-pw"));
        assertTrue(e.connectionLost(), e.getMessage());
    }
}
