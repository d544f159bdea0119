// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.util.List;
import java.util.Objects;

/**
 * The first few items of a list and how many more there are: what a menu, a dialog or a panel
 * shows of a list that may be as long as a hostile file makes it (10^6 problems, 200,000 saved
 * views), so that laying it out never freezes the window. The caller shows {@link #first()} and,
 * when {@link #more()} is not 0, a line saying how many more there are.
 *
 * @param first the items shown, in order
 * @param more  how many items follow them, 0 or more
 */
public record FirstFew<T>(List<T> first, int more) {

    public FirstFew {
        first = List.copyOf(first);
        if (more < 0) {
            throw new IllegalArgumentException("more " + more + " < 0");
        }
    }

    /** The first {@code max} items of a list (all of them when it has no more) and the rest's count. */
    public static <T> FirstFew<T> of(List<? extends T> all, int max) {
        Objects.requireNonNull(all, "all");
        int shown = Math.min(Math.max(0, max), all.size());
        return new FirstFew<>(List.copyOf(all.subList(0, shown)), all.size() - shown);
    }

    /**
     * A text cut to its first {@code max} characters, followed by "… (N more characters)" when it
     * was longer (never cutting a surrogate pair), for a message that may be megabytes long.
     */
    public static String text(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "… (" + text.codePointCount(end, text.length()) + " more characters)";
    }
}
