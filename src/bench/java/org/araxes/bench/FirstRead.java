// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.io.ProgressInputStream;

/**
 * An incident file read once, as the first read of a freshly started JVM (what a user opening a file
 * sees; {@code src/bench/load-vs-gdal.sh} runs it beside GDAL): {@code FirstRead write COUNT} writes
 * the benchmark's GeoJSON of COUNT synthetic incidents with points (seed 42) and prints its path,
 * {@code FirstRead write-acled COUNT} the same incidents as an ACLED export's CSV;
 * {@code FirstRead FILE} reads it as the app opens a file (the app's reader, its bytes through the
 * {@link ProgressInputStream} that moves the progress bar and can cancel) and prints one JSON object.
 */
public final class FirstRead {

    private FirstRead() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            System.out.println(BenchData.geoJson(Integer.parseInt(args[1])));
            return;
        }
        if (args[0].equals("write-acled")) {
            System.out.println(BenchData.acledCsv(Integer.parseInt(args[1])));
            return;
        }
        long started = System.nanoTime();
        Path file = Path.of(args[0]);
        long size = Files.size(file);
        AtomicInteger reports = new AtomicInteger();
        // as IncidentsViewModel.open wraps the file's bytes (its listener hands the fraction to the FX thread)
        IncidentResult result = new IncidentReader().read(file,
                in -> new ProgressInputStream(in, size, fraction -> reports.incrementAndGet(), () -> false));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "{\"file\": \"%s\", \"incidents\": %d, \"problems\": %d, \"progressReports\": %d,"
                        + " \"readSeconds\": %.2f}%n",
                args[0], result.incidents().size(), result.problems().size(), reports.get(), seconds);
        if (Boolean.getBoolean("araxes.firstRead.threads")) {
            threadTimes();
        }
    }

    /**
     * The processor time of the JVM's threads still running (compilers, collectors, the main
     * thread; the reader's own have ended), by kind, from {@code /proc/self/task} (Linux).
     */
    private static void threadTimes() throws java.io.IOException {
        java.util.Map<String, Double> byKind = new java.util.TreeMap<>();
        long ticks = 100; // USER_HZ
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) ticks;
                String kind = name.replaceAll("[0-9#]+", "").trim();
                byKind.merge(kind, seconds, Double::sum);
            }
        }
        byKind.forEach((kind, seconds) -> System.out.printf(Locale.ROOT, "  %-24s %.2f s%n", kind, seconds));
    }
}
