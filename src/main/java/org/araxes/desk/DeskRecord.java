// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.time.Instant;
import java.util.Objects;
import org.araxes.incidents.Incident;

/**
 * An incident as the desk holds it: the incident and the version it was read at, with who last
 * changed it and when (the server's clock).
 *
 * @param incident  the incident
 * @param version   its {@code row_version}: 1 when written, one more at each change; an edit names
 *                  the version it started from
 * @param changedBy the database user who last changed it
 * @param changedAt when, by the server's clock
 */
public record DeskRecord(Incident incident, long version, String changedBy, Instant changedAt) {

    public DeskRecord {
        Objects.requireNonNull(incident, "incident");
        if (version < 1) {
            throw new IllegalArgumentException("a desk record's version starts at 1, not " + version);
        }
        changedBy = changedBy == null ? "" : changedBy;
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public String id() {
        return incident.id();
    }
}
