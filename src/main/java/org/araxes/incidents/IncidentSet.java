// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.araxes.io.Problem;

/**
 * One set of incidents shown beside others: the bundled incidents, a file the user opened, a set
 * being written. Immutable: a change (hidden, edited, reloaded) is a new set put in the old one's
 * place ({@code IncidentsViewModel.replaceSet}).
 *
 * <p>The incidents are kept as an {@link IncidentStore} (columns, not records); {@link #incidents()}
 * is a file-order view over it. Two sets may hold incidents with the same id: ids are unique
 * within a set (the readers leave a repeated one out), not across sets (decision 0021).
 *
 * @param id       unique among the sets shown together (the view-model makes it so), never blank
 * @param name     shown to the user: the file's name, or the bundled layer's title
 * @param source   the file the set was read from, or null (the bundled set, a set not yet saved)
 * @param format   the format it was read in, lower case ({@code "geojson"}, {@code "csv"}…;
 *                 {@link #formatOf}), or {@code "bundled"}
 * @param store    its incidents, indexed
 * @param problems the problems met reading it, in file order
 * @param visible  whether its incidents are shown (on the map, the timeline and the list)
 * @param editable whether the user may change its incidents (false for the bundled set)
 */
public record IncidentSet(String id, String name, Path source, String format, IncidentStore store,
                          List<Problem> problems, boolean visible, boolean editable) {

    /** The format of the bundled incidents (read from the application's data folder). */
    public static final String BUNDLED = "bundled";

    public IncidentSet {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a set needs an id");
        }
        name = name == null || name.isBlank() ? id : name;
        format = format == null || format.isBlank() ? "geojson" : format.toLowerCase(Locale.ROOT);
        store = store == null ? IncidentStore.empty() : store;
        problems = List.copyOf(problems);
    }

    /** A set of incidents given as records (indexed here, in the order given). */
    public IncidentSet(String id, String name, Path source, String format, List<Incident> incidents,
                       List<Problem> problems, boolean visible, boolean editable) {
        this(id, name, source, format, new IncidentStore(incidents), problems, visible, editable);
    }

    /**
     * The set a file read gives: named after the file, shown, editable; its id the file's name
     * (the view-model adds a number when that id is taken).
     */
    public static IncidentSet opened(Path file, IncidentResult result) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new IncidentSet(name, name, file, formatOf(name), result.store(), result.problems(), true, true);
    }

    /**
     * A set of the application's own data (an incident layer of the atlas): shown, not editable,
     * with no file of its own.
     *
     * @param id    e.g. {@code "bundled"}
     * @param title the layer's title
     */
    public static IncidentSet bundled(String id, String title, IncidentResult result) {
        return new IncidentSet(id, title, null, BUNDLED, result.store(), result.problems(), true, false);
    }

    /**
     * A file's format by its name's extension, lower case: {@code "csv"} for the tables the CSV
     * reader takes ({@code .csv}, {@code .tsv}, {@code .txt}), else the extension
     * ({@code "geojson"} when there is none or it is {@code .json}).
     */
    public static String formatOf(String fileName) {
        if (IncidentReader.isCsv(fileName)) {
            return "csv";
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.isEmpty() || extension.equals("json") ? "geojson" : extension;
    }

    /** The incidents in the order they were given (a file's order), rebuilt as they are read. */
    public List<Incident> incidents() {
        return store.inInputOrder();
    }

    /** How many incidents it holds. */
    public int size() {
        return store.size();
    }

    /** True when reading it met at least one error (something was left out). */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** The same set shown or hidden. */
    public IncidentSet withVisible(boolean value) {
        return new IncidentSet(id, name, source, format, store, problems, value, editable);
    }

    /** The same set under another id (the view-model's way to keep ids unique). */
    public IncidentSet withId(String value) {
        return new IncidentSet(value, name, source, format, store, problems, visible, editable);
    }

    /** The same set holding other incidents (an edit), with its problems as they were. */
    public IncidentSet withIncidents(List<Incident> incidents) {
        return new IncidentSet(id, name, source, format, new IncidentStore(incidents), problems, visible, editable);
    }

    /** The same set kept in another file (saved as), named after it. */
    public IncidentSet withSource(Path file) {
        Objects.requireNonNull(file, "file");
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new IncidentSet(id, fileName, file, formatOf(fileName), store, problems, visible, editable);
    }
}
