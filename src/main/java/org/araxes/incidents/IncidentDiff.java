// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of an incident set, incident by incident, matched by id (ids
 * are stable: docs/incidents-format.md 2.2): the incidents added, those removed, and those whose
 * fields changed, with the fields named as the format names them ({@code title},
 * {@code date.start}, {@code location.precision}, {@code geometry}, {@code sources}…).
 *
 * <p>Where a list holds an id twice, its first incident counts (as when reading a file). Added and
 * changed incidents come in the newer list's order, removed ones in the older's.
 *
 * @param added   incidents only the newer version has
 * @param removed incidents only the older version has
 * @param changed incidents both have, with different fields
 */
public record IncidentDiff(List<Incident> added, List<Incident> removed, List<Change> changed) {

    /** The fields compared, in the order named. */
    public static final List<String> FIELDS = List.of("title", "summary", "category", "actors", "status", "role",
            "date.start", "date.end", "date.precision", "date.basis", "date.note",
            "location.name", "location.precision", "location.note", "geometry", "sources");

    public IncidentDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /**
     * One incident in both versions, changed.
     *
     * @param before the older version's incident
     * @param after  the newer version's
     * @param fields the fields that differ, in the order of {@link #FIELDS}, at least one
     */
    public record Change(Incident before, Incident after, List<String> fields) {
        public Change {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            fields = List.copyOf(fields);
        }
    }

    /** The differences from {@code older} to {@code newer}. */
    public static IncidentDiff between(List<Incident> older, List<Incident> newer) {
        Map<String, Incident> before = byId(older);
        Map<String, Incident> after = byId(newer);
        List<Incident> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Incident now : after.values()) {
            Incident then = before.get(now.id());
            if (then == null) {
                added.add(now);
            } else {
                List<String> fields = changedFields(then, now);
                if (!fields.isEmpty()) {
                    changed.add(new Change(then, now, fields));
                }
            }
        }
        List<Incident> removed = before.values().stream().filter(i -> !after.containsKey(i.id())).toList();
        return new IncidentDiff(added, removed, changed);
    }

    /** True when the two versions hold the same incidents. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** "2 added, 1 removed, 3 changed". */
    public String summary() {
        return added.size() + " added, " + removed.size() + " removed, " + changed.size() + " changed";
    }

    /**
     * The differences as lines of text: {@code + id  title} for each added incident, {@code - id  title}
     * for each removed one, {@code ~ id  title: field, field} for each changed one.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        added.forEach(i -> lines.add("+ " + i.id() + "  " + i.title()));
        removed.forEach(i -> lines.add("- " + i.id() + "  " + i.title()));
        changed.forEach(c -> lines.add("~ " + c.after().id() + "  " + c.after().title() + ": " + String.join(", ", c.fields())));
        return lines;
    }

    /** The fields that differ between two incidents, named as in {@link #FIELDS}. */
    public static List<String> changedFields(Incident a, Incident b) {
        List<String> fields = new ArrayList<>();
        for (String field : FIELDS) {
            if (!Objects.equals(value(a, field), value(b, field))) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static Object value(Incident i, String field) {
        return switch (field) {
            case "title" -> i.title();
            case "summary" -> i.summary();
            case "category" -> i.category();
            case "actors" -> i.actors();
            case "status" -> i.status();
            case "role" -> i.role();
            case "date.start" -> i.date().start();
            case "date.end" -> i.date().end();
            case "date.precision" -> i.date().precision();
            case "date.basis" -> i.date().basis();
            case "date.note" -> i.date().note();
            case "location.name" -> i.location().name();
            case "location.precision" -> i.location().precision();
            case "location.note" -> i.location().note();
            case "geometry" -> i.point();
            case "sources" -> i.sources();
            default -> throw new IllegalArgumentException("no field " + field);
        };
    }

    private static Map<String, Incident> byId(List<Incident> incidents) {
        Map<String, Incident> map = new LinkedHashMap<>();
        for (Incident incident : incidents) {
            map.putIfAbsent(incident.id(), incident);
        }
        return map;
    }
}
