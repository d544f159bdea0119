// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which incidents to show, apart from time: allowed categories, statuses and roles, actors (any of
 * them; empty means every actor) and a text to search for in titles, summaries, places, actors and
 * quotes (case ignored; blank means no search), and optionally a distance from the Aras or a corridor.
 *
 * @param categories allowed categories
 * @param statuses   allowed statuses
 * @param roles      allowed roles
 * @param actors     the incident must involve one of these; empty allows all
 * @param text       search text, never null
 * @param near       only incidents within a distance of a line, or null for no such limit
 */
public record IncidentFilter(Set<Category> categories, Set<Status> statuses, Set<Role> roles, Set<String> actors,
                             String text, Near near) {

    /**
     * "Within N km of" a line (the Aras, a corridor): the ids of the incidents that are, worked
     * out beforehand by {@link IncidentProximity}, so the filter stays a plain value.
     *
     * @param targetId the line's id ({@link IncidentProximity#ARAS} or a corridor's id)
     * @param label    the line's name, for display
     * @param km       the distance in kilometres, positive
     * @param ids      the ids of the incidents within that distance
     */
    public record Near(String targetId, String label, double km, Set<String> ids) {
        public Near {
            java.util.Objects.requireNonNull(targetId, "targetId");
            java.util.Objects.requireNonNull(label, "label");
            if (!(km > 0) || Double.isInfinite(km)) {
                throw new IllegalArgumentException("the distance must be a positive number of km: " + km);
            }
            ids = Set.copyOf(ids);
        }
    }

    /** A filter with no distance limit. */
    public IncidentFilter(Set<Category> categories, Set<Status> statuses, Set<Role> roles, Set<String> actors,
                          String text) {
        this(categories, statuses, roles, actors, text, null);
    }

    public IncidentFilter {
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        actors = actors == null ? Set.of() : Set.copyOf(actors);
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** Everything passes. */
    public static IncidentFilter all() {
        return new IncidentFilter(EnumSet.allOf(Category.class), EnumSet.allOf(Status.class), EnumSet.allOf(Role.class),
                Set.of(), "");
    }

    /** True when nothing is filtered out. */
    public boolean passesAll() {
        return categories.size() == Category.values().length && statuses.size() == Status.values().length
                && roles.size() == Role.values().length && actors.isEmpty() && text.isEmpty() && near == null;
    }

    /** The same filter with other categories. */
    public IncidentFilter withCategories(Set<Category> value) {
        return new IncidentFilter(value, statuses, roles, actors, text, near);
    }

    /** The same filter with other statuses. */
    public IncidentFilter withStatuses(Set<Status> value) {
        return new IncidentFilter(categories, value, roles, actors, text, near);
    }

    /** The same filter with other roles. */
    public IncidentFilter withRoles(Set<Role> value) {
        return new IncidentFilter(categories, statuses, value, actors, text, near);
    }

    /** The same filter with other actors. */
    public IncidentFilter withActors(Set<String> value) {
        return new IncidentFilter(categories, statuses, roles, value, text, near);
    }

    /** The same filter with another search text. */
    public IncidentFilter withText(String value) {
        return new IncidentFilter(categories, statuses, roles, actors, value, near);
    }

    /** The same filter with another distance limit (null: none). */
    public IncidentFilter withNear(Near value) {
        return new IncidentFilter(categories, statuses, roles, actors, text, value);
    }

    /** Whether one incident passes (the store answers the same question in bulk). */
    public boolean test(Incident incident) {
        return categories.contains(incident.category()) && statuses.contains(incident.status())
                && roles.contains(incident.role())
                && (actors.isEmpty() || incident.actors().stream().anyMatch(actors::contains))
                && (text.isEmpty() || incident.searchText().contains(text))
                && (near == null || near.ids().contains(incident.id()));
    }
}
