// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Settings files")
class JsonFilesTest {

    @TempDir
    Path folder;

    private final JsonFiles files = new JsonFiles(Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC));

    @Test
    @DisplayName("a saved file reads back, and no temporary file is left beside it")
    void roundTrip() throws IOException {
        Path file = folder.resolve("sub/settings.json");
        files.writeJson(file, files.mapper().readTree("{\"a\": 1}"));
        assertEquals(1, files.readJson(file).json().orElseThrow().path("a").asInt());
        try (Stream<Path> list = Files.list(file.getParent())) {
            assertEquals(1, list.count());
        }
    }

    @Test
    @DisplayName("the parser-only tree is the tree Jackson's mapper reads: numbers by size, nesting, repeated keys")
    void treeAsTheMapperReadsIt() throws IOException {
        String json = "{\"i\": 7, \"l\": 12345678901, \"big\": 123456789012345678901234567890,"
                + " \"d\": -1.5e-3, \"t\": true, \"f\": false, \"n\": null, \"s\": \"Araz \u0531\u0580\u0561\u0584\u057d\","
                + " \"a\": [1, [2.5, {\"x\": []}], \"y\"], \"o\": {}, \"k\": 1, \"k\": 2} [\"second value\"]";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonFiles reader = new JsonFiles();
        var tree = reader.readTree(bytes);
        assertEquals(reader.mapper().readTree(bytes), tree);
        assertTrue(tree.get("i").isInt());
        assertTrue(tree.get("l").isLong());
        assertTrue(tree.get("big").isBigInteger());
        assertTrue(tree.get("d").isDouble());
        assertEquals(2, tree.get("k").intValue(), "the last of repeated keys");
        assertTrue(reader.readTree("  ".getBytes(StandardCharsets.UTF_8)).isMissingNode());
    }

    @Test
    @DisplayName("a missing file is a first start: nothing read, no problem")
    void missing() {
        JsonFiles.ReadResult result = files.readJson(folder.resolve("settings.json"));
        assertTrue(result.json().isEmpty() && result.problem().isEmpty());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // empty file
        "''|the file is empty",
        // truncated JSON
        "'{\"a\": [1, 2'|the file ends in the middle of the JSON",
        // not JSON at all
        "'hello'|not valid JSON",
        // NaN is not JSON
        "'{\"a\": NaN}'|NaN and Infinity are not JSON numbers",
    })
    @DisplayName("a corrupt file is reported with its place and kept aside as NAME.corrupt-<time>, never lost")
    void corruptSetAside(String content, String message) throws IOException {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        JsonFiles.ReadResult result = files.readJson(file);
        assertTrue(result.json().isEmpty());
        String said = result.problem().orElseThrow().message();
        assertTrue(said.contains(message) && said.contains("settings.json.corrupt-20260301-101530"), said);
        Path aside = folder.resolve("settings.json.corrupt-20260301-101530");
        assertEquals(aside, result.setAside().orElseThrow());
        assertFalse(Files.exists(file));
        assertArrayEquals(content.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(aside));
    }

    @Test
    @DisplayName("a second corrupt file in the same second does not overwrite the first one kept aside")
    void twoCorrupt() throws IOException {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{");
        files.readJson(file);
        Files.writeString(file, "[");
        Path second = files.readJson(file).setAside().orElseThrow();
        assertEquals("settings.json.corrupt-20260301-101530-2", second.getFileName().toString());
        assertEquals("{", Files.readString(folder.resolve("settings.json.corrupt-20260301-101530")));
    }

    @Test
    @DisplayName("a file in Latin-1 is reported as not UTF-8")
    void latin1() throws IOException {
        Path file = folder.resolve("settings.json");
        Files.write(file, "{\"name\": \"Güney\"}".getBytes(StandardCharsets.ISO_8859_1));
        String said = files.readJson(file).problem().orElseThrow().message();
        assertTrue(said.startsWith("the file is not UTF-8"), said);
    }

    @Test
    @DisplayName("nesting deeper than the limit is reported by the limit's name")
    void deep() {
        String said = files.check("[".repeat(100_000).getBytes(StandardCharsets.UTF_8), "s.json").orElseThrow().message();
        assertEquals("nested more than 100 levels deep (nesting depth limit)", said);
    }
}
