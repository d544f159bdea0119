// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import org.araxes.desk.DeskFixtures;
import org.araxes.desk.RealPostgres;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Shared desks on the command line: incidents --in/--out postgresql://…, export --incidents postgresql://…")
class DeskCommandLineTest {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    static final String BUNDLED = "geodata/incidents.geojson";
    static final Comparator<Incident> BY_ID = Comparator.comparing(Incident::id);

    @TempDir
    static Path home;
    static String previousHome;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    @BeforeAll
    static void desk() throws Exception {
        DeskFixtures.prepareDesk(POSTGRES, "cli");
        // the passwords come from ~/.pgpass, as a user's would
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + POSTGRES.server().port() + ":" + POSTGRES.database()
                + ":desk_editor:editor-pw\n*:*:*:desk_reader:reader-pw\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        previousHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
    }

    @AfterAll
    static void restoreHome() {
        System.setProperty("user.home", previousHome);
    }

    private String url(String user) {
        return "postgresql://" + user + "@127.0.0.1:" + POSTGRES.server().port() + "/" + POSTGRES.database()
                + "?currentSchema=cli";
    }

    private int run(String... args) {
        return AraxesCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    @DisplayName("a file dumped into a desk and loaded back gives the same incidents; a second dump changes nothing; export draws the desk")
    void dumpLoadAndDraw() throws Exception {
        List<Incident> bundled = new IncidentReader().read(Path.of(BUNDLED)).incidents().stream().sorted(BY_ID).toList();

        assertEquals(0, run("incidents", "--in", BUNDLED, "--out", url("desk_editor")), err.toString());
        assertTrue(out.toString().contains("Wrote 39 of 39 incidents to " + url("desk_editor")
                + " (39 added, 0 changed, 0 unchanged; 39 in the desk)"), out.toString());

        assertEquals(0, run("incidents", "--in", BUNDLED, "--out", url("desk_editor")), err.toString());
        assertTrue(out.toString().contains("(0 added, 0 changed, 39 unchanged; 39 in the desk)"), out.toString());

        Path back = folder.resolve("back.geojson");
        assertEquals(0, run("incidents", "--in", url("desk_reader"), "--out", back.toString()), err.toString());
        assertTrue(err.toString().contains(url("desk_reader") + ": read as a shared desk, 39 loaded, 0 problems"), err.toString());
        assertEquals(bundled, new IncidentReader().read(back).incidents().stream().sorted(BY_ID).toList());

        Path picture = folder.resolve("desk.png");
        assertEquals(0, run("export", "--incidents", url("desk_reader"), "--no-bundled", "--width", "320", "--height", "200",
                "--out", picture.toString()), err.toString());
        assertTrue(Files.size(picture) > 0);
    }

    @Test
    @DisplayName("a reader cannot write: nothing written, exit 2, a plain message")
    void readerCannotWrite() {
        assertEquals(2, run("incidents", "--in", BUNDLED, "--out", url("desk_reader")));
        assertTrue(err.toString().contains("user desk_reader may read this desk but not edit it; nothing written"), err.toString());
    }

    @Test
    @DisplayName("a user with no password anywhere is told where to put one, reported like an unreadable file (exit 2)")
    void noPassword() {
        assertEquals(2, run("incidents", "--in", url("desk_editor2"), "--out", folder.resolve("x.geojson").toString()));
        assertTrue(out.toString().contains("user desk_editor2 needs a password for " + POSTGRES.database()
                + " at 127.0.0.1:" + POSTGRES.server().port() + ": give it when asked, in PGPASSWORD or in ~/.pgpass"),
                out.toString());
    }

    @Test
    @DisplayName("a URL with a driver option is a usage error naming it")
    void badUrl() {
        assertEquals(2, run("incidents", "--in", BUNDLED, "--out", url("desk_editor") + "&socketFactory=x"));
        assertTrue(err.toString().contains("the URL parameter \"socketFactory\" is not taken"), err.toString());
    }
}
