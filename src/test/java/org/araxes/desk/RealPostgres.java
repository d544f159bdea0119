// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a test class a real PostgreSQL 15 + PostGIS 3 database of its own. The
 * server ({@link PostgresServer}) is started once per test run, shared by every class that
 * registers this extension, and stopped when the run ends (or the JVM exits). Use:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RealPostgres POSTGRES = new RealPostgres();
 * ... POSTGRES.url("desk_user") ...
 * }</pre>
 *
 * <p>With PostgreSQL or PostGIS missing the tests fail, naming the package to install; they are
 * never skipped.
 */
public final class RealPostgres implements BeforeAllCallback {

    private PostgresServer server;
    private String database;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (database != null) {
            return; // a @Nested class of the test class: the same database
        }
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(RealPostgres.class));
        Holder holder = store.getOrComputeIfAbsent(Holder.class, type -> new Holder(), Holder.class);
        server = holder.server();
        database = server.createDatabase(context.getRequiredTestClass().getSimpleName());
    }

    public PostgresServer server() {
        return server;
    }

    /** This class's database. */
    public String database() {
        return database;
    }

    /** A desk URL to this class's database, for the given user and schema. */
    public DeskUrl url(String user, String schema) {
        return DeskUrl.parse("postgresql://" + user + "@127.0.0.1:" + server.port() + "/" + database
                + "?currentSchema=" + schema);
    }

    /** The one server of the run, closed by JUnit when the root context closes. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        private PostgresServer server;

        synchronized PostgresServer server() throws Exception {
            if (server == null) {
                server = PostgresServer.startNew();
            }
            return server;
        }

        @Override
        public synchronized void close() throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }
}
