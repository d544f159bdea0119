// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.araxes.check.FileCheck;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.SetVersion;

/**
 * Incident files named on the command line ({@code incidents --in}, {@code --diff},
 * {@code export --incidents}), each checked and reported as {@code validate} reports it
 * ({@link ProblemReport}) and read with the app's own reader. A file that cannot be read at all,
 * or that is a map layer rather than incidents, gives no set and makes the exit code
 * {@link ProblemReport#UNREADABLE}.
 */
final class IncidentFiles {

    /**
     * One file's incidents.
     *
     * @param file    the file as named
     * @param store   its incidents
     * @param version its version (dated by the file's last change)
     */
    record Read(Path file, IncidentStore store, SetVersion version) {

        /** "events.csv 3f2a9c01b7de of 2026-12-06": the file's name and its version. */
        String stamp() {
            return version.stamp(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        }
    }

    private IncidentFiles() {
    }

    /** Reads the files in order, reporting each; the readable ones come back in that order. */
    static List<Read> read(List<Path> files, ProblemReport report) {
        FileCheck check = new FileCheck();
        IncidentReader reader = new IncidentReader();
        List<Read> read = new ArrayList<>();
        for (Path file : files) {
            FileCheck.Report checked = check.check(file);
            if (checked.kind() == FileCheck.Kind.LAYER) {
                report.refuse(file, "a map layer, not an incident file (incident GeoJSON says \"kind\": \"incidents\" in"
                        + " its \"araxes\" member; see docs/incidents-format.md)");
                continue;
            }
            report.add(checked);
            if (checked.kind() == FileCheck.Kind.UNREADABLE) {
                continue;
            }
            IncidentResult result = reader.read(file);
            read.add(new Read(file, result.store(), SetVersion.of(result.incidents(), file)));
        }
        return read;
    }
}
