// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import java.util.List;
import java.util.Objects;

/**
 * One step of a story: where the map goes, what the audience reads, what the presenter reads, and
 * which incidents are ringed.
 *
 * @param view      the view shown
 * @param caption   the caption on screen, never blank
 * @param notes     presenter notes, "" when none
 * @param highlight ids of incidents to highlight
 */
public record StoryStep(SavedView view, String caption, String notes, List<String> highlight) {

    public StoryStep {
        Objects.requireNonNull(view, "view");
        if (caption == null || caption.isBlank()) {
            throw new IllegalArgumentException("a step needs a caption");
        }
        caption = caption.strip();
        notes = notes == null ? "" : notes.strip();
        highlight = highlight == null ? List.of() : List.copyOf(highlight);
    }
}
