// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.edit;

import java.util.List;
import java.util.Objects;
import org.araxes.incidents.Incident;

/**
 * One edit of a set's incidents, as it was applied: enough to do it again and, through its
 * {@link #inverse()}, to undo it. Edits are made by {@link SetEditor}, which checks them first;
 * applying one to a list that does not hold what it expects is a programming error.
 */
public sealed interface IncidentEdit {

    /** Does the edit on a list. */
    void apply(List<Incident> incidents);

    /** The edit that undoes this one (what an undo applies, and what the journal records for it). */
    IncidentEdit inverse();

    /** The incident the edit is about: the added or changed one, or the deleted one. */
    Incident subject();

    /**
     * An incident added at a position.
     *
     * @param incident the new incident
     * @param index    where it goes, 0 to the list's size
     */
    record Added(Incident incident, int index) implements IncidentEdit {
        public Added {
            Objects.requireNonNull(incident, "incident");
        }

        @Override
        public void apply(List<Incident> incidents) {
            incidents.add(index, incident);
        }

        @Override
        public IncidentEdit inverse() {
            return new Deleted(incident, index);
        }

        @Override
        public Incident subject() {
            return incident;
        }
    }

    /**
     * An incident replaced by an edited one at the same position.
     *
     * @param before the incident as it was
     * @param after  the incident as edited (the same id)
     * @param index  its position
     */
    record Changed(Incident before, Incident after, int index) implements IncidentEdit {
        public Changed {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public void apply(List<Incident> incidents) {
            incidents.set(index, after);
        }

        @Override
        public IncidentEdit inverse() {
            return new Changed(after, before, index);
        }

        @Override
        public Incident subject() {
            return after;
        }
    }

    /**
     * An incident deleted from a position.
     *
     * @param incident the deleted incident
     * @param index    where it was
     */
    record Deleted(Incident incident, int index) implements IncidentEdit {
        public Deleted {
            Objects.requireNonNull(incident, "incident");
        }

        @Override
        public void apply(List<Incident> incidents) {
            incidents.remove(index);
        }

        @Override
        public IncidentEdit inverse() {
            return new Added(incident, index);
        }

        @Override
        public Incident subject() {
            return incident;
        }
    }
}
