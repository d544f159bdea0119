// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The label fonts bundled under {@code /assets/fonts/} (Noto, SIL OFL 1.1), loaded once so labels
 * render the same on every machine, and the family to use for a text by its script: Noto Sans for
 * Latin and Cyrillic, Noto Sans Armenian, Noto Sans Arabic (Persian). Falls back to the system
 * font when the bundled ones are missing. Each family is loaded when first needed.
 */
public final class Fonts {

    /** The bundled families, each loaded when a text first needs it. */
    private enum Family {
        SANS("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"),
        ARMENIAN("NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
        ARABIC("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf");

        private final String[] files;
        /** The family's name once loaded: null until then, "System" when its files are missing. */
        private String loaded;

        Family(String... files) {
            this.files = files;
        }

        /**
         * The family's name, its files loaded on the first call. Each family is loaded only when a
         * text first needs it (JavaFX copies every loaded font to a temporary file and opens it
         * with FreeType: ~10 ms a file on a cold start), so a map labelled in English loads the
         * Latin files only.
         */
        synchronized String family() {
            if (loaded == null) {
                loaded = "System";
                for (String file : files) {
                    try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + file)) {
                        Font font = in == null ? null : Font.loadFont(in, 12);
                        if (font != null) {
                            loaded = font.getFamily();
                        }
                    } catch (IOException ignored) {
                        // a missing font falls back to the system one
                    }
                }
            }
            return loaded;
        }
    }

    private Fonts() {
    }

    /**
     * Loads the families labels in a language need (the Latin one always; Armenian for "hy", Arabic
     * for "fa"), ahead of the first text: the start does it on a thread of its own once JavaFX runs.
     */
    public static void prepare(String language) {
        Family.SANS.family();
        if ("hy".equals(language)) {
            Family.ARMENIAN.family();
        } else if ("fa".equals(language)) {
            Family.ARABIC.family();
        }
    }

    /** The family of the bundled sans-serif for Latin and Cyrillic, or "System". */
    public static String sansFamily() {
        return Family.SANS.family();
    }

    /** The family that has the glyphs of a text: by the first Armenian or Arabic letter in it. */
    public static String familyFor(String text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.ARMENIAN) {
                return Family.ARMENIAN.family();
            }
            if (script == Character.UnicodeScript.ARABIC) {
                return Family.ARABIC.family();
            }
        }
        return Family.SANS.family();
    }
}
