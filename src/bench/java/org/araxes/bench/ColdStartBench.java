// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start, each invocation a new JVM: from launching {@code java} to the first frame with the
 * map drawn ({@code araxes} with no arguments, as the desktop's menu starts it, with
 * {@code -Daraxes.smoke=true -Daraxes.smoke.frames=1}, which only prints when the map has a
 * viewport and its picture has been painted; the start shows the map alone first) and to the whole
 * main window with the map in it, against {@link BareWindow}, a JavaFX window that
 * draws one rectangle. Araxes is launched from the application jar as users run it ({@code java -cp
 * target/araxes.jar}, one jar with its libraries); the bare window from the benchmark's class path
 * (it loads only JavaFX from it). Both run on Monocle's headless platform with software rendering,
 * from the project folder (so Araxes reads ./geodata), with a user folder of the benchmark's own
 * ({@code -Daraxes.userFolder}): kept from start to start (layer cache and settings as a returning
 * user has them), or new and empty for the first start of all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
public class ColdStartBench {

    /** The application jar users run ({@code java -jar target/araxes.jar}), built by the package phase. */
    private static final String APP_JAR = "target/araxes.jar";

    /** The process launched by the invocation; stopped after it, outside the timed part. */
    private Process running;

    /**
     * The user folder of the starts with a layer cache (settings and cache stay from one start to
     * the next, as for a user starting Araxes again); the first warm-up start fills the cache.
     */
    private static final Path KEPT_USER_FOLDER = Path.of("target", "bench", "cold-start-user");

    /** A new, empty user folder for a first start: no cache, no settings; removed after it. */
    private Path freshUserFolder;

    /** The bare window's jar, written before the first start, ahead of the application jar, from which it loads JavaFX as Araxes does. */
    private static final Path BARE_JAR = Path.of("target", "bench", "bare-window.jar");
    private static final String BARE_CLASS_PATH = BARE_JAR + File.pathSeparator + APP_JAR;

    /** Before the measured starts: the bare window's jar. */
    @Setup(Level.Trial)
    public void writeBareJar() throws IOException {
        Files.createDirectories(BARE_JAR.getParent());
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(Files.newOutputStream(BARE_JAR))) {
            for (String name : List.of("BareWindow.class", "BareWindow$1.class", "BareWindowLauncher.class")) {
                try (var in = ColdStartBench.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("no " + name + " beside the benchmark");
                    }
                    jar.putNextEntry(new java.util.jar.JarEntry("org/araxes/bench/" + name));
                    in.transferTo(jar);
                    jar.closeEntry();
                }
            }
        }
    }

    @TearDown(Level.Invocation)
    public void stopProcess() throws InterruptedException {
        if (running != null) {
            running.destroyForcibly();
            running.waitFor(30, TimeUnit.SECONDS);
            running = null;
        }
        if (freshUserFolder != null) {
            try (Stream<Path> files = Files.walk(freshUserFolder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            freshUserFolder = null;
        }
    }

    private static List<String> command(String classPath, String mainClass, Path userFolder, String... args) {
        if (!new File(classPath.split(File.pathSeparator)[0]).exists()) {
            throw new IllegalStateException(classPath + " is missing: run mvn -Pbench verify (it packages first)");
        }
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.add("-cp");
        command.add(classPath);
        command.add("-Dglass.platform=Monocle");
        command.add("-Dmonocle.platform=Headless");
        command.add("-Dprism.order=sw");
        command.add("-Dprism.text=t2k");
        command.add("-Djava.awt.headless=true");
        command.add("-Daraxes.smoke=true");
        command.add("-Daraxes.smoke.frames=1");
        command.add("-Daraxes.userFolder=" + userFolder.toAbsolutePath());
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private long launch(String classPath, String mainClass, Path userFolder, String expected, String... args)
            throws Exception {
        List<String> command = command(classPath, mainClass, userFolder, args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        running = process;
        // not closed here: closing the pipe could disturb the process before the tear-down stops it
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains(expected)) {
                // the time to the line; JMH's own time of the invocation ends here too, as the
                // process is stopped in the tear-down, outside the measurement
                return System.nanoTime() - start;
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException(mainClass + " never printed \"" + expected + "\":\n" + seen);
    }

    /** To the map's first picture, painted for the view it opens at, the layer cache filled by an earlier start. */
    @Benchmark
    public long araxesFirstMap() throws Exception {
        return launch(APP_JAR, "org.araxes.Main", KEPT_USER_FOLDER, "smoke test: map shown");
    }

    /** The same on the first start of all: no layer cache yet (every GeoJSON file parsed), no settings. */
    @Benchmark
    public long araxesFirstMapFirstStart() throws Exception {
        freshUserFolder = Files.createTempDirectory("araxes-bench-user");
        return launch(APP_JAR, "org.araxes.Main", freshUserFolder, "smoke test: map shown");
    }

    /** To the whole main window (menus, panels, timeline) with the map drawn in it. */
    @Benchmark
    public long araxesWholeWindow() throws Exception {
        return launch(APP_JAR, "org.araxes.Main", KEPT_USER_FOLDER, "smoke test: window complete");
    }

    @Benchmark
    public long bareJavaFxWindow() throws Exception {
        return launch(BARE_CLASS_PATH, "org.araxes.bench.BareWindowLauncher", KEPT_USER_FOLDER, "bare window: drawn");
    }
}
