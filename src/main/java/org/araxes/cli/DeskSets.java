// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.araxes.desk.Desk;
import org.araxes.desk.DeskException;
import org.araxes.desk.DeskPasswords;
import org.araxes.desk.DeskRecord;
import org.araxes.desk.DeskUrl;
import org.araxes.desk.EditResult;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.SetVersion;

/**
 * Shared desks on the command line: {@code incidents --in postgresql://…}, {@code --out
 * postgresql://…} and {@code export --incidents postgresql://…} (decision 0026). The password comes
 * from {@code PGPASSWORD} or {@code ~/.pgpass} (never from the command line, where others can see
 * it); with neither, the connection is tried with none (trust or peer authentication).
 */
final class DeskSets {

    private DeskSets() {
    }

    /** Whether a name on the command line is a desk URL rather than a file. */
    static boolean isDesk(String name) {
        return DeskUrl.looksLikeUrl(name);
    }

    /** What is wrong with a desk URL, or empty when it is a good one. */
    static Optional<String> checkUrl(String text) {
        try {
            DeskUrl.parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Reads every incident of a desk, reported like a file; empty when it cannot be read (reported). */
    static Optional<IncidentFiles.Read> read(String text, ProblemReport report) {
        DeskUrl url = DeskUrl.parse(text);
        try (Desk desk = open(url)) {
            Desk.Loaded loaded = desk.loadAll();
            report.addDesk(url.toString(), loaded.records().size(), loaded.problems());
            List<Incident> incidents = loaded.incidents();
            return Optional.of(new IncidentFiles.Read(desk.name(), new IncidentStore(incidents),
                    SetVersion.of(incidents, LocalDate.now(ZoneOffset.UTC))));
        } catch (DeskException e) {
            report.refuse(url.toString(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Writes incidents to a desk by id: new ids added, changed ones updated on the version the desk
     * holds, equal ones left alone; prints what it did.
     *
     * @return false when nothing could be written (desk out of reach, refused, read-only)
     */
    static boolean write(String text, List<Incident> incidents, PrintWriter out, PrintWriter err) {
        DeskUrl url = DeskUrl.parse(text);
        try (Desk desk = open(url)) {
            if (desk.readOnly()) {
                err.println("araxes: " + url + ": user " + url.user() + " may read this desk but not edit it; nothing written");
                return false;
            }
            Map<String, DeskRecord> held = new HashMap<>();
            desk.loadAll().records().forEach(r -> held.put(r.id(), r));
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            int notWritten = 0;
            for (Incident incident : incidents) {
                DeskRecord there = held.get(incident.id());
                if (there != null && there.incident().equals(incident)) {
                    unchanged++;
                    continue;
                }
                EditResult result = desk.save(incident, there == null ? 0 : there.version());
                if (result instanceof EditResult.Saved) {
                    if (there == null) {
                        added++;
                    } else {
                        changed++;
                    }
                } else if (result instanceof EditResult.Conflict conflict) {
                    notWritten++;
                    err.println("araxes: " + url + ": incident " + incident.id() + " not written: changed meanwhile by "
                            + conflict.theirs().map(DeskRecord::changedBy).orElse("someone (deleted)"));
                } else if (result instanceof EditResult.Refused refused) {
                    notWritten++;
                    err.println("araxes: " + url + ": " + refused.message());
                }
            }
            out.println("Wrote " + (added + changed) + " of " + incidents.size() + " incidents to " + url + " ("
                    + added + " added, " + changed + " changed, " + unchanged + " unchanged"
                    + (notWritten > 0 ? ", " + notWritten + " not written" : "") + "; " + desk.count() + " in the desk)");
            return notWritten == 0;
        } catch (DeskException e) {
            err.println("araxes: " + url + ": " + e.getMessage());
            return false;
        }
    }

    /** Opens a desk with the password of PGPASSWORD or ~/.pgpass; a password file ignored is said on standard error. */
    private static Desk open(DeskUrl url) throws DeskException {
        DeskPasswords.Lookup password = DeskPasswords.find(url);
        if (!password.notice().isEmpty()) {
            System.err.println("araxes: " + password.notice());
        }
        return Desk.open(url, password.password().orElse(null));
    }
}
