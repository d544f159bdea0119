// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;

/** Incidents and users for the desk's tests. */
public final class DeskFixtures {

    private DeskFixtures() {
    }

    /** A full incident: every field set, two sources, a point near Jolfa. */
    public static Incident incident(String id, String title) {
        return new Incident(id, title, "Two sentences of summary. The second one.", Category.BORDER_INCIDENT,
                List.of("Iran", "Azerbaijan"), Status.REPORTED, Role.PRIMARY,
                new Incident.When(LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 9), DatePrecision.DAY,
                        DateBasis.INFERRED, "\"on Monday\" in an article of 10 May"),
                new Incident.Place("Jolfa, Iran", LocationPrecision.TOWN, "the town named; the crossing assumed"),
                new Incident.Point(45.6, 38.94),
                List.of(new Incident.Source("https://example.org/a", "Example News", "A. Writer", "A headline",
                                "2023-05-10", "An exact quote."),
                        new Incident.Source("seed.txt", "Other Paper", "unknown", "[Lead sentence]", "2023-05", "")));
    }

    /** The same incident with another title. */
    public static Incident retitled(Incident incident, String title) {
        return new Incident(incident.id(), title, incident.summary(), incident.category(), incident.actors(),
                incident.status(), incident.role(), incident.date(), incident.location(), incident.point(),
                incident.sources());
    }

    /** An incident on a given day at a given point. */
    public static Incident at(String id, LocalDate day, double lon, double lat) {
        return new Incident(id, "Incident " + id, "", Category.OTHER, List.of("Someone"), Status.REPORTED,
                Role.BACKGROUND, Incident.When.day(day), new Incident.Place("Somewhere", LocationPrecision.SITE, ""),
                new Incident.Point(lon, lat),
                List.of(new Incident.Source("f", "p", "a", "t", "2020-01-01", "q")));
    }

    /**
     * Makes the desk's owner (who creates the schema), an editor and a reader, with the grants
     * docs/shared-desk.md gives; the schema is made by the owner's first connection.
     */
    public static void createRoles(PostgresServer server, String database) throws SQLException {
        try (Connection admin = server.admin(database); Statement statement = admin.createStatement()) {
            statement.execute("do $$ begin "
                    + "if not exists (select from pg_roles where rolname = 'desk_owner') then "
                    + "create role desk_owner login password 'owner-pw'; "
                    + "create role desk_editor login password 'editor-pw'; "
                    + "create role desk_reader login password 'reader-pw'; "
                    + "create role desk_editor2 login password 'editor2-pw'; end if; end $$");
            statement.execute("grant create on database " + database + " to desk_owner");
        }
    }

    /**
     * A desk ready for the tests: the roles, the schema made by its owner's migration, the grants
     * (docs/shared-desk.md's steps).
     */
    public static void prepareDesk(RealPostgres postgres, String schema) throws SQLException, DeskException {
        createRoles(postgres.server(), postgres.database());
        DeskSchema.migrate(postgres.url("desk_owner", schema), "owner-pw");
        grant(postgres.server(), postgres.database(), schema);
    }

    /** What the owner grants once the schema exists (docs/shared-desk.md). */
    public static void grant(PostgresServer server, String database, String schema) throws SQLException {
        try (Connection admin = server.admin(database); Statement statement = admin.createStatement()) {
            statement.execute("grant usage on schema " + schema + " to desk_editor, desk_editor2, desk_reader");
            statement.execute("grant select on all tables in schema " + schema + " to desk_reader");
            statement.execute("grant select, insert, update, delete on all tables in schema " + schema
                    + " to desk_editor, desk_editor2");
            statement.execute("grant usage on all sequences in schema " + schema + " to desk_editor, desk_editor2");
        }
    }

    /** Waits until the condition holds, checking every 20 ms, failing after {@code limit}. */
    static void eventually(Duration limit, BooleanSupplier condition, String what) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit.toMillis() + " ms: " + what);
            }
            LockSupport.parkNanos(20_000_000L);
        }
    }
}
