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

    /**
     * The bare window's jar, written by {@link #makeArchives} (class-data archives take classes
     * from jars only), ahead of the application jar, from which it loads JavaFX as Araxes does.
     */
    private static final Path BARE_JAR = Path.of("target", "bench", "bare-window.jar");
    private static final String BARE_CLASS_PATH = BARE_JAR + File.pathSeparator + APP_JAR;

    private static void writeBareJar() throws IOException {
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

    /** The bare window's own class-data archive, made by {@link #makeArchives}. */
    private static final Path BARE_ARCHIVE = Path.of("target", "bench", "bare-window.jsa");

    /**
     * Before the measured starts: one whole start of Araxes with the kept user folder, left to end
     * by itself, so its JVM writes the class-data archive later starts map (as a user's first start
     * does, {@code SharedArchive}); and the bare window's own archive, for the like-for-like row.
     */
    @Setup(Level.Trial)
    public void makeArchives() throws Exception {
        // once per build: RunAll runs this class in several rounds, each benchmark a trial of its own
        if (!newerThanAppJar(KEPT_USER_FOLDER.resolve("cache").resolve("cds"))) {
            runToEnd(APP_JAR, "org.araxes.Main", KEPT_USER_FOLDER, List.of(), "--smoke-test");
        }
        if (Files.isRegularFile(BARE_JAR) && newerThanAppJar(BARE_ARCHIVE)) {
            return;
        }
        Files.createDirectories(BARE_ARCHIVE.getParent());
        writeBareJar(); // the archive records the jar's time: it is made anew with it
        Files.deleteIfExists(BARE_ARCHIVE);
        runToEnd(BARE_CLASS_PATH, "org.araxes.bench.BareWindowLauncher", KEPT_USER_FOLDER,
                List.of("-XX:ArchiveClassesAtExit=" + BARE_ARCHIVE.toAbsolutePath()));
        if (!Files.isRegularFile(BARE_ARCHIVE)) {
            throw new IllegalStateException("the bare window wrote no archive at " + BARE_ARCHIVE);
        }
    }

    /** Whether a file, or a class-data archive in a folder, was written after the application jar. */
    private static boolean newerThanAppJar(Path fileOrFolder) throws IOException {
        long jar = Files.getLastModifiedTime(Path.of(APP_JAR)).toMillis();
        if (Files.isRegularFile(fileOrFolder)) {
            return Files.getLastModifiedTime(fileOrFolder).toMillis() > jar;
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(fileOrFolder)) {
            return files.anyMatch(f -> {
                try {
                    return f.toString().endsWith(".jsa") && Files.getLastModifiedTime(f).toMillis() > jar;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    private static void runToEnd(String classPath, String mainClass, Path userFolder, List<String> jvmOptions,
                                 String... args) throws Exception {
        Process process = new ProcessBuilder(command(classPath, mainClass, userFolder, jvmOptions, args))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not end within 3 minutes");
        }
    }

    @TearDown(Level.Invocation)
    public void stopProcess() throws InterruptedException {
        if (running != null) {
            // Araxes runs its window in a second JVM (SharedArchive): stop that one too
            running.descendants().forEach(ProcessHandle::destroyForcibly);
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

    private long launch(String classPath, String mainClass, Path userFolder, String expected, String... args) throws Exception {
        return launch(classPath, mainClass, userFolder, List.of(), expected, args);
    }

    private static List<String> command(String classPath, String mainClass, Path userFolder, List<String> jvmOptions,
                                        String... args) {
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
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private long launch(String classPath, String mainClass, Path userFolder, List<String> jvmOptions, String expected,
                        String... args) throws Exception {
        List<String> command = command(classPath, mainClass, userFolder, jvmOptions, args);
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

    /** The bare window with a class-data archive of its own, as Araxes has one: like for like. */
    @Benchmark
    public long bareJavaFxWindowWithArchive() throws Exception {
        return launch(BARE_CLASS_PATH, "org.araxes.bench.BareWindowLauncher", KEPT_USER_FOLDER,
                List.of("-XX:SharedArchiveFile=" + BARE_ARCHIVE.toAbsolutePath(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                "bare window: drawn");
    }
}
