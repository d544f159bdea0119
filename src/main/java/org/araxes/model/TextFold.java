// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching that ignores case, accents and spelling variants of letters: "Ağbənd",
 * "AGBEND" and "agbend" fold alike; Persian text is folded across the Arabic and Persian forms of
 * yeh and kaf, without the zero-width non-joiner or tatweel; Armenian and Cyrillic keep their
 * letters, lower-cased. Stateless.
 */
public final class TextFold {

    private TextFold() {
    }

    /** The folded form of a text; empty for null. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || c == '\u200c' || c == '\u200d' || c == '\u0640') {
                continue; // accents, Arabic vowel signs, ZWNJ/ZWJ, tatweel
            }
            switch (c) {
                case '\u064a', '\u0649' -> out.append('\u06cc'); // Arabic yeh, alef maksura -> Persian yeh
                case '\u0643' -> out.append('\u06a9');           // Arabic kaf -> Persian keheh
                case '\u0259', '\u018f' -> out.append('a');      // schwa (Azerbaijani ə) reads as a
                case '\u0131' -> out.append('i');                // dotless i
                case '\u2019', '\u2018', '`' -> out.append('\''); // curly apostrophes
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a folded needle occurs in a folded text as a whole word or words: not glued to a
     * letter or digit on either side ("aras" is in "the aras river", not in "tarasov").
     */
    public static boolean containsWord(String foldedText, String foldedNeedle) {
        if (foldedNeedle.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = foldedText.indexOf(foldedNeedle, from);
            if (at < 0) {
                return false;
            }
            int end = at + foldedNeedle.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(foldedText.charAt(at - 1));
            boolean endOk = end == foldedText.length() || !Character.isLetterOrDigit(foldedText.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }
}
