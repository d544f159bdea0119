// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which incidents to show, apart from time: allowed categories, statuses and roles, actors (any of
 * them; empty means every actor) and a text to search for in titles, summaries, places, actors and
 * quotes (case ignored; blank means no search).
 *
 * @param categories allowed categories
 * @param statuses   allowed statuses
 * @param roles      allowed roles
 * @param actors     the incident must involve one of these; empty allows all
 * @param text       search text, never null
 */
public record IncidentFilter(Set<Category> categories, Set<Status> statuses, Set<Role> roles, Set<String> actors,
                             String text) {

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
                && roles.size() == Role.values().length && actors.isEmpty() && text.isEmpty();
    }

    /** The same filter with other categories. */
    public IncidentFilter withCategories(Set<Category> value) {
        return new IncidentFilter(value, statuses, roles, actors, text);
    }

    /** The same filter with other statuses. */
    public IncidentFilter withStatuses(Set<Status> value) {
        return new IncidentFilter(categories, value, roles, actors, text);
    }

    /** The same filter with other roles. */
    public IncidentFilter withRoles(Set<Role> value) {
        return new IncidentFilter(categories, statuses, value, actors, text);
    }

    /** The same filter with other actors. */
    public IncidentFilter withActors(Set<String> value) {
        return new IncidentFilter(categories, statuses, roles, value, text);
    }

    /** The same filter with another search text. */
    public IncidentFilter withText(String value) {
        return new IncidentFilter(categories, statuses, roles, actors, value);
    }

    /** Whether one incident passes (the store answers the same question in bulk). */
    public boolean test(Incident incident) {
        return categories.contains(incident.category()) && statuses.contains(incident.status())
                && roles.contains(incident.role())
                && (actors.isEmpty() || incident.actors().stream().anyMatch(actors::contains))
                && (text.isEmpty() || incident.searchText().contains(text));
    }
}
