// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.araxes.incidents.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A desk client with the server gone: nothing half-written, nothing lost")
class DeskOfflineTest {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    static final String SCHEMA = "araxes";

    @BeforeAll
    static void desk() throws Exception {
        DeskFixtures.prepareDesk(POSTGRES, SCHEMA);
    }

    static DeskClient client(Path folder) {
        return new DeskClient(POSTGRES.url("desk_editor", SCHEMA), "editor-pw", new LocalCopy(folder));
    }

    @Test
    @DisplayName("the server killed mid-transaction: the database keeps the old version whole, the edit is kept locally and sent after the restart")
    void killedMidTransaction(@TempDir Path folder) throws Exception {
        Incident original = DeskFixtures.incident("inc-crash", "Before the crash");
        try (DeskClient client = client(folder)) {
            assertEquals(DeskState.ONLINE, client.connect().state());
            assertInstanceOf(EditResult.Saved.class, client.save(original, 0));

            // another session holds the sources' rows, so the client's transaction stops half-way:
            // the incident row updated, its sources not yet replaced
            Connection blocker = POSTGRES.server().admin(POSTGRES.database());
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.executeQuery("select * from araxes.incident_source where incident_id = 'inc-crash' for update").close();
            }
            Incident edited = new Incident("inc-crash", "After the crash", "New summary", original.category(),
                    original.actors(), original.status(), original.role(), original.date(), original.location(),
                    original.point(), List.of(original.sources().get(0)));
            CompletableFuture<EditResult> saving = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.save(edited, 1);
                } catch (DeskException e) {
                    throw new IllegalStateException(e);
                }
            });
            DeskFixtures.eventually(Duration.ofSeconds(10), () -> waitingOnLock("desk_editor"),
                    "the client's transaction waits on the sources' lock");

            POSTGRES.server().crash();
            EditResult result = saving.get(30, TimeUnit.SECONDS);
            closeQuietly(blocker);

            assertInstanceOf(EditResult.Queued.class, result);
            assertEquals(DeskState.OFFLINE, client.state());
            assertEquals("After the crash", record(client, "inc-crash").incident().title(), "the user sees their edit");
            assertTrue(Files.isRegularFile(folder.resolve("queue.json")));
        } finally {
            POSTGRES.server().start();
        }

        try (Connection c = POSTGRES.server().admin(POSTGRES.database()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select i.title, i.row_version, (select count(*) from araxes.incident_source "
                     + "where incident_id = i.id) from araxes.incident i where i.id = 'inc-crash'")) {
            assertTrue(rs.next());
            assertEquals("Before the crash", rs.getString(1), "nothing half-written");
            assertEquals(1, rs.getLong(2));
            assertEquals(2, rs.getLong(3));
        }

        // the app started again: the queue is read from the local copy and sent on connecting
        try (DeskClient again = client(folder)) {
            assertEquals(1, again.pending().size());
            DeskClient.Sync sync = again.connect();
            assertEquals(DeskState.ONLINE, sync.state());
            assertEquals(List.of(), sync.conflicts());
            assertEquals(List.of(), again.pending());
            DeskRecord stored = record(again, "inc-crash");
            assertEquals("After the crash", stored.incident().title());
            assertEquals(1, stored.incident().sources().size());
            assertEquals(2, stored.version());
        }
    }

    @Test
    @DisplayName("an edit made offline on an incident someone changed meanwhile comes back as a conflict with both versions on reconnect")
    void conflictOnReconnect(@TempDir Path folder) throws Exception {
        List<DeskState> states = new CopyOnWriteArrayList<>();
        try (DeskClient client = client(folder)) {
            client.onState(states::add);
            client.connect();
            client.save(DeskFixtures.incident("inc-offline", "Shared"), 0);
            client.save(DeskFixtures.incident("inc-new-offline", "Placeholder"), 0);
            client.delete("inc-new-offline", 1);

            POSTGRES.server().crash();
            try {
                EditResult queued = client.save(DeskFixtures.retitled(DeskFixtures.incident("inc-offline", "x"), "Mine, offline"), 1);
                assertInstanceOf(EditResult.Queued.class, queued);
                assertInstanceOf(EditResult.Queued.class, client.save(DeskFixtures.incident("inc-added-offline", "Added offline"), 0));
            } finally {
                POSTGRES.server().start();
            }
            try (Desk other = Desk.open(POSTGRES.url("desk_editor2", SCHEMA), "editor2-pw")) {
                other.save(DeskFixtures.retitled(DeskFixtures.incident("inc-offline", "x"), "Theirs, meanwhile"), 1);
            }

            DeskClient.Sync sync = client.connect();
            assertEquals(DeskState.ONLINE, sync.state());
            EditResult.Conflict conflict = sync.conflicts().get(0);
            assertEquals(1, sync.conflicts().size());
            assertEquals("Mine, offline", conflict.mine().orElseThrow().title());
            assertEquals("Theirs, meanwhile", conflict.theirs().orElseThrow().incident().title());
            assertEquals("desk_editor2", conflict.theirs().orElseThrow().changedBy());
            List<String> ids = client.records().stream().map(DeskRecord::id).toList();
            assertTrue(ids.containsAll(List.of("inc-added-offline", "inc-offline")), ids::toString);
            assertTrue(!ids.contains("inc-new-offline"), "deleted before the server went: " + ids);
            assertTrue(states.containsAll(List.of(DeskState.ONLINE, DeskState.OFFLINE, DeskState.SYNCING)), states::toString);
        }
    }

    @Test
    @DisplayName("a second client hears the first one's change with the incident as it is now")
    void heardByAnotherClient(@TempDir Path one, @TempDir Path two) throws Exception {
        List<DeskClient.Heard> heard = new CopyOnWriteArrayList<>();
        try (DeskClient ana = client(one);
             DeskClient bob = new DeskClient(POSTGRES.url("desk_editor2", SCHEMA), "editor2-pw", new LocalCopy(two))) {
            ana.connect();
            bob.connect();
            bob.onHeard(heard::add);
            ana.save(DeskFixtures.incident("inc-heard-client", "Heard by Bob"), 0);
            DeskFixtures.eventually(Duration.ofSeconds(1), () -> !heard.isEmpty(), "Bob hears Ana");
            assertEquals("Heard by Bob", heard.get(0).now().orElseThrow().incident().title());
            assertTrue(bob.records().stream().anyMatch(r -> r.id().equals("inc-heard-client")));
        }
    }

    @Test
    @DisplayName("a reader's client is READ_ONLY and its edits are refused plainly, never queued")
    void readerClient(@TempDir Path folder) throws Exception {
        try (DeskClient reader = new DeskClient(POSTGRES.url("desk_reader", SCHEMA), "reader-pw", new LocalCopy(folder))) {
            assertEquals(DeskState.READ_ONLY, reader.connect().state());
            assertInstanceOf(EditResult.Refused.class, reader.save(DeskFixtures.incident("inc-reader", "No"), 0));
            assertEquals(List.of(), reader.pending());
        }
    }

    private static DeskRecord record(DeskClient client, String id) {
        return client.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean waitingOnLock(String user) {
        try (Connection c = POSTGRES.server().admin("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where usename = '" + user
                     + "' and wait_event_type = 'Lock'")) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the server was killed under it
        }
    }
}
