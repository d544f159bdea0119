// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.SyntheticIncidents;

/** The synthetic data sets the benchmarks use: seed 42, written once to target/bench-data. */
final class BenchData {

    static final long SEED = 42;

    private BenchData() {
    }

    static List<Incident> incidents(int count) {
        return new SyntheticIncidents(SEED).generate(count);
    }

    /**
     * The first {@code count} synthetic incidents in a store, streamed into it: no list of
     * records is held, so ten million fit (decision 0030).
     */
    static IncidentStore store(int count) {
        IncidentStore.Builder builder = new IncidentStore.Builder(count);
        new SyntheticIncidents(SEED).forEach(count, builder::add);
        return builder.build();
    }

    /** {@code count} synthetic incidents that all have a point: those of {@link #geoJson}. */
    static List<Incident> incidentsWithPoints(int count) {
        return withPoints(count).toList();
    }

    /**
     * The incidents of {@link #incidentsWithPoints}, each made when it is asked for: the first
     * {@code count} with a point among the first {@code count + count / 10} of the sequence.
     */
    private static java.util.stream.Stream<Incident> withPoints(int count) {
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(
                new SyntheticIncidents(SEED).iterator(count + count / 10), java.util.Spliterator.ORDERED), false)
                .filter(Incident::hasPoint).limit(count);
    }

    /**
     * A GeoJSON file of {@code count} synthetic incidents that all have a point, written if missing,
     * one incident at a time (ten million make ~8.6 GB).
     * (jts-io's GeoJsonReader, the comparison side, refuses features with a null geometry, which
     * the generator makes for 3 % of incidents; both sides read this same file.)
     */
    static synchronized Path geoJson(int count) throws IOException {
        return writtenOnce("incidents-" + count + "-points-seed" + SEED + ".geojson", tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                // streamed: ten million incidents are written without ever being one list
                SyntheticIncidents.writeGeoJson(withPoints(count).iterator(), "Synthetic incidents with points (" + count + ")", out);
            }
        });
    }

    /**
     * An ACLED-style CSV ({@link org.araxes.incidents.write.AcledCsvWriter}) of the same incidents
     * as {@link #geoJson}, written if missing: what a user downloads from ACLED's export tool, read
     * through ACLED's mapping.
     */
    static synchronized Path acledCsv(int count) throws IOException {
        return writtenOnce("incidents-" + count + "-points-seed" + SEED + "-acled.csv", tmp -> {
            try (java.io.Writer out = Files.newBufferedWriter(tmp, java.nio.charset.StandardCharsets.UTF_8)) {
                org.araxes.incidents.write.AcledCsvWriter.write(withPoints(count).iterator(), out);
            }
        });
    }

    /** Writes a file of the benchmark data folder into a temporary file and moves it in place. */
    private interface Writing {
        void write(Path tmp) throws IOException;
    }

    /** A file of the benchmark data folder ({@code araxes.bench.data}), written once, when missing. */
    private static Path writtenOnce(String name, Writing writing) throws IOException {
        Path folder = Path.of(System.getProperty("araxes.bench.data", "target/bench-data"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            Path tmp = Files.createTempFile(folder, "incidents", ".tmp");
            writing.write(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
