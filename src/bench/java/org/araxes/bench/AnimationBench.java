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
 * {@code araxes export --animate}: one year by week at 1920×1080 (53 frames: every layer, the
 * incidents of each frame's week, the evidence frame with the date), drawn off screen and encoded
 * as H.264 MP4 with jcodec. The command runs in process, so this is drawing and encoding, not JVM
 * start-up. An operation takes tens of seconds: {@link RunAll} gives it one warm-up and two
 * measured operations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnimationBench {

    private Path out;

    @Setup
    public void setUp() throws Exception {
        BenchFx.start();
        out = BenchFx.output("animation-year-by-week.mp4");
    }

    @Benchmark
    public int yearByWeek1920x1080() {
        return BenchFx.araxes("export", "--animate", "--from", "2022-05-09", "--to", "2023-05-08",
            "--step", "week", "--width", "1920", "--height", "1080", "--out", out.toString());
    }
}
