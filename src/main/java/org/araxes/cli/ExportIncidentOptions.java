// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.SetVersion;
import org.araxes.model.Atlas;
import picocli.CommandLine.Option;

/**
 * {@code export --incidents FILE… [--no-bundled]}: the incident sets an export draws. The files are
 * read and reported as {@code validate} reports them; the picture draws them beside the bundled
 * incidents (or alone), and its frame states each set's version ({@link SetVersion}: name, short
 * hash, date) on its version line, which the PNG's text and the SVG's description carry too.
 */
final class ExportIncidentOptions {

    @Option(names = "--incidents", paramLabel = "FILE",
            description = "An incident file to draw (repeatable): GeoJSON or CSV. Drawn beside the bundled incidents unless --no-bundled.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--no-bundled", description = "Leave out the bundled incidents (with --incidents: draw only those files).")
    boolean noBundled;

    /**
     * The sets drawn, in one store, with their versions.
     *
     * @param store    every incident drawn
     * @param versions each set's "NAME HASH of DATE", bundled first
     */
    record Drawn(IncidentStore store, List<String> versions) {

        /** The versions as the frame's version line gives them, joined by " + ". */
        String stamp() {
            return String.join(" + ", versions);
        }
    }

    /** Whether any file is named (then the files are reported and the exit code follows validate's). */
    boolean namesFiles() {
        return !files.isEmpty();
    }

    /** Reads the sets: the atlas's own unless --no-bundled, then each --incidents file that can be read. */
    Drawn read(Atlas atlas, ProblemReport report) {
        List<IncidentStore> stores = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        if (!noBundled) {
            LocalDate date = SetVersion.editionDate(atlas.incidentsVersion());
            for (IncidentResult result : IncidentReader.fromAtlas(atlas)) {
                stores.add(result.store());
                versions.add(SetVersion.of(result.incidents(), date).stamp("bundled"));
            }
        }
        for (IncidentFiles.Read read : IncidentFiles.read(files, report)) {
            stores.add(read.store());
            versions.add(read.stamp());
        }
        return new Drawn(IncidentStore.combine(stores), versions);
    }
}
