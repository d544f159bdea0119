// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * The desk's tables, created and upgraded by Flyway from the migrations in
 * {@code src/main/resources/org/araxes/desk/migration} (decision 0026): {@code V1} the incidents,
 * their sources, row versions and who/when; {@code V2} the history and the change notifications;
 * {@code V3} trigram indexes for the search where {@code pg_trgm} can be created (left out, never
 * failing, where it cannot); {@code V4} the indexes of window mode (decision 0029).
 * Flyway keeps what it applied in the schema's {@code flyway_schema_history} table.
 *
 * <p>Migrating needs a user who may create tables in the schema (the desk's owner); a user who may
 * only read or edit can open a desk that is up to date, and is told plainly when it is not.
 */
public final class DeskSchema {

    /** The migrations' folder on the class path. */
    public static final String LOCATION = "classpath:org/araxes/desk/migration";
    /** The version the code reads and writes. */
    public static final String CURRENT_VERSION = "2";

    /** Flyway says what it applies at INFO; the command line and the window want warnings only. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private DeskSchema() {
    }

    /**
     * Brings the schema to {@link #CURRENT_VERSION}, creating the schema and tables when missing.
     *
     * @return the number of migrations applied (0 when it was up to date)
     * @throws DeskException when a migration is needed and this user may not make it, or it fails
     */
    public static int migrate(DeskUrl url, String password) throws DeskException {
        return migrate(url, password, null);
    }

    /** Brings the schema to {@code target} (a version such as "1"), or the latest when null: for tests of upgrades. */
    static int migrate(DeskUrl url, String password, String target) throws DeskException {
        var configuration = Flyway.configure(DeskSchema.class.getClassLoader())
                .dataSource(new UrlDataSource(url, password))
                .schemas(url.schema())
                .createSchemas(true)
                .locations(LOCATION)
                .validateMigrationNaming(true);
        if (target != null) {
            configuration.target(target);
        }
        Flyway flyway = configuration.load();
        try {
            MigrationInfo[] pending = flyway.info().pending();
            if (pending.length == 0) {
                return 0;
            }
            requirePostgis(url, password);
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null && Desk.isConnectionLost(sql)) {
                throw new DeskException("the server at " + url.host() + ":" + url.port() + " could not be reached ("
                        + firstLine(sql.getMessage()) + ")", true, e);
            }
            if (sql != null && "42501".equals(sql.getSQLState())) {
                throw new DeskException("the desk's tables in schema " + url.schema() + " of " + url.database()
                        + " need creating or upgrading to version " + CURRENT_VERSION + ", and user " + url.user()
                        + " may not do that: ask the desk's owner to connect once with Araxes (docs/shared-desk.md)",
                        false, e);
            }
            throw new DeskException("the desk's tables could not be created or upgraded: "
                    + firstLine(sql != null ? sql.getMessage() : e.getMessage()), false, e);
        }
    }

    /** PostGIS must be installed (by a superuser) before the tables can be made. */
    private static void requirePostgis(DeskUrl url, String password) throws DeskException {
        try (Connection connection = new UrlDataSource(url, password).getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery("select count(*) from pg_extension where extname = 'postgis'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                throw new DeskException("PostGIS is not installed in database " + url.database() + ": a superuser runs "
                        + "\"create extension postgis;\" in it once (docs/shared-desk.md)");
            }
        } catch (SQLException e) {
            throw Desk.failure(url, "check for PostGIS", e);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Flyway's connections, made like the desk's own (the same URL, properties and search path). */
    private record UrlDataSource(DeskUrl url, String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url.jdbcUrl(), url.driverProperties(password));
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url.jdbcUrl(), url.withUser(username).driverProperties(pass));
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log writer
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the URL's connectTimeout holds
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        @Override
        public String toString() {
            return url.toString();
        }
    }
}
