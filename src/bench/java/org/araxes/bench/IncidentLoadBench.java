// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.locationtech.jts.geom.Geometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Loading an incident GeoJSON file of 100,000 features from disk: Araxes' {@link IncidentReader}
 * (every property kept and checked, the incidents indexed in the store the window shows, since
 * decision 0011) against jts-io's GeoJsonReader on the same file (geometries only: it has no
 * place for the properties).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IncidentLoadBench {

    @Param({"100000"})
    int features;

    private Path file;

    @Setup
    public void setUp() throws Exception {
        file = BenchData.geoJson(features);
    }

    @Benchmark
    public IncidentResult araxesReader() {
        IncidentResult result = new IncidentReader().read(file);
        if (result.incidents().size() != features) {
            throw new IllegalStateException("read " + result.incidents().size() + " of " + features + ": " + result.problems());
        }
        return result;
    }

    @Benchmark
    public Geometry jtsGeoJsonReader() throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new org.locationtech.jts.io.geojson.GeoJsonReader().read(in);
        }
    }
}
