// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;

/**
 * An incident file read once, as the first read of a freshly started JVM (what a user opening a file
 * sees; {@code src/bench/load-vs-gdal.sh} runs it beside GDAL): {@code FirstRead write COUNT} writes
 * the benchmark's GeoJSON of COUNT synthetic incidents with points (seed 42) and prints its path;
 * {@code FirstRead FILE} reads it with {@link IncidentReader} and prints one JSON object.
 */
public final class FirstRead {

    private FirstRead() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            System.out.println(BenchData.geoJson(Integer.parseInt(args[1])));
            return;
        }
        long started = System.nanoTime();
        IncidentResult result = new IncidentReader().read(Path.of(args[0]));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "{\"file\": \"%s\", \"incidents\": %d, \"problems\": %d, \"readSeconds\": %.2f}%n",
                args[0], result.incidents().size(), result.problems().size(), seconds);
    }
}
