// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code araxes FILE...}: which command-line files open as layers, and the messages for the rest. */
class CommandLineFilesTest {

    private final StringWriter errText = new StringWriter();
    private final PrintWriter err = new PrintWriter(errText, true);

    @Test
    void existingGeoJsonFilesAreKept(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("roads.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        Path b = Files.writeString(dir.resolve("B.GeoJSON"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        assertEquals(List.of(a, b), AraxesCommand.layerFiles(List.of(a.toString(), b.toString()), err));
        assertEquals("", errText.toString());
    }

    @Test
    void fileUrisAreAccepted(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("my layer.geojson"), "{}");
        assertEquals(List.of(a), AraxesCommand.layerFiles(List.of(a.toUri().toString()), err));
    }

    @Test
    void aMissingFileGivesOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.geojson");
        assertEquals(List.of(), AraxesCommand.layerFiles(List.of(missing.toString()), err));
        assertEquals("araxes: " + missing + ": no such file" + System.lineSeparator(), errText.toString());
    }

    @Test
    void aCsvFileOpensAsIncidents(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("incidents.csv"), "date,place\n");
        assertEquals(List.of(csv), AraxesCommand.layerFiles(List.of(csv.toString()), err));
        assertEquals("", errText.toString());
    }

    @Test
    void otherFilesAreLeftOutWithAMessage(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path good = Files.writeString(dir.resolve("ok.geojson"), "{}");
        assertEquals(List.of(good), AraxesCommand.layerFiles(List.of(txt.toString(), good.toString()), err));
        assertTrue(errText.toString().contains("not a GeoJSON file"), errText.toString());
    }

    @Test
    void theCommandLineTakesFilesAndStillKnowsExport() {
        AraxesCommand command = new AraxesCommand();
        picocli.CommandLine commandLine = new picocli.CommandLine(command);
        picocli.CommandLine.ParseResult parsed = commandLine.parseArgs("a.geojson", "b.csv");
        assertEquals(List.of("a.geojson", "b.csv"), command.files);
        assertTrue(!parsed.hasSubcommand());
        AraxesCommand other = new AraxesCommand();
        assertTrue(new picocli.CommandLine(other).parseArgs("export", "--out", "x.png").hasSubcommand());
        assertEquals(List.of(), other.files);
    }
}
