// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code araxes export} at 3840×2160 with a title: every layer, labels, the basemap and the frame
 * (credits, scale bar, north arrow), rendered off screen and written as PNG. The command is run in
 * process (the toolkit is already up after the first invocation), so this measures rendering and
 * writing, not JVM start-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBench {

    private Path out;

    @Setup
    public void setUp() throws Exception {
        BenchFx.start();
        out = BenchFx.output("export-3840x2160.png");
    }

    @Benchmark
    public int export3840x2160() {
        return BenchFx.araxes("export", "--out", out.toString(), "--width", "3840", "--height", "2160",
            "--title", "Araxes benchmark export");
    }
}
