// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentDiff;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentProximity;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.SetVersion;
import org.araxes.incidents.write.IncidentWriters;
import org.araxes.io.AtomicFiles;
import org.araxes.model.Atlas;
import org.araxes.presentation.MapState;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.ViewTime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code araxes incidents}: converts and filters incident files without the window
 * ({@code --in FILE… --out FILE}), or says what changed between two versions of a set
 * ({@code --diff OLD NEW}). The input files are reported as {@code validate} reports them, with its
 * exit codes: 0 all clean, 1 problems found (the good incidents are still written), 2 a file cannot
 * be read at all (nothing is written) or the command line is wrong.
 *
 * <p>The filter is the window's: the days and the filter become a saved view shown with
 * {@link MapState#showing}, and the incidents are those {@link IncidentStore#visible} gives for its
 * window and filter, as the window's list shows them.
 */
@Command(name = "incidents", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert and filter incident files (GeoJSON, CSV…) to GeoJSON, CSV or KML, or show what changed between two versions of a set.",
                "Problems in the files are printed as FILE:PLACE: message, as validate prints them.",
                "Exit code: 0 all clean, 1 problems found (the good incidents are written), 2 a file cannot be read at all."})
public final class IncidentsCommand implements Callable<Integer> {

    @ParentCommand
    AraxesCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", paramLabel = "FILE", arity = "1..*", description = "Incident files to read (repeatable); their incidents are written together.")
    List<Path> in = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "File to write: .geojson (or .json), .csv or .kml.")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only incidents on or after this day (an imprecise date counts where its span could put it).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only incidents on or before this day.")
    String to;

    @Option(names = "--category", paramLabel = "C", description = "Only this category (repeatable): military_exercise, diplomatic, border_incident, attack, arrest_or_expulsion, agreement, statement, war, infrastructure, other.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--within", paramLabel = "KM", description = "Only incidents within KM kilometres of --of.")
    Double within;

    @Option(names = "--of", paramLabel = "aras|CORRIDOR", description = "With --within: the Aras, or a corridor by id or name (zangezur, lachin, iran-route).")
    String of;

    @Option(names = "--diff", arity = "2", paramLabel = "FILE", description = "OLD NEW: print the incidents added (+), removed (-) and changed (~, with the fields) from OLD to NEW.")
    List<Path> diff;

    @Override
    public Integer call() {
        validate();
        PrintWriter stdout = spec.commandLine().getOut();
        ProblemReport report = new ProblemReport(stdout, spec.commandLine().getErr());
        if (diff != null) {
            return diff(report, stdout);
        }
        List<IncidentFiles.Read> sets = IncidentFiles.read(in, report);
        if (report.code() == ProblemReport.UNREADABLE) {
            spec.commandLine().getErr().println("araxes: nothing written: a file cannot be read");
            return report.finish();
        }
        IncidentStore store = IncidentStore.combine(sets.stream().map(IncidentFiles.Read::store).toList());
        List<Incident> shown = shown(store);
        try {
            IncidentWriters.save(out, shown);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        stdout.println("Wrote " + out + " (" + shown.size() + " of " + store.size() + " incidents, version "
                + SetVersion.of(shown).display() + ")");
        return report.finish();
    }

    private int diff(ProblemReport report, PrintWriter stdout) {
        List<IncidentFiles.Read> both = IncidentFiles.read(diff, report);
        if (both.size() < 2) {
            return report.finish();
        }
        IncidentFiles.Read older = both.get(0);
        IncidentFiles.Read newer = both.get(1);
        IncidentDiff changes = IncidentDiff.between(older.store().inInputOrder(), newer.store().inInputOrder());
        changes.lines().forEach(stdout::println);
        spec.commandLine().getErr().println(older.stamp() + " -> " + newer.stamp() + ": " + changes.summary());
        return report.finish();
    }

    /** The incidents the options let through, as the window shows them (in the store's order: by date). */
    List<Incident> shown(IncidentStore store) {
        if (store.size() == 0) {
            return List.of();
        }
        IncidentFilter filter = IncidentFilter.all();
        if (!categories.isEmpty()) {
            EnumSet<Category> allowed = EnumSet.noneOf(Category.class);
            categories.forEach(c -> allowed.add(category(c)));
            filter = filter.withCategories(allowed);
        }
        if (within != null) {
            filter = filter.withNear(near(store.inInputOrder()));
        }
        LocalDate first = from == null ? null : parseDate("--from", from);
        LocalDate last = to == null ? null : parseDate("--to", to);
        ViewTime time = ExportCommand.window(first, last, store);
        MapState state = MapState.initial(1, 1, 1, List.of(), store.firstDay(), store.lastDay(), "en")
                .showing(new SavedView("incidents", MapState.HOME, time, null, null, filter, null, ""));
        return store.incidents(store.visible(state.window(), state.filter()));
    }

    private IncidentFilter.Near near(List<Incident> incidents) {
        Path folder = parent.data != null ? parent.data : Atlas.defaultDataFolder();
        List<IncidentProximity.Target> targets = IncidentProximity.targets(Atlas.load(folder));
        IncidentProximity.Target target = target(targets, of);
        return new IncidentFilter.Near(target.id(), target.label(), within,
                IncidentProximity.within(incidents, IncidentProximity.distances(incidents, target), within));
    }

    /**
     * The target --of names: {@code aras}, or one corridor by its id ({@code corridor-zangezur}), the
     * id without {@code corridor-}, or a word of its name; a name that fits none or several is
     * refused with the choices.
     */
    IncidentProximity.Target target(List<IncidentProximity.Target> targets, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<IncidentProximity.Target> fits = new ArrayList<>();
        for (IncidentProximity.Target t : targets) {
            String id = t.id().toLowerCase(Locale.ROOT);
            if (id.equals(wanted) || id.equals("corridor-" + wanted)) {
                return t;
            }
            if (!t.id().equals(IncidentProximity.ARAS) && (wanted.equals("corridor")
                    || t.label().toLowerCase(Locale.ROOT).contains(wanted))) {
                fits.add(t);
            }
        }
        if (fits.size() == 1) {
            return fits.get(0);
        }
        String choices = String.join(", ", targets.stream().map(t -> t.id() + " (" + t.label() + ")").toList());
        throw usage("--of: '" + name + "' " + (fits.isEmpty() ? "names nothing to measure from" : "names several corridors")
                + "; choose one of " + choices);
    }

    private Category category(String code) {
        Category category = Category.parse(code);
        if (category == null) {
            throw usage("--category: '" + code + "' is not a category; the categories are "
                    + String.join(", ", java.util.Arrays.stream(Category.values()).map(Category::code).toList()));
        }
        return category;
    }

    private LocalDate parseDate(String option, String text) {
        try {
            return IncidentReader.day(text);
        } catch (java.time.DateTimeException e) {
            throw usage(option + ": '" + text + "' is not a date (" + e.getMessage() + ")");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void validate() {
        boolean converting = !in.isEmpty() || out != null || from != null || to != null || !categories.isEmpty()
                || within != null || of != null;
        if (diff != null) {
            if (converting) {
                throw usage("--diff OLD NEW compares two files: leave out --in, --out and the filters");
            }
            return;
        }
        if (in.isEmpty()) {
            throw usage("give the incident files with --in FILE (or two files with --diff OLD NEW)");
        }
        if (out == null) {
            throw usage("give the file to write with --out FILE.geojson, .csv or .kml");
        }
        try {
            IncidentWriters.formatOf(out);
            AtomicFiles.checkTarget(out);
        } catch (IOException e) {
            throw usage("--out: " + e.getMessage());
        }
        for (Path file : in) {
            if (file.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw usage("--out " + out + " is also an --in file: write to another file");
            }
        }
        categories.forEach(this::category);
        LocalDate first = from == null ? null : parseDate("--from", from);
        LocalDate last = to == null ? null : parseDate("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw usage("--from " + first + " is after --to " + last);
        }
        if ((within == null) != (of == null)) {
            throw usage("--within KM and --of aras|CORRIDOR go together");
        }
        if (within != null && !(within > 0 && within <= 20_000)) {
            throw usage("--within must be a distance in km above 0 (and at most 20000)");
        }
        if (parent.data != null && !Files.isDirectory(parent.data)) {
            throw usage("no such folder: " + parent.data);
        }
    }
}
