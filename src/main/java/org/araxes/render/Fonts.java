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

    /** The bundled files of each script's family, loaded when a text first needs that family. */
    private static final String[] SANS = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"};
    private static final String[] ARMENIAN = {"NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"};
    private static final String[] ARABIC = {"NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"};

    // each family's name once loaded: null until then, "System" when its files are missing
    private static String sans;
    private static String armenian;
    private static String arabic;

    private Fonts() {
    }

    /**
     * Loads one family's files and returns its name. Each family is loaded only when a text first
     * needs it (JavaFX copies every loaded font to a temporary file and opens it with FreeType:
     * ~10 ms a file on a cold start), so a map labelled in English loads the Latin files only.
     */
    private static String load(String[] files) {
        String family = "System";
        for (String name : files) {
            try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + name)) {
                Font font = in == null ? null : Font.loadFont(in, 12);
                if (font != null) {
                    family = font.getFamily();
                }
            } catch (IOException ignored) {
                // a missing font falls back to the system one
            }
        }
        return family;
    }

    private static synchronized String sans() {
        if (sans == null) {
            sans = load(SANS);
        }
        return sans;
    }

    private static synchronized String armenian() {
        if (armenian == null) {
            armenian = load(ARMENIAN);
        }
        return armenian;
    }

    private static synchronized String arabic() {
        if (arabic == null) {
            arabic = load(ARABIC);
        }
        return arabic;
    }

    /**
     * Loads the families labels in a language need (the Latin one always; Armenian for "hy", Arabic
     * for "fa"), ahead of the first text: the start does it on a thread of its own once JavaFX runs.
     */
    public static void prepare(String language) {
        sans();
        if ("hy".equals(language)) {
            armenian();
        } else if ("fa".equals(language)) {
            arabic();
        }
    }

    /** The family of the bundled sans-serif for Latin and Cyrillic, or "System". */
    public static String sansFamily() {
        return sans();
    }

    /** The family that has the glyphs of a text: by the first Armenian or Arabic letter in it. */
    public static String familyFor(String text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.ARMENIAN) {
                return armenian();
            }
            if (script == Character.UnicodeScript.ARABIC) {
                return arabic();
            }
        }
        return sans();
    }
}
