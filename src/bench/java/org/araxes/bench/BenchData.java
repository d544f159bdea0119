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
import org.araxes.incidents.SyntheticIncidents;

/** The synthetic data sets the benchmarks use: seed 42, written once to target/bench-data. */
final class BenchData {

    static final long SEED = 42;

    private BenchData() {
    }

    static List<Incident> incidents(int count) {
        return new SyntheticIncidents(SEED).generate(count);
    }

    /** The GeoJSON file of the first {@code count} incidents, written if missing. */
    static synchronized Path geoJson(int count) throws IOException {
        Path folder = Path.of(System.getProperty("araxes.bench.data", "target/bench-data"));
        Files.createDirectories(folder);
        Path file = folder.resolve("incidents-" + count + "-seed" + SEED + ".geojson");
        if (!Files.exists(file)) {
            Path tmp = Files.createTempFile(folder, "incidents", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                new SyntheticIncidents(SEED).writeGeoJson(count, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
