// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.SyntheticIncidents;
import org.araxes.timeline.TimeWindow;

/**
 * Many incidents in a JVM of its own (issue 22: ten million): the synthetic incidents (seed 42)
 * streamed into an {@link IncidentStore} without a list of records, then the process's resident
 * memory from {@code /proc/self/status} (now and its peak), the used heap after full collections,
 * the time to build the store and its search index, and medians of a new one-year window
 * and of the timeline's histogram ({@link IncidentStore#histogram}, 480 bins, as {@code TimelineView}
 * draws 1920 px) for four zooms, after the running totals it is read from (timed once). Prints
 * one JSON object.
 *
 * <pre>java -Xmx6g -cp … org.araxes.bench.ScaleFootprint 10000000</pre>
 */
public final class ScaleFootprint {

    private ScaleFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        long started = System.nanoTime();
        IncidentStore.Builder builder = new IncidentStore.Builder(count);
        new SyntheticIncidents(BenchData.SEED).forEach(count, builder::add);
        long generated = System.nanoTime();
        IncidentStore store = builder.build();
        builder = null;
        long built = System.nanoTime();
        long storeHeap = HeapFootprint.usedAfterGc();
        String storeRss = kilobytes("VmRSS");
        String storePeak = kilobytes("VmHWM");
        SplittableRandom random = new SplittableRandom(1);
        double[] detail = new double[2001];
        for (int k = 0; k < detail.length; k++) { // an incident's record, text and all, as the list and details show it
            int index = random.nextInt(store.size());
            detail[k] = timedGet(store, index);
        }
        int first = store.firstDay();
        int last = store.lastDay();
        IncidentFilter all = IncidentFilter.all();
        double[] window = new double[201];
        for (int k = 0; k < window.length; k++) {
            int from = first + random.nextInt(Math.max(1, last - first - 365));
            long t = System.nanoTime();
            int[] visible = store.visible(new TimeWindow(from, from + 364), all);
            window[k] = (System.nanoTime() - t) / 1e6 + visible.length * 0.0;
        }
        long t0 = System.nanoTime();
        store.histogram(all, first, last + 1, 480); // the running totals, once per filter
        double totalsMs = (System.nanoTime() - t0) / 1e6;
        StringBuilder histograms = new StringBuilder();
        for (int days : new int[] {last - first + 1, 3650, 365, 30}) {
            double[] times = new double[21];
            for (int k = 0; k < times.length; k++) {
                int from = first + (days >= last - first ? 0 : random.nextInt(last - first - days));
                long t = System.nanoTime();
                store.histogram(all, from, from + days, 480);
                times[k] = (System.nanoTime() - t) / 1e6;
            }
            histograms.append(histograms.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "\"%d days\": %.3f", days, median(times)));
        }
        histograms.append(String.format(Locale.ROOT, ", \"running totals (once per filter)\": %.1f", totalsMs));
        // last: at ten million the index may not fit where the store does (decision 0030)
        long indexing = System.nanoTime();
        store.prepareSearch();
        long indexed = System.nanoTime();
        long heap = HeapFootprint.usedAfterGc();
        String rss = kilobytes("VmRSS");
        String peak = kilobytes("VmHWM");
        System.out.printf(Locale.ROOT, "{\"incidents\": %d, \"maxHeapMB\": %d, \"generateAndFillSeconds\": %.1f, \"buildSeconds\": %.1f, "
                        + "\"store\": {\"heapUsedAfterGcMB\": %.0f, \"rssKB\": %s, \"peakRssKB\": %s}, "
                        + "\"incidentRecordMedianMicros\": %.1f, \"searchIndexSeconds\": %.1f, "
                        + "\"withSearchIndex\": {\"heapUsedAfterGcMB\": %.0f, \"rssKB\": %s, \"peakRssKB\": %s}, "
                        + "\"oneYearWindowMedianMs\": %.3f, \"histogramMedianMs\": {%s}, \"end\": {\"rssKB\": %s, \"peakRssKB\": %s}}%n",
                store.size(), Runtime.getRuntime().maxMemory() >> 20, (generated - started) / 1e9, (built - generated) / 1e9,
                storeHeap / 1048576.0, storeRss, storePeak, median(detail), (indexed - indexing) / 1e9,
                heap / 1048576.0, rss, peak, median(window), histograms, kilobytes("VmRSS"), kilobytes("VmHWM"));
    }

    /** Microseconds to rebuild the incident at an index. */
    private static double timedGet(IncidentStore store, int index) {
        long t = System.nanoTime();
        int length = store.get(index).summary().length();
        return (System.nanoTime() - t) / 1e3 + length * 0.0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A line of /proc/self/status, in kB ("-" where there is none). */
    private static String kilobytes(String key) throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "null";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).replace("kB", "").strip();
            }
        }
        return "null";
    }
}
