// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.reliability;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.araxes.check.FileCheck;
import org.araxes.incidents.IncidentReader;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.Problem;
import org.araxes.settings.JsonFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The corpus of bad inputs")
class CorpusTest {

    static Stream<Corpus.Expectation> expectations() {
        return Corpus.expectations().stream();
    }

    static Stream<Path> files() {
        return Corpus.files().stream();
    }

    @Test
    @DisplayName("every corpus file has at least one expectation, and every expectation a file")
    void corpusAndExpectationsMatch() {
        Set<String> expected = Corpus.expectations().stream().map(Corpus.Expectation::file).collect(Collectors.toSet());
        Set<String> present = Corpus.files().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        Set<String> untested = new HashSet<>(present);
        untested.removeAll(expected);
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(present);
        assertAll(() -> assertTrue(untested.isEmpty(), "corpus files without an expectation: " + untested),
                () -> assertTrue(missing.isEmpty(), "expectations without a file: " + missing));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    @DisplayName("each bad file gets the expected message naming the file and the place, and the rest loads")
    void expectedMessage(Corpus.Expectation expectation) {
        Path file = Corpus.folder().resolve(expectation.file());
        FileCheck.Report report = new FileCheck().check(file);
        List<String> lines = report.problems().stream().map(p -> FileCheck.line(file.getFileName(), p)).toList();
        assertEquals(expectation.loaded(), report.items(), "items loaded; problems: " + lines);
        if (expectation.fragment() == null) {
            assertTrue(lines.isEmpty(), "expected a clean file, got " + lines);
        } else {
            assertTrue(lines.stream().anyMatch(l -> l.contains(expectation.fragment())),
                    "no line contains «" + expectation.fragment() + "»; got " + lines);
        }
    }

    @Nested
    @DisplayName("every reader, on every corpus file")
    class EveryReader {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.araxes.reliability.CorpusTest#files")
        @DisplayName("the GeoJSON layer reader returns plain messages and never throws")
        void layerReader(Path file) {
            String name = file.getFileName().toString();
            var result = new GeoJsonReader().read(new ByteArrayInputStream(Corpus.bytes(file)), name);
            assertPlain(name, result.problems());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.araxes.reliability.CorpusTest#files")
        @DisplayName("the incident GeoJSON reader returns plain messages and never throws")
        void incidentGeoJsonReader(Path file) {
            String name = file.getFileName().toString();
            var result = new IncidentReader().readGeoJson(new ByteArrayInputStream(Corpus.bytes(file)), name);
            assertPlain(name, result.problems());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.araxes.reliability.CorpusTest#files")
        @DisplayName("the incident CSV reader (from bytes and from text) returns plain messages and never throws")
        void csvReader(Path file) {
            String name = file.getFileName().toString();
            var fromBytes = new IncidentReader().readCsv(new ByteArrayInputStream(Corpus.bytes(file)), name);
            assertPlain(name, fromBytes.problems());
            var fromText = new IncidentReader().readCsv(
                    new InputStreamReader(new ByteArrayInputStream(Corpus.bytes(file)), StandardCharsets.UTF_8), name);
            assertPlain(name, fromText.problems());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.araxes.reliability.CorpusTest#files")
        @DisplayName("the settings JSON check returns plain messages and never throws")
        void settingsCheck(Path file) {
            String name = file.getFileName().toString();
            List<Problem> problems = new ArrayList<>();
            new JsonFiles().check(Corpus.bytes(file), name).ifPresent(problems::add);
            assertPlain(name, problems);
        }
    }

    /** Messages are for people: they name the file, and hold no stack trace or parser jargon. */
    static void assertPlain(String name, List<Problem> problems) {
        for (Problem problem : problems) {
            String text = problem.toString();
            assertEquals(name, problem.file(), text);
            // What the file itself holds may be quoted in a message; the rest must be plain words.
            String ours = problem.message().replaceAll("\"[^\"]*\"|'[^']*'|\\[[^\\]]*\\]", "\"…\"");
            for (String jargon : List.of("Exception", "\tat ", "java.", "Source: REDACTED", "JsonReadFeature",
                    "StreamReadConstraints", "(code ")) {
                assertFalse(ours.contains(jargon), "jargon «" + jargon + "» in: " + text);
            }
        }
    }
}
