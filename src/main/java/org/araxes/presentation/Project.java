// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a project keeps so that a colleague opens the same map (decision 0019): the incident sets
 * and the layers opened, by file; the map state; the user's saved views; the story. Read and
 * written by {@link ProjectFile}.
 *
 * @param sets   the incident sets, in the order listed
 * @param layers the layers opened from files (the bundled ones are always there), bottom first
 * @param map    what the map shows; its size is the window's and is not kept
 * @param views  the saved views that go with the project (the user's own when saved)
 * @param story  the story, or null
 */
public record Project(List<SetEntry> sets, List<LayerEntry> layers, MapState map, List<SavedView> views, Story story) {

    public Project {
        sets = List.copyOf(sets);
        layers = List.copyOf(layers);
        Objects.requireNonNull(map, "map");
        views = List.copyOf(views);
    }

    /**
     * One incident set.
     *
     * @param id      the set's id (views and the map state do not name sets; kept for messages)
     * @param name    the name listed
     * @param file    its file, absolute, or null for the bundled set
     * @param visible whether it is shown
     */
    public record SetEntry(String id, String name, Path file, boolean visible) {
        public SetEntry {
            Objects.requireNonNull(id, "id");
            name = name == null || name.isBlank() ? id : name;
        }

        /** Whether it is the bundled set (no file of its own). */
        public boolean bundled() {
            return file == null;
        }
    }

    /**
     * One layer opened from a file.
     *
     * @param id   the layer's id when saved (the map state names it)
     * @param file its file, absolute
     */
    public record LayerEntry(String id, Path file) {
        public LayerEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(file, "file");
        }
    }
}
