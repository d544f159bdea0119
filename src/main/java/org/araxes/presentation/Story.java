// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import java.util.List;

/**
 * A story: an ordered list of steps presented one after another.
 *
 * @param title       the story's title
 * @param description what it is about and where it comes from, "" when none
 * @param steps       the steps, at least one
 */
public record Story(String title, String description, List<StoryStep> steps) {

    public Story {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a story needs a title");
        }
        title = title.strip();
        description = description == null ? "" : description.strip();
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one step");
        }
    }

    /** Number of steps. */
    public int size() {
        return steps.size();
    }

    /** The step at an index (0-based). */
    public StoryStep step(int index) {
        return steps.get(index);
    }
}
