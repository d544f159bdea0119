// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.araxes.incidents.Citation;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentDiff;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentSet;
import org.araxes.incidents.SetVersion;
import org.araxes.incidents.write.IncidentWriters;
import org.araxes.io.Problem;
import org.araxes.ui.common.Messages;

/**
 * Taking incidents out of the window: the incidents shown (after the time window and the filters)
 * saved as GeoJSON, CSV or KML; their sources' citations (APA, Chicago); one incident's citation,
 * quotes and links; and what changed in a set since an older file of it. Holds no node: the dialogs
 * and the clipboard are the view's ({@link IncidentsOutActions}).
 */
public final class IncidentsOutViewModel {

    private final IncidentsViewModel incidents;

    public IncidentsOutViewModel(IncidentsViewModel incidents) {
        this.incidents = incidents;
    }

    /** The incidents shown now, in the list's order. */
    public List<Incident> shown() {
        return List.copyOf(incidents.visible());
    }

    /**
     * Saves the shown incidents in the format of the file's extension, atomically.
     *
     * @return the line for the status bar
     * @throws IOException naming the file when it cannot be written (the old file is untouched)
     */
    public String exportShown(Path file) throws IOException {
        List<Incident> shown = shown();
        IncidentWriters.save(file, shown);
        return Messages.format("incidentsOut.exported", shown.size(), String.valueOf(file.getFileName()),
                SetVersion.of(shown).shortHash());
    }

    /** The shown incidents' sources as a reference list in a style, each once, sorted; "" when none. */
    public String citations(Citation.Style style) {
        List<Incident.Source> sources = new ArrayList<>();
        shown().forEach(i -> sources.addAll(i.sources()));
        return Citation.list(style, sources);
    }

    /** One incident's sources as reference-list entries in a style. */
    public static String citation(Incident incident, Citation.Style style) {
        return Citation.list(style, incident.sources());
    }

    /** One incident's quotes, each in quotation marks on its own line. */
    public static String quotes(Incident incident) {
        List<String> quotes = new ArrayList<>();
        for (Incident.Source source : incident.sources()) {
            if (!source.quote().isBlank()) {
                quotes.add("“" + source.quote() + "”");
            }
        }
        return String.join(System.lineSeparator(), quotes);
    }

    /** One incident's web links, one per line, or empty when it has none. */
    public static Optional<String> links(Incident incident) {
        List<String> links = new ArrayList<>();
        for (Incident.Source source : incident.sources()) {
            source.link().map(Object::toString).filter(l -> !links.contains(l)).ifPresent(links::add);
        }
        return links.isEmpty() ? Optional.empty() : Optional.of(String.join(System.lineSeparator(), links));
    }

    /**
     * The versions of the visible sets, as an export's frame states them: "bundled 3f2a9c01b7de of
     * 2026-11-22 + events.csv 0a1b2c3d4e5f of 2026-12-06" (a bundled set dated by its edition, a
     * file by its last change, a set not saved by today).
     *
     * @param bundledEdition the bundled data's {@code araxes.version}
     */
    public String versionStamp(String bundledEdition) {
        List<String> stamps = new ArrayList<>();
        for (IncidentSet set : incidents.sets()) {
            if (set.visible()) {
                stamps.add(versionOf(set, bundledEdition).stamp(IncidentSet.BUNDLED.equals(set.format()) ? "bundled" : set.name()));
            }
        }
        return String.join(" + ", stamps);
    }

    /**
     * A set's version: a bundled set dated by its edition, a file by its last change, a set not
     * saved by today (the export's stamp and the sets panel's tooltip).
     *
     * @param bundledEdition the bundled data's {@code araxes.version}
     */
    public static SetVersion versionOf(IncidentSet set, String bundledEdition) {
        List<Incident> list = set.incidents();
        return IncidentSet.BUNDLED.equals(set.format()) ? SetVersion.of(list, SetVersion.editionDate(bundledEdition))
                : set.source() != null ? SetVersion.of(list, set.source()) : SetVersion.of(list);
    }

    /** The sets that can be compared with an older file: every set listed. */
    public List<IncidentSet> sets() {
        return List.copyOf(incidents.sets());
    }

    /**
     * What changed in a set since an older file of it.
     *
     * @param diff     the incidents added, removed and changed from the older file to the set
     * @param older    the older file's version
     * @param newer    the set's version
     * @param problems the problems met reading the older file
     * @param readable false when the older file could not be read at all (then the diff is empty)
     */
    public record Changes(IncidentDiff diff, SetVersion older, SetVersion newer, List<Problem> problems, boolean readable) {
    }

    /** Compares a set with an older file of it, read with the app's reader. */
    public Changes whatChanged(IncidentSet set, Path olderFile) {
        IncidentResult read = new IncidentReader().read(olderFile);
        List<Incident> older = read.incidents();
        List<Incident> newer = set.incidents();
        boolean readable = !(older.isEmpty() && read.hasErrors());
        return new Changes(readable ? IncidentDiff.between(older, newer) : IncidentDiff.between(List.of(), List.of()),
                SetVersion.of(older, olderFile), SetVersion.of(newer), read.problems(), readable);
    }
}
