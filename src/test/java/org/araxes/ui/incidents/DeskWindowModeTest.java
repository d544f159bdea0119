// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.araxes.desk.Desk;
import org.araxes.desk.DeskClient;
import org.araxes.desk.DeskCounts;
import org.araxes.desk.DeskFixtures;
import org.araxes.desk.DeskState;
import org.araxes.desk.DeskUrl;
import org.araxes.desk.EditResult;
import org.araxes.desk.LocalCopy;
import org.araxes.desk.RealPostgres;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.timeline.Histogram;
import org.araxes.timeline.TimeWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

@DisplayName("A shared desk above the user's limit is shown by window: the map, list and timeline ask the server for what is in view")
class DeskWindowModeTest {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    static final String SCHEMA = "bywindow";
    static final int SIZE = 2_400;
    static final int LOW_LIMIT = 100;

    /** The desk's incidents as they are read whole (the in-memory side of every comparison). */
    static IncidentStore whole;

    /** Stands for each window's JavaFX thread: the view-models are touched only there. */
    private final ExecutorService anaWindow = Executors.newSingleThreadExecutor();
    private final ExecutorService bobWindow = Executors.newSingleThreadExecutor();

    @TempDir
    Path folder;

    @BeforeAll
    static void desk() throws Exception {
        DeskFixtures.prepareDesk(POSTGRES, SCHEMA);
        try (Desk desk = Desk.open(url("desk_owner"), "owner-pw")) {
            for (int n = 0; n < SIZE; n++) {
                assertInstanceOf(EditResult.Saved.class, desk.save(generated(n), 0));
            }
            whole = new IncidentStore(desk.loadAll().incidents());
        }
        assertEquals(SIZE, whole.size());
    }

    /**
     * The n-th incident: days over four years, points over the region, every category, status and
     * role, one in seven dated only to its month (a span the histogram spreads), every fifth with
     * "Nakhchivan" in a source's quote only.
     */
    static Incident generated(int n) {
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays((n * 37L) % 1461);
        boolean monthOnly = n % 7 == 0;
        Incident.When when = monthOnly
                ? new Incident.When(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), DatePrecision.MONTH,
                        DateBasis.INFERRED, "")
                : Incident.When.day(day);
        double lon = 44.0 + (n * 0.6180339) % 4.0;
        double lat = 38.0 + (n * 0.4142135) % 2.5;
        String quote = n % 5 == 0 ? "Shelling near Nakhchivan, witnesses said" : "A quiet report";
        return new Incident(String.format("w-%05d", n), "Generated incident " + n, "Summary " + n,
                Category.values()[n % Category.values().length], List.of(n % 2 == 0 ? "Armenia" : "Azerbaijan"),
                Status.values()[n % Status.values().length], Role.values()[n % Role.values().length], when,
                new Incident.Place("Place " + n, LocationPrecision.SITE, ""), new Incident.Point(lon, lat),
                List.of(new Incident.Source("https://example.org/" + n, "Paper " + (n % 3), "A. Writer", "Headline " + n,
                        "2024-01-01", quote)));
    }

    static DeskUrl url(String user) {
        return POSTGRES.url(user, SCHEMA);
    }

    @AfterEach
    void stop() {
        anaWindow.shutdownNow();
        bobWindow.shutdownNow();
    }

    private DeskSetViewModel window(String user, String password, ExecutorService fx, IncidentsViewModel incidents,
                                    String copy) {
        DeskClient client = new DeskClient(url(user), password, new LocalCopy(folder.resolve(copy)));
        return new DeskSetViewModel(incidents, client, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "network-" + user);
            t.setDaemon(true);
            return t;
        }), fx::execute);
    }

    private static IncidentsViewModel incidentsWithLimit(ExecutorService fx, int limit) throws Exception {
        return on(fx, () -> {
            IncidentsViewModel incidents = new IncidentsViewModel();
            incidents.windowLimitProperty().set(limit);
            return incidents;
        });
    }

    private static <T> T on(ExecutorService fx, Callable<T> task) throws Exception {
        return fx.submit(task).get(20, TimeUnit.SECONDS);
    }

    /** The ids of the incidents the window shows now. */
    private static Set<String> shownIds(ExecutorService fx, IncidentsViewModel incidents) throws Exception {
        return on(fx, () -> {
            Set<String> ids = new TreeSet<>();
            incidents.visible().forEach(i -> ids.add(i.id()));
            return ids;
        });
    }

    /** The ids the whole set held in memory shows for a window, filter and area (as the map draws them: a point in the area). */
    private static Set<String> expected(TimeWindow window, IncidentFilter filter, Envelope area) {
        Set<String> ids = new TreeSet<>();
        for (int i : whole.visible(window, filter)) {
            if (area == null || (whole.hasPoint(i) && area.contains(whole.lon(i), whole.lat(i)))) {
                ids.add(whole.id(i));
            }
        }
        return ids;
    }

    /** Puts the timeline's window at {@code end}, {@code days} long, and the map on {@code area}. */
    private static void view(ExecutorService fx, IncidentsViewModel incidents, LocalDate end, int days, Envelope area)
            throws Exception {
        on(fx, () -> {
            incidents.areaProperty().set(area);
            incidents.timeline().windowDaysProperty().set(days);
            incidents.timeline().setDate(end);
            return null;
        });
    }

    /** A count as the status line writes it (2,400). */
    private static String n(int count) {
        return String.format(java.util.Locale.ENGLISH, "%,d", count);
    }

    private static void eventually(Check check, String what) throws Exception {
        eventually(check, () -> what);
    }

    private static void eventually(Check check, Callable<String> what) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s: " + what.call());
            }
            LockSupport.parkNanos(20_000_000L);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    @Test
    @DisplayName("below the limit nothing changes: the desk is read whole and the timeline counts what is held")
    void belowTheLimit() throws Exception {
        IncidentsViewModel incidents = incidentsWithLimit(anaWindow, SIZE + 1);
        try (DeskSetViewModel desk = window("desk_editor", "editor-pw", anaWindow, incidents, "whole")) {
            desk.connect().get(30, TimeUnit.SECONDS);
            assertFalse(desk.client().byWindow());
            assertEquals(SIZE, on(anaWindow, () -> desk.set().size()));
            assertFalse(on(anaWindow, () -> incidents.shownByWindow(desk.set().id())));
            assertEquals(SIZE, on(anaWindow, () -> incidents.counts().size()));
            assertEquals("Shared desk " + POSTGRES.database() + ": online", on(anaWindow, () -> desk.statusProperty().get()));
        }
    }

    @Nested
    @DisplayName("above the limit")
    class AboveTheLimit {

        @Test
        @DisplayName("the set holds only the window in view, and its incidents are those the whole set in memory shows for the same days, area and filter")
        void windowMatchesInMemory() throws Exception {
            IncidentsViewModel incidents = incidentsWithLimit(anaWindow, LOW_LIMIT);
            try (DeskSetViewModel desk = window("desk_editor", "editor-pw", anaWindow, incidents, "window")) {
                desk.connect().get(30, TimeUnit.SECONDS);
                assertTrue(desk.client().byWindow());
                String id = on(anaWindow, () -> desk.set().id());
                assertTrue(on(anaWindow, () -> incidents.shownByWindow(id)));
                // adding the set moves the timeline to the desk's last days: the window there, with no move by the user
                TimeWindow first = on(anaWindow, () -> incidents.timeline().getWindow());
                assertEquals(whole.span().endDay(), first.endDay());
                Set<String> atTheEnd = expected(first, IncidentFilter.all(), null);
                assertFalse(atTheEnd.isEmpty());
                eventually(() -> shownIds(anaWindow, incidents).equals(atTheEnd), "the window at the desk's end, read on connecting");

                Envelope area = new Envelope(44.5, 46.5, 38.2, 39.8);
                view(anaWindow, incidents, LocalDate.of(2021, 6, 30), 91, area);
                TimeWindow days = on(anaWindow, () -> incidents.timeline().getWindow());
                Set<String> want = expected(days, IncidentFilter.all(), area);
                assertTrue(want.size() > 10 && want.size() < SIZE / 4, "a real window: " + want.size());
                eventually(() -> shownIds(anaWindow, incidents).equals(want), "the window of 91 days in the area");
                assertTrue(on(anaWindow, () -> desk.set().size()) < SIZE, "not the whole set");

                // moved: another quarter, another area, a filter by category and a search in the sources' quotes (SQL, pg_trgm)
                Envelope east = new Envelope(46.0, 48.0, 38.0, 40.5);
                IncidentFilter filter = IncidentFilter.all().withCategories(EnumSet.complementOf(EnumSet.of(Category.values()[1])))
                        .withText("nakhchivan");
                on(anaWindow, () -> {
                    incidents.categories().remove(Category.values()[1]);
                    incidents.searchProperty().set("Nakhchivan");
                    return null;
                });
                view(anaWindow, incidents, LocalDate.of(2022, 12, 31), 365, east);
                TimeWindow later = on(anaWindow, () -> incidents.timeline().getWindow());
                Set<String> wantLater = expected(later, filter, east);
                assertFalse(wantLater.isEmpty());
                eventually(() -> shownIds(anaWindow, incidents).equals(wantLater), "the year in the east, filtered");
                assertTrue(on(anaWindow, () -> desk.statusProperty().get()).contains(
                        "by window: " + n(wantLater.size()) + " in view of " + n(SIZE) + " in the database"),
                        () -> "status: " + desk.statusProperty().get());
            }
        }

        @Test
        @DisplayName("the timeline's histogram is the server's aggregate, equal to the one the whole set in memory gives, with and without a filter")
        void histogramFromTheAggregate() throws Exception {
            IncidentsViewModel incidents = incidentsWithLimit(anaWindow, LOW_LIMIT);
            try (DeskSetViewModel desk = window("desk_editor", "editor-pw", anaWindow, incidents, "histogram")) {
                desk.connect().get(30, TimeUnit.SECONDS);
                assertEquals(SIZE, on(anaWindow, () -> incidents.counts().size()), "the count of the desk, not of the window");
                assertEquals(whole.span(), on(anaWindow, () -> incidents.counts().span()), "the span of the desk");
                assertHistograms(incidents, IncidentFilter.all());

                IncidentFilter filter = IncidentFilter.all().withStatuses(EnumSet.of(Status.values()[0]))
                        .withRoles(EnumSet.of(Role.values()[0]));
                on(anaWindow, () -> {
                    incidents.statuses().retainAll(filter.statuses());
                    incidents.roles().retainAll(filter.roles());
                    return null;
                });
                eventually(() -> on(anaWindow, () -> incidents.counts() instanceof DeskCounts c && c.filter().equals(filter)),
                        "the aggregate read again for the filter");
                assertHistograms(incidents, filter);

                // the SQL aggregate itself, read by another connection
                try (Desk direct = Desk.open(url("desk_reader"), "reader-pw")) {
                    DeskCounts sql = new DeskCounts(direct.count(), filter, direct.dateCounts(filter));
                    assertEquals(whole.countMatching(filter), sql.matching());
                }
            }
        }

        private void assertHistograms(IncidentsViewModel incidents, IncidentFilter filter) throws Exception {
            TimeWindow span = whole.span();
            for (int bins : new int[] {1, 48, 333}) {
                // a span a little wider than the data, and one inside it (a zoom)
                for (double[] axis : new double[][] {{span.startDay() - 10, span.endDay() + 11},
                        {span.startDay() + 200.5, span.startDay() + 600.25}}) {
                    Histogram shown = on(anaWindow, () -> incidents.counts().histogram(filter, axis[0], axis[1], bins));
                    Histogram memory = whole.histogram(filter, axis[0], axis[1], bins);
                    Histogram counted = Histogram.of(whole, whole.visible(new TimeWindow((int) Math.floor(axis[0]),
                            (int) Math.ceil(axis[1])), filter), Category.values().length, axis[0], axis[1], bins);
                    for (int b = 0; b < bins; b++) {
                        for (int g = 0; g < Category.values().length; g++) {
                            assertEquals(memory.counts()[b][g], shown.counts()[b][g], 1e-6, "bin " + b + " group " + g);
                            assertEquals(counted.counts()[b][g], shown.counts()[b][g], 1e-6, "bin " + b + " group " + g);
                        }
                    }
                }
            }
        }

        @Test
        @DisplayName("another window's new incident in view appears, the selection kept; one out of view does not")
        void changesByAnotherClient() throws Exception {
            IncidentsViewModel bobIncidents = incidentsWithLimit(bobWindow, LOW_LIMIT);
            try (DeskSetViewModel bob = window("desk_editor2", "editor2-pw", bobWindow, bobIncidents, "bob");
                 Desk ana = Desk.open(url("desk_editor"), "editor-pw")) {
                bob.connect().get(30, TimeUnit.SECONDS);
                Envelope area = new Envelope(44.0, 48.0, 38.0, 40.5);
                view(bobWindow, bobIncidents, LocalDate.of(2023, 3, 31), 30, area);
                TimeWindow days = on(bobWindow, () -> bobIncidents.timeline().getWindow());
                Set<String> before = expected(days, IncidentFilter.all(), area);
                eventually(() -> shownIds(bobWindow, bobIncidents).equals(before), "Bob's window");
                String selected = before.iterator().next();
                assertTrue(on(bobWindow, () -> bobIncidents.selectById(selected)));

                Incident inView = DeskFixtures.at("w-new-in-view", LocalDate.of(2023, 3, 20), 45.0, 39.0);
                Incident outOfView = DeskFixtures.at("w-new-out-of-view", LocalDate.of(2021, 3, 20), 45.0, 39.0);
                assertInstanceOf(EditResult.Saved.class, ana.save(outOfView, 0));
                assertInstanceOf(EditResult.Saved.class, ana.save(inView, 0));
                try {
                    eventually(() -> shownIds(bobWindow, bobIncidents).contains("w-new-in-view"), "Ana's incident in Bob's window");
                    assertFalse(shownIds(bobWindow, bobIncidents).contains("w-new-out-of-view"));
                    assertEquals(selected, on(bobWindow, () -> bobIncidents.selectedProperty().get().id()), "selection kept");
                    eventually(() -> on(bobWindow, () -> bobIncidents.counts().size()) == SIZE + 2, "the desk's count read again");
                } finally {
                    ana.delete("w-new-in-view", 1);
                    ana.delete("w-new-out-of-view", 1);
                }
            }
        }

        @Test
        @DisplayName("a window holding more than can be drawn says so in the status line, never dropping in silence")
        void capped() throws Exception {
            DeskClient client = new DeskClient(url("desk_reader"), "reader-pw", new LocalCopy(folder.resolve("capped")));
            client.setWindowLimit(LOW_LIMIT);
            try (client) {
                DeskClient.Sync sync = client.connect();
                assertEquals(DeskState.READ_ONLY, sync.state(), sync.message());
                DeskClient.WindowRead read = client.readWindow(null, null, null, IncidentFilter.all(), 500);
                assertEquals(500, read.records().size());
                assertEquals(SIZE, read.inView());
            }
            IncidentsViewModel incidents = incidentsWithLimit(anaWindow, LOW_LIMIT);
            try (DeskSetViewModel desk = window("desk_reader", "reader-pw", anaWindow, incidents, "capped-window")) {
                desk.connect().get(30, TimeUnit.SECONDS);
                view(anaWindow, incidents, LocalDate.of(2023, 12, 31), 1826, null);
                eventually(() -> on(anaWindow, () -> desk.statusProperty().get()).contains(
                        "by window: " + n(SIZE) + " in view of " + n(SIZE)), "all of it in view, under the drawing cap");

                desk.drawAtMost(300); // a cap of 300 over 2,400 stands for 100,000 over a million
                view(anaWindow, incidents, LocalDate.of(2023, 12, 30), 1826, null);
                int inView = expected(on(anaWindow, () -> incidents.timeline().getWindow()), IncidentFilter.all(), null).size();
                eventually(() -> on(anaWindow, () -> desk.statusProperty().get()).contains(
                        "by window: showing 300 of " + n(inView) + " in view; zoom in or shorten the window to see them all"),
                        () -> "the status line says what is left out: " + desk.statusProperty().get());
                assertEquals(300, on(anaWindow, () -> desk.set().size()));
            }
        }

        @Test
        @DisplayName("an incident read for the map only is read whole when selected; an edit of one not read whole is refused, nothing dropped")
        void partialIncidents() throws Exception {
            IncidentsViewModel incidents = incidentsWithLimit(anaWindow, LOW_LIMIT);
            try (DeskSetViewModel desk = window("desk_editor", "editor-pw", anaWindow, incidents, "partial")) {
                desk.connect().get(30, TimeUnit.SECONDS);
                view(anaWindow, incidents, LocalDate.of(2020, 3, 31), 91, null);
                eventually(() -> !shownIds(anaWindow, incidents).isEmpty(), "a window shown");
                String id = shownIds(anaWindow, incidents).iterator().next();
                Incident light = on(anaWindow, () -> incidents.visible().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow());
                assertTrue(light.summary().isEmpty(), "read for the map: no summary");
                assertEquals(whole.get(whole.indexOf(id)).actors(), light.actors(), "the actors, for the actor chooser");
                assertEquals(1, light.sources().size(), "the first source only");
                assertEquals("", light.sources().get(0).quote(), "without its quote");
                assertTrue(desk.client().isPartial(id));
                EditResult refused = desk.client().save(DeskFixtures.retitled(light, "Would drop the sources"), 1);
                assertInstanceOf(EditResult.Refused.class, refused);

                on(anaWindow, () -> incidents.selectById(id));
                eventually(() -> on(anaWindow, () -> !incidents.selectedProperty().get().summary().isEmpty()),
                        "the selected incident read whole, still selected");
                assertEquals(whole.get(whole.indexOf(id)), on(anaWindow, () -> incidents.selectedProperty().get()));
                assertFalse(desk.client().isPartial(id));
            }
        }

        @Test
        @DisplayName("offline, the last window read is shown with the edits waiting, and the status line says so")
        void offline() throws Exception {
            Path copy = folder.resolve("offline");
            IncidentsViewModel incidents = incidentsWithLimit(anaWindow, LOW_LIMIT);
            Set<String> lastWindow;
            try (DeskSetViewModel desk = window("desk_editor", "editor-pw", anaWindow, incidents, "offline")) {
                desk.connect().get(30, TimeUnit.SECONDS);
                view(anaWindow, incidents, LocalDate.of(2022, 6, 30), 91, null);
                TimeWindow days = on(anaWindow, () -> incidents.timeline().getWindow());
                Set<String> want = expected(days, IncidentFilter.all(), null);
                eventually(() -> shownIds(anaWindow, incidents).equals(want), "the window read online");
                lastWindow = want;
            }
            // the same user and local copy, the server out of reach (a port nothing listens on)
            DeskUrl gone = DeskUrl.parse("postgresql://desk_editor@127.0.0.1:1/" + POSTGRES.database() + "?currentSchema=" + SCHEMA);
            IncidentsViewModel later = incidentsWithLimit(anaWindow, LOW_LIMIT);
            DeskClient client = new DeskClient(gone, "editor-pw", new LocalCopy(copy));
            try (DeskSetViewModel desk = new DeskSetViewModel(later, client, Runnable::run, anaWindow::execute)) {
                desk.connect().get(30, TimeUnit.SECONDS);
                assertEquals(DeskState.OFFLINE, on(anaWindow, () -> desk.stateProperty().get()));
                assertTrue(client.byWindow());
                Incident added = DeskFixtures.at("w-offline", LocalDate.of(2022, 6, 1), 45.0, 39.0);
                assertInstanceOf(EditResult.Queued.class, desk.save(added).get(10, TimeUnit.SECONDS));
                view(anaWindow, later, LocalDate.of(2022, 6, 30), 91, null);
                Set<String> want = new TreeSet<>(lastWindow);
                want.add("w-offline");
                eventually(() -> shownIds(anaWindow, later).equals(want), () -> "the last window and the edit waiting: "
                        + shownIds(anaWindow, later).size() + " shown, " + want.size() + " wanted; " + desk.statusProperty().get());
                String status = on(anaWindow, () -> desk.statusProperty().get());
                assertTrue(status.contains("offline") && status.contains("1 edit waiting") && status.contains("the last window read"),
                        status);
            }
        }
    }
}
