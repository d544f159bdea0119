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
import java.util.ArrayList;
import java.util.List;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.write.IncidentWriters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("araxes incidents")
class IncidentsCommandTest {

    static final String BUNDLED = "geodata/incidents.geojson";
    static final List<Incident> ALL = new IncidentReader().read(Path.of(BUNDLED)).incidents();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int run(String... args) {
        return AraxesCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<Incident> read(Path file) {
        IncidentResult result = new IncidentReader().read(file);
        assertEquals(List.of(), result.problems().stream().filter(p -> p.severity() == org.araxes.io.Problem.Severity.ERROR).toList());
        return result.incidents();
    }

    private static boolean overlaps(Incident i, LocalDate first, LocalDate last) {
        return !i.date().start().isAfter(last) && !i.date().end().isBefore(first);
    }

    @Nested
    @DisplayName("converting")
    class Converting {

        @ParameterizedTest(name = "to {0}")
        @CsvSource({"all.geojson", "all.csv", "all.kml"})
        @DisplayName("writes every incident of a clean file, exits 0 and says what it wrote with its version")
        void everything(String name) {
            Path target = folder.resolve(name);
            assertEquals(0, run("incidents", "--in", BUNDLED, "--out", target.toString()), err.toString());
            assertTrue(Files.exists(target));
            assertTrue(out.toString().startsWith("Wrote " + target + " (39 of 39 incidents, version "), out.toString());
            assertTrue(err.toString().contains("incidents.geojson: read as incidents geojson, 39 loaded, 0 problems"), err.toString());
            if (!name.endsWith(".kml")) {
                assertEquals(ALL, read(target));
            }
        }

        @Test
        @DisplayName("--from and --to keep the incidents whose dates overlap the days, as the window's list does")
        void days() {
            Path target = folder.resolve("2021.geojson");
            assertEquals(0, run("incidents", "--in", BUNDLED, "--from", "2021-01-01", "--to", "2021-12-31", "--out", target.toString()));
            LocalDate first = LocalDate.of(2021, 1, 1);
            LocalDate last = LocalDate.of(2021, 12, 31);
            List<String> expected = ALL.stream().filter(i -> overlaps(i, first, last)).map(Incident::id).sorted().toList();
            assertFalse(expected.isEmpty());
            assertEquals(expected, read(target).stream().map(Incident::id).sorted().toList());
        }

        @Test
        @DisplayName("--from alone reaches to the data's end")
        void openEnd() {
            Path target = folder.resolve("late.csv");
            assertEquals(0, run("incidents", "--in", BUNDLED, "--from", "2023-01-01", "--out", target.toString()));
            assertEquals(ALL.stream().filter(i -> !i.date().end().isBefore(LocalDate.of(2023, 1, 1))).count(), read(target).size());
        }

        @Test
        @DisplayName("--category (repeatable) keeps those categories")
        void categories() {
            Path target = folder.resolve("c.geojson");
            assertEquals(0, run("incidents", "--in", BUNDLED, "--category", "diplomatic", "--category", "attack", "--out", target.toString()));
            List<Incident> written = read(target);
            assertEquals(ALL.stream().filter(i -> i.category() == Category.DIPLOMATIC || i.category() == Category.ATTACK).count(),
                    written.size());
            assertTrue(written.stream().allMatch(i -> i.category() == Category.DIPLOMATIC || i.category() == Category.ATTACK));
        }

        @Test
        @DisplayName("--within KM --of aras keeps the incidents with a point within that distance of the Aras")
        void withinAras() {
            Path target = folder.resolve("near.geojson");
            assertEquals(0, run("incidents", "--in", BUNDLED, "--within", "25", "--of", "aras", "--out", target.toString()), err.toString());
            List<Incident> written = read(target);
            assertFalse(written.isEmpty());
            assertTrue(written.size() < ALL.size());
            assertTrue(written.stream().allMatch(Incident::hasPoint));
        }

        @Test
        @DisplayName("--of names a corridor by a word of its name")
        void withinCorridor() {
            Path target = folder.resolve("zangezur.geojson");
            assertEquals(0, run("incidents", "--in", BUNDLED, "--within", "50", "--of", "zangezur", "--out", target.toString()), err.toString());
            assertTrue(Files.exists(target));
        }

        @Test
        @DisplayName("several --in files are written together, each reported")
        void severalFiles() throws Exception {
            Path a = folder.resolve("a.geojson");
            Path b = folder.resolve("b.csv");
            IncidentWriters.save(a, ALL.subList(0, 10));
            IncidentWriters.save(b, ALL.subList(10, 39));
            Path target = folder.resolve("ab.geojson");
            assertEquals(0, run("incidents", "--in", a.toString(), "--in", b.toString(), "--out", target.toString()));
            assertEquals(ALL.stream().map(Incident::id).sorted().toList(), read(target).stream().map(Incident::id).sorted().toList());
            assertTrue(err.toString().contains("2 files checked: 0 errors, 0 warnings"), err.toString());
        }
    }

    @Nested
    @DisplayName("bad input, with validate's messages and exit codes")
    class BadInput {

        @Test
        @DisplayName("a file with problems: its problems printed as FILE:PLACE: message, the good incidents written, exit 1")
        void problems() throws Exception {
            Path bad = folder.resolve("bad.csv");
            Files.writeString(bad, "date,title,source\n2021-02-30,Bad day,X\n2021-03-01,Good day,Y\n");
            Path target = folder.resolve("good.geojson");
            assertEquals(1, run("incidents", "--in", bad.toString(), "--out", target.toString()));
            assertTrue(out.toString().contains(bad + ":line 2: bad date \"2021-02-30\""), out.toString());
            assertEquals(1, read(target).size());
        }

        @Test
        @DisplayName("a file that cannot be read: exit 2 and nothing written")
        void unreadable() {
            Path target = folder.resolve("none.geojson");
            assertEquals(2, run("incidents", "--in", folder.resolve("missing.csv").toString(), "--out", target.toString()));
            assertTrue(out.toString().contains("missing.csv: the file does not exist"), out.toString());
            assertTrue(err.toString().contains("nothing written"), err.toString());
            assertFalse(Files.exists(target));
        }

        @Test
        @DisplayName("a map layer given as incidents: exit 2, named as a layer")
        void layer() {
            Path target = folder.resolve("none.geojson");
            assertEquals(2, run("incidents", "--in", "geodata/rivers.geojson", "--out", target.toString()));
            assertTrue(out.toString().contains("rivers.geojson: a map layer, not an incident file"), out.toString());
            assertFalse(Files.exists(target));
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
            "--in geodata/incidents.geojson|give the file to write with --out",
            "--out x.geojson|give the incident files with --in",
            "--in geodata/incidents.geojson --out x.xlsx|incidents are saved as .geojson, .csv or .kml",
            "--in geodata/incidents.geojson --out /no/such/folder/x.csv|no such folder",
            "--in geodata/incidents.geojson --out geodata/incidents.geojson|is also an --in file",
            "--in geodata/incidents.geojson --out x.csv --from 2021-02-30|--from: '2021-02-30' is not a date (February 2021 has no day 30)",
            "--in geodata/incidents.geojson --out x.csv --from 2022-01-01 --to 2021-01-01|--from 2022-01-01 is after --to 2021-01-01",
            "--in geodata/incidents.geojson --out x.csv --category riot|--category: 'riot' is not a category; the categories are military_exercise",
            "--in geodata/incidents.geojson --out x.csv --within 10|--within KM and --of aras|CORRIDOR go together",
            "--in geodata/incidents.geojson --out x.csv --of aras|--within KM and --of aras|CORRIDOR go together",
            "--in geodata/incidents.geojson --out x.csv --within -5 --of aras|--within must be a distance in km above 0",
            "--in geodata/incidents.geojson --out x.csv --within 5 --of corridor|--of: 'corridor' names several corridors; choose one of aras (the Aras), corridor-",
            "--in geodata/incidents.geojson --out x.csv --within 5 --of moon|--of: 'moon' names nothing to measure from",
            "--diff geodata/incidents.geojson|requires at least 2 values",
            "--diff a.geojson b.geojson --out x.csv|--diff OLD NEW compares two files"})
        @DisplayName("a wrong command line: exit 2 with the reason")
        void usage(String args, String message) {
            List<String> all = new ArrayList<>(List.of("incidents"));
            for (String arg : args.split(" ")) {
                all.add(arg.startsWith("x.") ? folder.resolve(arg).toString() : arg);
            }
            assertEquals(2, run(all.toArray(String[]::new)));
            assertTrue(err.toString().contains(message.replace("x.csv", "")), err.toString());
        }
    }

    @Nested
    @DisplayName("--diff OLD NEW")
    class Diff {

        @Test
        @DisplayName("prints + for added, - for removed, ~ with the fields for changed, and the versions")
        void changes() throws Exception {
            Path older = folder.resolve("old.geojson");
            Path newer = folder.resolve("new.csv");
            List<Incident> edited = new ArrayList<>(ALL.subList(1, 39));
            Incident c = edited.get(0);
            edited.set(0, new Incident(c.id(), "Renamed", c.summary(), c.category(), c.actors(), c.status(), c.role(),
                    c.date(), c.location(), c.point(), c.sources()));
            IncidentWriters.save(older, ALL.subList(0, 38));
            IncidentWriters.save(newer, edited);
            assertEquals(0, run("incidents", "--diff", older.toString(), newer.toString()));
            assertEquals(List.of("+ " + ALL.get(38).id() + "  " + ALL.get(38).title(),
                    "- " + ALL.get(0).id() + "  " + ALL.get(0).title(),
                    "~ " + c.id() + "  Renamed: title"), out.toString().lines().toList());
            assertTrue(err.toString().contains("old.geojson ") && err.toString().contains(" -> new.csv ")
                    && err.toString().contains(": 1 added, 1 removed, 1 changed"), err.toString());
        }

        @Test
        @DisplayName("prints nothing on stdout for the same set in two formats")
        void same() throws Exception {
            Path csv = folder.resolve("same.csv");
            IncidentWriters.save(csv, ALL);
            assertEquals(0, run("incidents", "--diff", BUNDLED, csv.toString()));
            assertEquals("", out.toString());
            assertTrue(err.toString().contains("0 added, 0 removed, 0 changed"), err.toString());
        }

        @Test
        @DisplayName("exits 2 when one of the files cannot be read")
        void unreadable() {
            assertEquals(2, run("incidents", "--diff", BUNDLED, folder.resolve("gone.geojson").toString()));
            assertTrue(out.toString().contains("gone.geojson: the file does not exist"), out.toString());
        }
    }
}
