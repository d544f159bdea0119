// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.util.Objects;
import java.util.Optional;
import org.araxes.incidents.Incident;

/** What became of an edit sent to the desk. Nothing is ever silently overwritten: see {@link Conflict}. */
public sealed interface EditResult {

    /** The edit is in the database; {@code now} is the incident as stored (its new version), empty after a delete. */
    record Saved(Optional<DeskRecord> now) implements EditResult {
        public Saved {
            Objects.requireNonNull(now, "now");
        }
    }

    /**
     * The edit started from a version that is no longer the current one (someone else changed or
     * deleted the incident meanwhile, or added one with the same id): refused, both versions kept
     * for the user to choose from.
     *
     * @param mine        the user's incident (empty when the user's edit was a delete)
     * @param baseVersion the version the user's edit started from (0 for a new incident)
     * @param theirs      the incident as the database holds it now, empty when it was deleted
     */
    record Conflict(Optional<Incident> mine, long baseVersion, Optional<DeskRecord> theirs) implements EditResult {
        public Conflict {
            Objects.requireNonNull(mine, "mine");
            Objects.requireNonNull(theirs, "theirs");
        }

        /** The id the two versions share. */
        public String id() {
            return mine.map(Incident::id).orElseGet(() -> theirs.map(DeskRecord::id).orElse(""));
        }
    }

    /** The database refused the edit (read-only user, a rule broken); {@code message} says why in plain words. */
    record Refused(String message) implements EditResult {
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The server was out of reach: the edit is kept in the local queue and sent on reconnect. */
    record Queued(PendingEdit edit) implements EditResult {
        public Queued {
            Objects.requireNonNull(edit, "edit");
        }
    }
}
