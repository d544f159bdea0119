// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with the settings recorded in docs/performance.md (1 fork, 3 warm-up and
 * 5 measurement iterations of 1 s; 8 warm-ups for the incident load; the cold start in rounds,
 * {@link #coldStart}), writes JMH's JSON to {@code target/bench/jmh.json} ({@code jmh-load.json},
 * {@code coldstart.json}), measures the heap with a million incidents in a JVM of its own
 * ({@code target/bench/heap.json}), and prints the medians. Arguments: the output folder and a
 * regular expression choosing benchmarks.
 */
public final class RunAll {

    private RunAll() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        String include = args.length > 1 ? args[1] : "org.araxes.bench.*";
        Files.createDirectories(out);
        List<RunResult> results = new ArrayList<>();
        org.openjdk.jmh.runner.options.ChainedOptionsBuilder main = new OptionsBuilder().include(include).exclude(COLD_START).exclude(LOAD).exclude(REPAIR)
                .exclude(ANIMATION);
        if (System.getenv(DeskBench.DESK_ENV) == null) {
            // the shared desk's benchmark needs a PostgreSQL with PostGIS (docs/performance.md)
            main.exclude(DeskBench.class.getSimpleName());
            System.out.println("DeskBench left out: set " + DeskBench.DESK_ENV + "=postgresql://… to run it");
        }
        results.addAll(run(main, 3, out.resolve("jmh.json")));
        // the @geo-maps files take seconds per shot: one warm-up and three measured (RepairBench)
        if (picks(include, RepairBench.class)) {
            results.addAll(run(new OptionsBuilder().include(RepairBench.class.getName()).warmupIterations(1)
                    .measurementIterations(3), 1, 3, out.resolve("jmh-repair.json")));
        }
        // an animation of a year by week takes tens of seconds a shot: one warm-up and two measured
        if (picks(include, AnimationBench.class)) {
            results.addAll(run(new OptionsBuilder().include(AnimationBench.class.getName()), 1, 2,
                    out.resolve("jmh-animation.json")));
        }
        // a read of the 100,000-feature file takes 1-2 s, one per iteration: three warm-ups left
        // the reader still compiling (by hand, reads 1-4 took 2.0, 1.8, 1.0 and 1.3 s, then 0.8-1.1 s)
        if (picks(include, IncidentLoadBench.class)) {
            results.addAll(run(new OptionsBuilder().include(IncidentLoadBench.class.getName()), 8, out.resolve("jmh-load.json")));
        }
        StringBuilder summary = new StringBuilder("| benchmark | params | median | mean | unit | samples |\n|---|---|---|---|---|---|\n");
        for (RunResult result : results) {
            var primary = result.getPrimaryResult();
            var statistics = primary.getStatistics();
            summary.append(String.format(Locale.ROOT, "| %s | %s | %.4f | %.4f | %s | %d |%n",
                    result.getParams().getBenchmark().replace("org.araxes.bench.", ""),
                    paramsOf(result), statistics.getPercentile(50), statistics.getMean(), primary.getScoreUnit(),
                    statistics.getN()));
        }
        if (picks(include, ColdStartBench.class)) {
            coldStart(out, summary);
        }
        if ("org.araxes.bench.*".equals(include) || include.contains("Heap")) {
            String heap = heap();
            Files.writeString(out.resolve("heap.json"), heap);
            summary.append("\nHeap: ").append(heap);
        }
        Files.writeString(out.resolve("summary.md"), summary);
        System.out.println(summary);
    }

    private static final String COLD_START = ColdStartBench.class.getSimpleName();
    private static final String LOAD = IncidentLoadBench.class.getSimpleName();
    private static final String REPAIR = RepairBench.class.getSimpleName();
    private static final String ANIMATION = AnimationBench.class.getSimpleName();

    /** Whether JMH's include pattern picks a benchmark class (a pattern is matched anywhere in the name). */
    private static boolean picks(String include, Class<?> benchmarks) {
        return java.util.regex.Pattern.compile(include).matcher(benchmarks.getName() + ".").find();
    }

    /**
     * Runs the benchmarks an options builder picks (every one when the builder includes several
     * patterns) with one fork, the given warm-up iterations and five measured ones of 1 s, the
     * JVM's own JIT settings (as users run it), JSON to a file.
     */
    private static Collection<RunResult> run(org.openjdk.jmh.runner.options.ChainedOptionsBuilder picked, int warmups, Path json) throws Exception {
        return run(picked, warmups, 5, json);
    }

    private static Collection<RunResult> run(org.openjdk.jmh.runner.options.ChainedOptionsBuilder picked, int warmups,
                                             int measured, Path json) throws Exception {
        String incidents = System.getenv(INCIDENTS_ENV);
        if (incidents != null && !incidents.isBlank()) {
            picked.param("incidents", incidents.strip()); // e.g. MapFrameBench at ten million (docs/performance.md)
        }
        Options options = picked
                .forks(1)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(measured)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(jvmOptions())
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();
        try {
            return new Runner(options).run();
        } catch (org.openjdk.jmh.runner.NoBenchmarksException e) {
            return List.of(); // the pattern picks none of these
        }
    }
    /**
     * An environment variable giving the benchmarks' incident count instead of their own (the
     * {@code incidents} parameter), for a run at ten million:
     * {@code ARAXES_BENCH_INCIDENTS=10000000 mvn -B -Pbench verify -Dbench.include='org.araxes.bench.MapFrameBench.panDrag'}.
     */
    static final String INCIDENTS_ENV = "ARAXES_BENCH_INCIDENTS";

    /** Rounds of the cold-start benchmark; each measures every start twice after one warm-up. */
    static final int COLD_START_ROUNDS = 6;

    /**
     * The cold start in {@value #COLD_START_ROUNDS} rounds, each running every start of {@link
     * ColdStartBench} once to warm up and twice measured: Araxes and the bare window take turns
     * over the minutes the run lasts, so a machine that slows down or speeds up meanwhile does so
     * for both (run 12's two sides were a minute apart). Writes every measured start to {@code
     * coldstart.json} and a row per start, median of all rounds, to the summary.
     */
    private static void coldStart(Path out, StringBuilder summary) throws Exception {
        java.util.Map<String, List<Double>> samples = new java.util.TreeMap<>();
        for (int round = 1; round <= COLD_START_ROUNDS; round++) {
            Options options = new OptionsBuilder()
                    .include(ColdStartBench.class.getName())
                    .forks(1)
                    .warmupIterations(1)
                    .measurementIterations(2)
                    .jvmArgsAppend(jvmOptions())
                    .resultFormat(ResultFormatType.JSON)
                    .result(out.resolve("coldstart-round-" + round + ".json").toString())
                    .build();
            for (RunResult result : new Runner(options).run()) {
                String name = result.getParams().getBenchmark().replace("org.araxes.bench.", "");
                for (var benchmark : result.getBenchmarkResults()) {
                    for (var iteration : benchmark.getIterationResults()) {
                        samples.computeIfAbsent(name, k -> new ArrayList<>()).add(iteration.getPrimaryResult().getScore());
                    }
                }
            }
        }
        StringBuilder json = new StringBuilder("{\"rounds\": ").append(COLD_START_ROUNDS).append(", \"unit\": \"ms\"");
        for (var entry : samples.entrySet()) {
            List<Double> values = new ArrayList<>(entry.getValue());
            values.sort(null);
            double median = values.size() % 2 == 1 ? values.get(values.size() / 2)
                    : (values.get(values.size() / 2 - 1) + values.get(values.size() / 2)) / 2;
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            summary.append(String.format(Locale.ROOT, "| %s | rounds=%d | %.4f | %.4f | ms/op | %d |%n",
                    entry.getKey(), COLD_START_ROUNDS, median, mean, values.size()));
            json.append(String.format(Locale.ROOT, ", \"%s\": {\"median\": %.3f, \"mean\": %.3f, \"samples\": %s}",
                    entry.getKey(), median, mean, entry.getValue()));
        }
        Files.writeString(out.resolve("coldstart.json"), json.append("}\n"));
    }

    /** The benchmarks' JVM options: a 4 GB heap (the JIT as users run it: the JVM's defaults). */
    private static String[] jvmOptions() {
        return new String[] {"-Xmx4g"};
    }

    private static String paramsOf(RunResult result) {
        List<String> parts = new ArrayList<>();
        for (String key : result.getParams().getParamsKeys()) {
            parts.add(key + "=" + result.getParams().getParam(key));
        }
        return String.join(" ", parts);
    }

    /** Runs {@link HeapFootprint} in a JVM of its own and returns its JSON line. */
    private static String heap() throws Exception {
        List<String> command = List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx4g", "-cp", System.getProperty("java.class.path"), HeapFootprint.class.getName(), "1000000");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String json = "";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                System.out.println("heap: " + line);
                if (line.startsWith("{")) {
                    json = line;
                }
            }
        }
        process.waitFor(10, TimeUnit.MINUTES);
        return json;
    }
}
