// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentStore;
import org.araxes.timeline.TimeWindow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Timeline scrub: the visible set for a new one-year window over a million incidents, from the
 * {@link IncidentStore} (sorted columns, binary search) and from a linear scan over the incidents
 * (what a tool without an index does). Windows move through 1990–2026 in a fixed sequence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TimelineScrubBench {

    @Param({"1000000"})
    int size;

    @Param({"365"})
    int windowDays;

    private IncidentStore store;
    private List<Incident> incidents;
    private TimeWindow[] windows;
    private int next;
    private final IncidentFilter filter = IncidentFilter.all();

    @Setup
    public void setUp() {
        incidents = BenchData.incidents(size);
        store = new IncidentStore(incidents);
        SplittableRandom random = new SplittableRandom(1);
        windows = new TimeWindow[256];
        int first = store.firstDay();
        int last = store.lastDay() - windowDays;
        for (int i = 0; i < windows.length; i++) {
            int start = first + random.nextInt(Math.max(1, last - first));
            windows[i] = new TimeWindow(start, start + windowDays - 1);
        }
    }

    @Benchmark
    public int[] araxesStore() {
        return store.visible(windows[next++ & 255], filter);
    }

    @Benchmark
    public int[] linearScan() {
        TimeWindow window = windows[next++ & 255];
        int[] out = new int[1024];
        int count = 0;
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            if (window.overlaps((int) incident.date().start().toEpochDay(), (int) incident.date().end().toEpochDay())
                    && filter.test(incident)) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }
}
