// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Search: how many of a million incidents a new search text matches (the filter's mask, which the
 * list, the map and the timeline then use), from the store's text index, against reading each
 * incident's search text (what the store did before decision 0027). Every invocation searches
 * for another text (the store keeps the last one's answer): a word of some incident's texts
 * ({@code word}) or a piece of 4–16 characters cut anywhere from them, spaces and signs included
 * ({@code piece}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBench {

    @Param({"1000000"})
    int size;

    @Param({"word", "piece"})
    String query;

    private IncidentStore store;
    private List<Incident> incidents;
    private IncidentFilter[] filters;
    private int next;

    @Setup
    public void setUp() {
        incidents = BenchData.incidents(size);
        store = new IncidentStore(incidents);
        store.prepareSearch(); // as the window does when it shows a store
        SplittableRandom random = new SplittableRandom(3);
        filters = new IncidentFilter[256];
        for (int i = 0; i < filters.length; i++) {
            String text = incidents.get(random.nextInt(incidents.size())).searchText();
            String needle;
            if (query.equals("word")) {
                String[] words = text.split("[^\\p{L}\\p{N}]+");
                do {
                    needle = words[random.nextInt(words.length)];
                } while (needle.isEmpty());
            } else {
                int from = random.nextInt(Math.max(1, text.length() - 16));
                needle = text.substring(from, Math.min(text.length(), from + 4 + random.nextInt(13))).replace('\n', ' ');
            }
            filters[i] = IncidentFilter.all().withText(needle.toLowerCase(Locale.ROOT));
        }
    }

    @Benchmark
    public int araxesIndex() {
        return store.countMatching(filters[next++ & 255]);
    }

    @Benchmark
    public int readingEachIncident() {
        String needle = filters[next++ & 255].text();
        int count = 0;
        for (Incident incident : incidents) {
            if (incident.searchText().contains(needle)) {
                count++;
            }
        }
        return count;
    }
}
