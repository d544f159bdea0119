// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.util.Objects;
import java.util.Optional;
import org.araxes.incidents.Incident;

/**
 * An edit made while offline, waiting in the local queue to be sent on reconnect.
 *
 * @param id          the incident's id
 * @param incident    the incident as the user left it; empty for a delete
 * @param baseVersion the version the edit started from (0 for a new incident)
 */
public record PendingEdit(String id, Optional<Incident> incident, long baseVersion) {

    public PendingEdit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incident, "incident");
        if (baseVersion < 0) {
            throw new IllegalArgumentException("base version " + baseVersion);
        }
    }

    /** An added or changed incident. */
    public static PendingEdit save(Incident incident, long baseVersion) {
        return new PendingEdit(incident.id(), Optional.of(incident), baseVersion);
    }

    /** A deleted incident. */
    public static PendingEdit delete(String id, long baseVersion) {
        return new PendingEdit(id, Optional.empty(), baseVersion);
    }
}
