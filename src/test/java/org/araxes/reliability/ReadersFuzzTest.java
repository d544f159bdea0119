// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.araxes.check.FileCheck;
import org.araxes.incidents.IncidentReader;
import org.araxes.io.GeoJsonReader;
import org.araxes.settings.JsonFiles;

/**
 * Jazzer fuzz tests for every reader. Each one feeds arbitrary bytes to a reader and fails on any
 * exception (the readers must report, never throw) or on a message a user should not see.
 *
 * <p>In the normal test run ({@code mvn -B test}) Jazzer runs in <em>regression mode</em>: each test
 * runs once per seed, the seeds being the bad-input corpus ({@code src/test/resources/org/araxes/corpus},
 * copied by the build to {@code ReadersFuzzTestInputs/<test>/}) plus any crash files kept there.
 * To fuzz for real (Linux, macOS, Windows x86-64):
 *
 * <pre>JAZZER_FUZZ=1 mvn -B test -Dtest=ReadersFuzzTest#layer -Djazzer.max_duration=10m</pre>
 *
 * <p>Findings are written under {@code src/test/resources/org/araxes/reliability/ReadersFuzzTestInputs/<test>/};
 * a crash found that way is fixed in the reader, and its input is kept there (and in the corpus,
 * with its expected message) so it runs in every later build. See {@code docs/reliability.md}.
 */
class ReadersFuzzTest {

    private static final GeoJsonReader LAYERS = new GeoJsonReader();
    private static final IncidentReader INCIDENTS = new IncidentReader();

    @FuzzTest(maxDuration = "30s")
    void layer(byte[] data) {
        var result = LAYERS.read(new ByteArrayInputStream(data), "fuzz.geojson");
        CorpusTest.assertPlain("fuzz.geojson", result.problems());
    }

    @FuzzTest(maxDuration = "30s")
    void incidentsGeoJson(byte[] data) {
        var result = INCIDENTS.readGeoJson(new ByteArrayInputStream(data), "fuzz.geojson");
        CorpusTest.assertPlain("fuzz.geojson", result.problems());
    }

    @FuzzTest(maxDuration = "30s")
    void incidentsCsv(byte[] data) {
        var result = INCIDENTS.readCsv(new ByteArrayInputStream(data), "fuzz.csv");
        CorpusTest.assertPlain("fuzz.csv", result.problems());
    }

    @FuzzTest(maxDuration = "30s")
    void validate(byte[] data) {
        // The file kind comes from the content's first byte, so one fuzz target reaches every reader.
        String name = data.length > 0 && (data[0] & 1) == 1 ? "fuzz.csv" : "fuzz.geojson";
        var report = new FileCheck().check(new ByteArrayInputStream(data), Path.of(name), name);
        CorpusTest.assertPlain(name, report.problems());
    }

    @FuzzTest(maxDuration = "30s")
    void settingsJson(byte[] data) {
        new JsonFiles().check(data, "settings.json").ifPresent(p -> {
            CorpusTest.assertPlain("settings.json", java.util.List.of(p));
            if (new String(data, StandardCharsets.ISO_8859_1).isBlank() != p.message().contains("empty")) {
                throw new AssertionError("empty-file message for a non-empty file: " + p);
            }
        });
    }
}
