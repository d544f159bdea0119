// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.SetVersion;
import org.araxes.model.Atlas;
import org.araxes.timeline.TimeWindow;
import picocli.CommandLine;

/**
 * The Araxes side of the table beside QGIS 3.22 (issue 22; {@code src/bench/qgis/side-by-side.sh}
 * runs it and {@code src/bench/qgis/qgis_side.py} alternately, each in a fresh process): for one
 * incident file, through the app's own code,
 * <ol>
 * <li><b>load</b>: {@link IncidentReader#read} as the window opens a file, to the indexed
 * {@link IncidentStore} the map, list and timeline draw from (with the first problem, if any);</li>
 * <li><b>query</b>: the incidents of one calendar year, {@link IncidentStore#visible} (those whose
 * dates overlap the year, as the timeline's window shows them), counted;</li>
 * <li><b>picture</b>: {@code araxes export --no-bundled --incidents FILE --from YEAR-01-01 --to
 * YEAR-12-31} at 1920×1080 over the region ({@link org.araxes.presentation.MapState#HOME}, fitted to the
 * picture; the picture's line gives the lon/lat box shown, which the QGIS side draws too) drawn
 * by {@link ExportCommand#still} from the store already read (the set's version stamp, the
 * composition, the rendering with basemap, layers and evidence frame, the PNG and its sources
 * file); the toolkit's start and the atlas's read come before it, as their own lines;</li>
 * <li><b>memory</b>: VmRSS and VmHWM of {@code /proc/self/status} after the load and at the end.</li>
 * </ol>
 * Prints one JSON line per measurement; {@code seconds} is wall-clock, {@code cpuSeconds} the
 * process's processor time (every thread: GC and compilers too).
 *
 * <pre>java -cp target/test-classes:target/araxes.jar org.araxes.cli.QgisComparison FILE YEAR OUT.png</pre>
 */
public final class QgisComparison {

    private final String file;
    private long wall;
    private long cpu;

    private QgisComparison(String file) {
        this.file = file;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: QgisComparison FILE YEAR OUT.png");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        Path png = Path.of(args[2]);
        QgisComparison measure = new QgisComparison(args[0]);

        measure.start();
        IncidentResult result = new IncidentReader().read(file);
        IncidentStore store = result.store();
        measure.print("load", "\"incidents\": " + store.size() + ", \"problems\": " + result.problems().size()
                + (result.problems().isEmpty() ? "" : ", \"firstProblem\": \"" + json(result.problems().get(0).toString()) + "\""));
        measure.memory("after load");

        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        measure.start();
        int inYear = store.visible(new TimeWindow((int) first.toEpochDay(), (int) last.toEpochDay()), IncidentFilter.all()).length;
        measure.print("query", "\"year\": " + year + ", \"inYear\": " + inYear);

        measure.start();
        HeadlessFx.start();
        measure.print("toolkit", "\"what\": \"the JavaFX toolkit started headless (Monocle)\"");
        // the export command as `araxes export` reads its command line; its own report goes to err
        CommandLine line = new CommandLine(new AraxesCommand());
        line.setOut(new PrintWriter(System.err, true));
        CommandLine.ParseResult parsed = line.parseArgs("export", "--out", png.toString(), "--width", "1920", "--height", "1080",
                "--no-bundled", "--incidents", args[0], "--from", first.toString(), "--to", last.toString());
        ExportCommand export = parsed.subcommand().commandSpec().commandLine().getCommand();
        measure.start();
        Atlas atlas = export.atlas();
        measure.print("atlas", "\"layers\": " + atlas.mapLayers().size());

        // the lon/lat box the picture shows (the region fitted to 1920×1080), for the QGIS side to draw the same
        org.locationtech.jts.geom.Envelope shown = export.mapState(atlas, store, null, null, export.size()).viewport().visibleBounds();
        measure.start();
        String name = file.getFileName().toString();
        ExportIncidentOptions.Drawn drawn = new ExportIncidentOptions.Drawn(store,
                List.of(SetVersion.of(result.incidents(), file).stamp(name)));
        ExportCommand.Drawing drawing = new ExportCommand.Drawing(atlas, drawn,
                new ProblemReport(new PrintWriter(System.err, true), new PrintWriter(System.err, true)));
        int code = export.still(drawing, null, null, export.size());
        measure.print("picture", String.format(Locale.ROOT, "\"width\": 1920, \"height\": 1080, \"png\": \"%s\", \"pngBytes\": %d, "
                + "\"exit\": %d, \"bbox\": \"%.5f,%.5f,%.5f,%.5f\"", png, Files.size(png), code,
                shown.getMinX(), shown.getMinY(), shown.getMaxX(), shown.getMaxY()));
        measure.memory("at end");
        System.exit(code);
    }

    private void start() {
        wall = System.nanoTime();
        cpu = cpuNanos();
    }

    private void print(String what, String fields) {
        double seconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "{\"side\": \"araxes\", \"file\": \"%s\", \"measure\": \"%s\", \"seconds\": %.3f, "
                + "\"cpuSeconds\": %.3f, %s}%n", file, what, seconds, cpuSeconds, fields);
    }

    private void memory(String when) throws java.io.IOException {
        System.out.printf(Locale.ROOT, "{\"side\": \"araxes\", \"file\": \"%s\", \"measure\": \"memory\", \"when\": \"%s\", "
                + "\"vmRssKB\": %d, \"vmHwmKB\": %d}%n", file, when, kilobytes("VmRSS"), kilobytes("VmHWM"));
    }

    /** Text as the inside of a JSON string. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < ' ') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A line of /proc/self/status, in kB. */
    private static long kilobytes(String key) throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").strip());
            }
        }
        throw new IllegalStateException("no " + key + " in /proc/self/status");
    }
}
