// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

/** What a JSON file's content does not fit: where in the file and what is wrong. */
public final class FormatException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String place;

    /**
     * @param place   where in the file ("views[2].bbox", "steps[0].caption"), "" for the whole file
     * @param message what is wrong, in plain words
     */
    public FormatException(String place, String message) {
        super(message);
        this.place = place == null ? "" : place;
    }

    /** Where in the file. */
    public String place() {
        return place;
    }
}
