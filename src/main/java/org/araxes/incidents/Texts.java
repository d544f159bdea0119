// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

/**
 * Numbered strings as {@link IncidentStore} keeps them: the names ({@link TextTable}) and the
 * prose ({@link PackedText}). What {@link TextIndex} reads. Immutable and thread-safe.
 */
interface Texts {

    /** Number of strings (numbered 0 to size − 1). */
    int size();

    /** The string with a number. */
    String get(int ref);

    /**
     * Whether the string with a number, lower-cased ({@link java.util.Locale#ROOT}), contains a
     * text.
     *
     * @param needle      the text, lower-cased
     * @param asciiNeedle its bytes when it is ASCII, else null
     */
    boolean containsLowerCased(int ref, String needle, byte[] asciiNeedle);
}
