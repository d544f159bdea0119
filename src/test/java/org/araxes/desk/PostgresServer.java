// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 15 with PostGIS 3, from Debian's packages ({@code postgresql-15-postgis-3}),
 * for the desk's tests: {@code initdb} in a temporary folder, {@code pg_ctl} on a free port on
 * 127.0.0.1 (password authentication over TCP, like a team's server), a template database with
 * PostGIS from which each test class gets a database of its own. Run as the {@code postgres} user
 * when the tests run as root ({@code initdb} refuses root). Stopped by {@link #close()} and, should
 * the JVM end first, by a shutdown hook.
 *
 * <p>{@link #crash()} stops it the hard way ({@code pg_ctl stop -m immediate}: every backend is
 * killed, nothing is flushed) and {@link #start()} brings it back on the same port and folder.
 */
public final class PostgresServer implements AutoCloseable {

    /** The Debian package the tests need. */
    static final String PACKAGE = "postgresql-15-postgis-3";
    static final String SUPERUSER = "postgres";
    static final String SUPERUSER_PASSWORD = "desk-test-superuser";
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final Path POSTGIS_CONTROL = Path.of("/usr/share/postgresql/15/extension/postgis.control");
    private static final String TEMPLATE = "araxes_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path folder;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;
    private final Thread hook = new Thread(this::stopQuietly, "postgres-test-server-stop");
    private volatile boolean running;

    private PostgresServer(Path folder, int port, boolean asPostgresUser) {
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /**
     * Makes, starts and prepares a server (about 3 s).
     *
     * @throws IllegalStateException naming the package to install when PostgreSQL 15 or PostGIS 3
     *                               is missing, or with the server's log when it does not start
     */
    static PostgresServer startNew() throws IOException, InterruptedException, SQLException {
        if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isRegularFile(POSTGIS_CONTROL)) {
            throw new IllegalStateException("The desk's tests need a real PostgreSQL 15 with PostGIS 3: "
                    + BIN.resolve("initdb") + " or " + POSTGIS_CONTROL + " is missing. Install it with "
                    + "`apt-get install -y " + PACKAGE + "` (.ci/run does).");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("araxes-postgres-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        PostgresServer server = new PostgresServer(folder, freePort(), root);
        if (root) {
            server.run(List.of("chown", SUPERUSER + ":", folder.toString()), false);
        }
        Runtime.getRuntime().addShutdownHook(server.hook);
        Path passwordFile = folder.resolve("pw");
        Files.writeString(passwordFile, SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
        if (root) {
            server.run(List.of("chown", SUPERUSER + ":", passwordFile.toString()), false);
        }
        server.run(List.of(BIN.resolve("initdb").toString(), "-D", server.data.toString(), "-U", SUPERUSER,
                "--pwfile=" + passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), true);
        Files.delete(passwordFile);
        server.start();
        try (Connection admin = server.connect("postgres", SUPERUSER, SUPERUSER_PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + TEMPLATE);
        }
        try (Connection template = server.connect(TEMPLATE, SUPERUSER, SUPERUSER_PASSWORD);
             Statement statement = template.createStatement()) {
            statement.execute("create extension postgis");
        }
        return server;
    }

    /** Starts the server (again) on its port and folder, waiting until it accepts connections. */
    void start() throws IOException, InterruptedException {
        run(List.of(BIN.resolve("pg_ctl").toString(), "start", "-w", "-t", "60", "-D", data.toString(),
                "-l", folder.resolve("server.log").toString(),
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + folder
                        + " -c fsync=off -c full_page_writes=off -c max_connections=60"), true);
        running = true;
    }

    /** Kills the server as a crash would: {@code pg_ctl stop -m immediate}, open transactions lost. */
    void crash() throws IOException, InterruptedException {
        run(List.of(BIN.resolve("pg_ctl").toString(), "stop", "-m", "immediate", "-w", "-D", data.toString()), true);
        running = false;
    }

    public int port() {
        return port;
    }

    /** A fresh database for one test class, with PostGIS, made from the template. */
    String createDatabase(String prefix) throws SQLException {
        String name = prefix.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_"
                + DATABASES.incrementAndGet();
        try (Connection admin = connect("postgres", SUPERUSER, SUPERUSER_PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name + " template " + TEMPLATE);
        }
        return name;
    }

    /** A plain JDBC connection (for the tests' own checks and set-up). */
    public Connection connect(String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    /** The superuser's connection to a database. */
    public Connection admin(String database) throws SQLException {
        return connect(database, SUPERUSER, SUPERUSER_PASSWORD);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (running) {
            run(List.of(BIN.resolve("pg_ctl").toString(), "stop", "-m", "fast", "-w", "-D", data.toString()), true);
            running = false;
        }
        deleteFolder();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private void stopQuietly() {
        try {
            if (running) {
                run(List.of(BIN.resolve("pg_ctl").toString(), "stop", "-m", "immediate", "-D", data.toString()), true);
                running = false;
            }
            deleteFolder();
        } catch (IOException | InterruptedException e) {
            System.err.println("could not stop the test PostgreSQL in " + folder + ": " + e.getMessage());
        }
    }

    private void deleteFolder() throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Runs a command (as the postgres user when asked and the tests run as root); fails with its output. */
    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && asPostgresUser) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("araxes-postgres-command", ".txt");
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                String log = "";
                Path serverLog = folder.resolve("server.log");
                if (Files.isReadable(serverLog)) {
                    log = "\nserver.log:\n" + Files.readString(serverLog, StandardCharsets.UTF_8);
                }
                throw new IllegalStateException(String.join(" ", full) + " failed (" + process.exitValue() + "):\n"
                        + Files.readString(output, StandardCharsets.UTF_8) + log);
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
