// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import java.util.List;
import java.util.Objects;
import org.araxes.incidents.IncidentFilter;

/**
 * A named view of the atlas: the map extent and, optionally, the time, the visible layers, the
 * incident filters and the selected incident. What a view leaves out stays as it is when the view
 * is shown.
 *
 * @param name     the name shown in the Views menu, never blank
 * @param extent   what part of the map
 * @param time     the day or window shown, or null to leave the timeline alone
 * @param layers       ids of layers the view shows, or null; layers it does not name stay as they are
 * @param hiddenLayers ids of layers the view hides, or null; layers it does not name stay as they are
 * @param filter   the incident filter, or null to leave the filters alone
 * @param selected id of the selected incident, or null
 * @param note     a free note (how the extent was chosen, say); "" when none
 * @param subject  ids of the features the view is about (a corridor, a town): their names are placed
 *                 before all others; empty when none
 */
public record SavedView(String name, MapExtent extent, ViewTime time, List<String> layers, List<String> hiddenLayers,
                        IncidentFilter filter, String selected, String note, List<String> subject) {

    public SavedView {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a view needs a name");
        }
        name = name.strip();
        Objects.requireNonNull(extent, "extent");
        layers = layers == null ? null : List.copyOf(layers);
        hiddenLayers = hiddenLayers == null ? null : List.copyOf(hiddenLayers);
        selected = selected == null || selected.isBlank() ? null : selected.strip();
        note = note == null ? "" : note;
        subject = subject == null ? List.of() : List.copyOf(subject);
    }

    /** A view without a subject. */
    public SavedView(String name, MapExtent extent, ViewTime time, List<String> layers, List<String> hiddenLayers,
                     IncidentFilter filter, String selected, String note) {
        this(name, extent, time, layers, hiddenLayers, filter, selected, note, List.of());
    }

    /** A view that names only the layers it shows (files written before views named hidden layers). */
    public SavedView(String name, MapExtent extent, ViewTime time, List<String> layers, IncidentFilter filter,
                     String selected, String note) {
        this(name, extent, time, layers, null, filter, selected, note, List.of());
    }

    /** A view of an extent only. */
    public static SavedView of(String name, MapExtent extent) {
        return new SavedView(name, extent, null, null, null, null, null, "");
    }

    /**
     * The same view naming none of some layers, neither as shown nor as hidden: shown, it leaves
     * them as they are (the last session's view and the layers the user opens now).
     */
    public SavedView withoutLayers(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        return new SavedView(name, extent, time,
                layers == null ? null : layers.stream().filter(id -> !ids.contains(id)).toList(),
                hiddenLayers == null ? null : hiddenLayers.stream().filter(id -> !ids.contains(id)).toList(),
                filter, selected, note, subject);
    }

    /** The same view under another name. */
    public SavedView withName(String value) {
        return new SavedView(value, extent, time, layers, hiddenLayers, filter, selected, note, subject);
    }
}
