// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.araxes.export.PngMetadata;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.SetVersion;
import org.araxes.incidents.Status;
import org.araxes.incidents.write.IncidentWriters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("araxes export --incidents FILE [--no-bundled]")
class ExportIncidentsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;
    Path mine;
    List<Incident> incidents;

    private int run(String... args) {
        return AraxesCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Incident incident(String id, String day, double lon, double lat, String publisher) {
        return new Incident(id, "Test " + id, "", Category.BORDER_INCIDENT, List.of("Iran"), Status.REPORTED, Role.PRIMARY,
                Incident.When.day(LocalDate.parse(day)), new Incident.Place("Place", LocationPrecision.TOWN, ""),
                new Incident.Point(lon, lat), List.of(new Incident.Source("x", publisher, "Ann Author", "A headline", day, "q")));
    }

    @BeforeEach
    void writeSet() throws Exception {
        mine = folder.resolve("mine.csv");
        incidents = List.of(incident("inc-test-1", "2024-05-01", 46.9, 39.2, "Test Desk"),
                incident("inc-test-2", "2024-05-03", 47.2, 39.3, "Other Desk"));
        IncidentWriters.save(mine, incidents);
    }

    private String description(Path png) throws Exception {
        return PngMetadata.read(png).text().get("Description");
    }

    @Test
    @DisplayName("draws only the user's set with --no-bundled: its count, its sources and its version in the frame")
    void userSetAlone() throws Exception {
        Path png = folder.resolve("mine.png");
        assertEquals(0, run("--data", "geodata", "export", "--incidents", mine.toString(), "--no-bundled",
                "--from", "2024-01-01", "--to", "2024-12-31", "--out", png.toString(), "--width", "800", "--height", "500"), err.toString());
        String description = description(png);
        assertTrue(description.contains("2 of 2 incidents shown"), description);
        assertTrue(description.contains("Ann Author, “A headline”, Test Desk, 1 May 2024"), description);
        String version = SetVersion.of(incidents).shortHash();
        assertTrue(description.contains("version: Dataset version mine.csv " + version + " of "), description);
        assertFalse(description.contains("bundled"), description);
        assertTrue(err.toString().contains("mine.csv: read as incidents csv, 2 loaded, 0 problems"), err.toString());
    }

    @Test
    @DisplayName("draws the user's set beside the bundled one, and stamps both versions")
    void besideBundled() throws Exception {
        Path svg = folder.resolve("both.svg");
        assertEquals(0, run("--data", "geodata", "export", "--incidents", mine.toString(),
                "--from", "2020-01-01", "--to", "2024-12-31", "--out", svg.toString(), "--width", "800", "--height", "500"), err.toString());
        String text = Files.readString(svg);
        assertTrue(text.matches("(?s).*of 41 incidents shown.*"), "39 bundled + 2");
        assertTrue(text.matches("(?s).*Dataset version bundled [0-9a-f]{12} of 2026-11-22 \\+ mine\\.csv [0-9a-f]{12} of .*"), "both versions");
    }

    @Test
    @DisplayName("a file with problems: they are printed as validate prints them, the picture is made, exit 1")
    void problems() throws Exception {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "date,lat,lon,title,source\n2024-02-30,39,47,Bad,X\n2024-03-01,39.1,47.1,Good,Y\n");
        Path png = folder.resolve("bad.png");
        assertEquals(1, run("--data", "geodata", "export", "--incidents", bad.toString(), "--no-bundled",
                "--out", png.toString(), "--width", "400", "--height", "300"));
        assertTrue(out.toString().contains(bad + ":line 2: bad date \"2024-02-30\""), out.toString());
        assertTrue(Files.exists(png));
    }

    @Test
    @DisplayName("a file that cannot be read: exit 2 and no picture")
    void unreadable() {
        Path png = folder.resolve("none.png");
        assertEquals(2, run("--data", "geodata", "export", "--incidents", folder.resolve("gone.csv").toString(),
                "--out", png.toString(), "--width", "400", "--height", "300"));
        assertTrue(out.toString().contains("gone.csv: the file does not exist"), out.toString());
        assertFalse(Files.exists(png));
    }
}
