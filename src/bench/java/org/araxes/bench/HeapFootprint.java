// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentStore;

/**
 * Heap with a million incidents loaded, in a JVM of its own: the used heap after full collections,
 * before and after building the {@link IncidentStore} (the incident records the generator made are
 * dropped first, as the app drops a file's read result once it is shown). Prints one JSON object.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long before = usedAfterGc();
        List<Incident> incidents = BenchData.incidents(count);
        IncidentStore store = new IncidentStore(incidents);
        incidents = null;
        // the window the app opens with: the whole span
        int shown = store.visible(store.span(), IncidentFilter.all()).length;
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT,
                "{\"incidents\": %d, \"shown\": %d, \"heapUsedBeforeMB\": %.1f, \"heapUsedAfterMB\": %.1f, \"storeMB\": %.1f}%n",
                store.size(), shown, before / 1048576.0, after / 1048576.0, (after - before) / 1048576.0);
        if (store.size() != count) {
            throw new IllegalStateException("store holds " + store.size());
        }
    }
}
