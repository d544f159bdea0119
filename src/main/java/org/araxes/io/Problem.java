// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.util.Objects;

/**
 * Something wrong in an input file, said in plain words for the person who opened it.
 *
 * @param file     the file's name as the user knows it (path or name), never blank
 * @param place    where in the file: "line 3, column 14", "feature 7 (id \"x\")", or "" for the whole file
 * @param message  what is wrong, in plain words, never blank
 * @param severity whether the item was skipped ({@link Severity#ERROR}) or loaded with a caveat
 */
public record Problem(String file, String place, String message, Severity severity) {

    /** How bad a problem is. */
    public enum Severity {
        /** The item (or file) could not be used and was left out. */
        ERROR,
        /** The item was used, but something about it is doubtful or was repaired. */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(file, "file");
        place = place == null ? "" : place;
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
        Objects.requireNonNull(severity, "severity");
    }

    /** An error that left an item or the file out. */
    public static Problem error(String file, String place, String message) {
        return new Problem(file, place, message, Severity.ERROR);
    }

    /** A warning about an item that was still loaded. */
    public static Problem warning(String file, String place, String message) {
        return new Problem(file, place, message, Severity.WARNING);
    }

    /** {@code FILE:PLACE: message}, the form the command line prints. */
    @Override
    public String toString() {
        return file + (place.isEmpty() ? "" : ":" + place) + ": " + message;
    }
}
