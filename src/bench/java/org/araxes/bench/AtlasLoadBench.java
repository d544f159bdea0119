// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.araxes.model.Atlas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Loading every layer of geodata/ with {@link Atlas#load} (issue 3 asks for under 0.5 s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AtlasLoadBench {

    @Benchmark
    public Atlas loadGeodata() {
        return Atlas.load(Path.of("geodata"));
    }
}
