// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start, each invocation a new JVM: from launching {@code java} to the first frame with the
 * map drawn ({@code araxes --smoke-test} with {@code -Daraxes.smoke.frames=1}: the map has a
 * viewport and its picture has been painted; the start shows the map alone first) and to the whole
 * main window with the map in it, against {@link BareWindow}, a JavaFX window that
 * draws one rectangle, launched the same way. Both run on Monocle's headless platform with software
 * rendering, from the project folder (so Araxes reads ./geodata).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
public class ColdStartBench {

    private static long launch(String mainClass, String expected, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dglass.platform=Monocle");
        command.add("-Dmonocle.platform=Headless");
        command.add("-Dprism.order=sw");
        command.add("-Dprism.text=t2k");
        command.add("-Djava.awt.headless=true");
        command.add("-Daraxes.smoke.frames=1");
        command.add(mainClass);
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains(expected)) {
                    long elapsed = System.nanoTime() - start;
                    process.waitFor(30, TimeUnit.SECONDS);
                    return elapsed;
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException(mainClass + " never printed \"" + expected + "\":\n" + seen);
        } finally {
            process.destroyForcibly();
        }
    }

    @Benchmark
    public long araxesFirstMap() throws Exception {
        return launch("org.araxes.Main", "smoke test: map shown", "--smoke-test");
    }

    /** To the whole main window (menus, panels, timeline) with the map drawn in it. */
    @Benchmark
    public long araxesWholeWindow() throws Exception {
        return launch("org.araxes.Main", "smoke test: window complete", "--smoke-test");
    }

    @Benchmark
    public long bareJavaFxWindow() throws Exception {
        return launch("org.araxes.bench.BareWindowLauncher", "bare window: drawn");
    }
}
