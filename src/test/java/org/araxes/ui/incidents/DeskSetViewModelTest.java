// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.araxes.desk.DeskClient;
import org.araxes.desk.DeskFixtures;
import org.araxes.desk.DeskState;
import org.araxes.desk.LocalCopy;
import org.araxes.desk.RealPostgres;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A shared desk as an incident set of the window (two windows on one database)")
class DeskSetViewModelTest {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    /** Stands for each window's JavaFX thread: the view-models are touched only there. */
    private final ExecutorService anaWindow = Executors.newSingleThreadExecutor();
    private final ExecutorService bobWindow = Executors.newSingleThreadExecutor();

    @TempDir
    Path folder;

    @BeforeAll
    static void desk() throws Exception {
        DeskFixtures.prepareDesk(POSTGRES, "araxes");
    }

    @AfterEach
    void stop() {
        anaWindow.shutdownNow();
        bobWindow.shutdownNow();
    }

    private DeskSetViewModel window(String user, String password, ExecutorService fx, IncidentsViewModel incidents) {
        DeskClient client = new DeskClient(POSTGRES.url(user, "araxes"), password,
                new LocalCopy(folder.resolve(user)));
        return new DeskSetViewModel(incidents, client, Runnable::run, fx::execute);
    }

    private static <T> T on(ExecutorService fx, Callable<T> task) throws Exception {
        return fx.submit(task).get(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("the desk is one more set, named with who is connected; another window's edit appears within a second, the selection kept, with its history")
    void twoWindows() throws Exception {
        IncidentsViewModel anaIncidents = on(anaWindow, IncidentsViewModel::new);
        IncidentsViewModel bobIncidents = on(bobWindow, IncidentsViewModel::new);
        try (DeskSetViewModel ana = window("desk_editor", "editor-pw", anaWindow, anaIncidents);
             DeskSetViewModel bob = window("desk_editor2", "editor2-pw", bobWindow, bobIncidents)) {
            ana.connect().get(30, TimeUnit.SECONDS);
            ana.client().save(DeskFixtures.at("inc-first", LocalDate.of(2023, 5, 1), 45.5, 39.0), 0);
            bob.connect().get(30, TimeUnit.SECONDS);

            IncidentSet bobSet = on(bobWindow, bob::set);
            assertEquals(DeskSetViewModel.FORMAT, bobSet.format());
            assertTrue(bobSet.name().startsWith(POSTGRES.database() + " — "), bobSet.name());
            assertTrue(bobSet.name().contains("desk_editor2"), bobSet.name());
            assertTrue(bobSet.editable());
            assertEquals("Shared desk " + POSTGRES.database() + ": online", on(bobWindow, () -> bob.statusProperty().get()));
            assertTrue(on(bobWindow, () -> bobIncidents.selectById("inc-first")));

            Incident second = DeskFixtures.at("inc-second", LocalDate.of(2023, 5, 1), 45.6, 39.1);
            long start = System.nanoTime();
            ana.client().save(second, 0);
            eventually(() -> on(bobWindow, () -> bob.set().incidents().stream().anyMatch(i -> i.id().equals("inc-second"))),
                    "Bob's window shows Ana's new incident");
            assertTrue(System.nanoTime() - start < 1_000_000_000L);
            assertEquals("inc-first", on(bobWindow, () -> bobIncidents.selectedProperty().get().id()), "Bob's selection kept");
            assertTrue(on(bobWindow, () -> bobIncidents.store().indexOf("inc-second") >= 0));

            // the details panel asks the view-model, which asks the desk (as DeskActions wires it in the window)
            on(bobWindow, () -> {
                bobIncidents.setHistorySource(bob::history);
                return null;
            });
            List<String> history = on(bobWindow, () -> bobIncidents.history(second)).get(10, TimeUnit.SECONDS);
            assertEquals(1, history.size(), history::toString);
            assertTrue(history.get(0).startsWith("Version 1: added by desk_editor, "), history::toString);
        }
    }

    @Test
    @DisplayName("the history and who is connected are read on the network executor: while it is busy (a slow link) the window's thread is not held, and the lines come when it is free")
    void historyOffTheWindowThread() throws Exception {
        IncidentsViewModel incidents = on(anaWindow, IncidentsViewModel::new);
        java.util.concurrent.CountDownLatch slowLink = new java.util.concurrent.CountDownLatch(1);
        ExecutorService network = Executors.newSingleThreadExecutor();
        DeskClient client = new DeskClient(POSTGRES.url("desk_editor", "araxes"), "editor-pw",
                new LocalCopy(folder.resolve("slow")));
        try (DeskSetViewModel desk = new DeskSetViewModel(incidents, client, network, anaWindow::execute)) {
            desk.connect().get(30, TimeUnit.SECONDS);
            Incident incident = DeskFixtures.at("inc-slow", LocalDate.of(2023, 6, 1), 45.5, 39.0);
            assertTrue(desk.save(incident).get(10, TimeUnit.SECONDS) instanceof org.araxes.desk.EditResult.Saved);
            eventually(() -> on(anaWindow, () -> incidents.selectById("inc-slow")), "the incident shown and selected");

            network.execute(() -> {
                try {
                    slowLink.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            var history = on(anaWindow, () -> {
                incidents.setHistorySource(desk::history); // as DeskActions wires it in the window
                return incidents.history(incident);
            });
            assertFalse(history.isDone(), "nothing read on the window's thread while the link is slow");
            assertEquals("inc-slow", on(anaWindow, () -> incidents.selectedProperty().get().id()), "the window answers meanwhile");

            slowLink.countDown();
            List<String> lines = history.get(10, TimeUnit.SECONDS);
            assertEquals(1, lines.size(), lines::toString);
            assertTrue(lines.get(0).startsWith("Version 1: added by desk_editor, "), lines::toString);
        } finally {
            slowLink.countDown();
            network.shutdownNow();
        }
    }

    @Test
    @DisplayName("two windows edit one incident: the first is stored, the second is a conflict with both versions; keeping it stores it over the first, nothing lost")
    void conflictInTheWindow() throws Exception {
        IncidentsViewModel anaIncidents = on(anaWindow, IncidentsViewModel::new);
        IncidentsViewModel bobIncidents = on(bobWindow, IncidentsViewModel::new);
        try (DeskSetViewModel ana = window("desk_editor", "editor-pw", anaWindow, anaIncidents);
             DeskSetViewModel bob = window("desk_editor2", "editor2-pw", bobWindow, bobIncidents)) {
            ana.connect().get(30, TimeUnit.SECONDS);
            Incident shared = DeskFixtures.at("inc-both", LocalDate.of(2023, 5, 2), 45.5, 39.0);
            assertTrue(on(anaWindow, () -> ana.save(shared)).get(10, TimeUnit.SECONDS) instanceof org.araxes.desk.EditResult.Saved);
            bob.connect().get(30, TimeUnit.SECONDS);

            // Ana stores her change while Bob edits the version his window shows (1): in one task of
            // Bob's window thread, so his window cannot have heard of Ana's change before he saves
            var result = on(bobWindow, () -> {
                ana.client().save(DeskFixtures.retitled(shared, "Ana's"), 1);
                return bob.save(DeskFixtures.retitled(shared, "Bob's"));
            }).get(10, TimeUnit.SECONDS);
            var conflict = (org.araxes.desk.EditResult.Conflict) result;
            assertEquals(List.of(conflict), on(bobWindow, () -> List.copyOf(bob.conflicts())));
            assertEquals("Bob's", conflict.mine().orElseThrow().title());
            assertEquals("Ana's", conflict.theirs().orElseThrow().incident().title());

            assertTrue(on(bobWindow, () -> bob.resolve(conflict, true)).get(10, TimeUnit.SECONDS)
                    instanceof org.araxes.desk.EditResult.Saved);
            assertEquals(List.of(), on(bobWindow, () -> List.copyOf(bob.conflicts())));
            eventually(() -> on(anaWindow, () -> ana.set().incidents().stream()
                    .anyMatch(i -> i.id().equals("inc-both") && i.title().equals("Bob's"))), "Ana sees Bob's kept version");
            assertEquals(3, ana.client().history("inc-both").size(), "added, Ana's change, Bob's: all in the history");
        }
    }

    @Test
    @DisplayName("the editor's commands on a desk set go to the database at once: added, changed and deleted there, nothing left to save")
    void editorCommands() throws Exception {
        IncidentsViewModel incidents = on(anaWindow, IncidentsViewModel::new);
        try (DeskSetViewModel desk = window("desk_editor", "editor-pw", anaWindow, incidents)) {
            desk.connect().get(30, TimeUnit.SECONDS);
            IncidentEditing editing = on(anaWindow, () -> {
                IncidentEditing e = new IncidentEditing(incidents, null);
                e.setRemoteSets(set -> set.id().equals(desk.set().id()) ? desk : null);
                return e;
            });
            Incident written = DeskFixtures.at("inc-from-editor", LocalDate.of(2023, 6, 1), 45.7, 39.2);
            on(anaWindow, () -> {
                editing.add(desk.set(), written);
                return null;
            });
            eventually(() -> desk.client().records().stream().anyMatch(r -> r.id().equals("inc-from-editor") && r.version() == 1),
                    "stored in the database");
            eventually(() -> on(anaWindow, () -> desk.set().incidents().contains(written)), "shown in the set");
            on(anaWindow, () -> {
                editing.change(desk.set(), DeskFixtures.retitled(written, "Edited in the form"));
                return null;
            });
            eventually(() -> desk.client().history("inc-from-editor").size() == 2, "the change in the database's history");
            on(anaWindow, () -> {
                editing.delete(desk.set(), DeskFixtures.retitled(written, "Edited in the form"));
                return null;
            });
            eventually(() -> desk.client().records().stream().noneMatch(r -> r.id().equals("inc-from-editor")), "deleted there");
            assertEquals(List.of(), on(anaWindow, editing::dirtySets), "nothing to save: the database has it");
        }
    }

    @Test
    @DisplayName("a reader's desk set is not editable and the status line says read-only")
    void reader() throws Exception {
        IncidentsViewModel incidents = on(anaWindow, IncidentsViewModel::new);
        try (DeskSetViewModel reader = window("desk_reader", "reader-pw", anaWindow, incidents)) {
            reader.connect().get(30, TimeUnit.SECONDS);
            assertFalse(on(anaWindow, () -> reader.set().editable()));
            assertEquals(DeskState.READ_ONLY, on(anaWindow, () -> reader.stateProperty().get()));
            assertTrue(on(anaWindow, () -> reader.statusProperty().get()).endsWith(": read-only (your role may not edit)"));
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void eventually(Check check, String what) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 5 s: " + what);
            }
            LockSupport.parkNanos(20_000_000L);
        }
    }
}
