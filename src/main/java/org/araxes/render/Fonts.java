// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The label fonts bundled under {@code /assets/fonts/} (Noto, SIL OFL 1.1), loaded once so labels
 * render the same on every machine, and the family to use for a text by its script: Noto Sans for
 * Latin and Cyrillic, Noto Sans Armenian, Noto Sans Arabic (Persian). Falls back to the system
 * font when the bundled ones are missing. Call from the JavaFX thread.
 */
public final class Fonts {

    private static final String[] BUNDLED = {
        "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
        "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf",
        "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"
    };
    private static boolean loaded;
    private static String sans = "System";
    private static String armenian = "System";
    private static String arabic = "System";

    private Fonts() {
    }

    private static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String name : BUNDLED) {
            try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + name)) {
                Font font = in == null ? null : Font.loadFont(in, 12);
                if (font == null) {
                    continue;
                }
                String family = font.getFamily();
                if (name.startsWith("NotoSansArmenian")) {
                    armenian = family;
                } else if (name.startsWith("NotoSansArabic")) {
                    arabic = family;
                } else {
                    sans = family;
                }
            } catch (IOException ignored) {
                // a missing font falls back to the system one
            }
        }
    }

    /** The family of the bundled sans-serif for Latin and Cyrillic, or "System". */
    public static String sansFamily() {
        load();
        return sans;
    }

    /** The family that has the glyphs of a text: by the first Armenian or Arabic letter in it. */
    public static String familyFor(String text) {
        load();
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.ARMENIAN) {
                return armenian;
            }
            if (script == Character.UnicodeScript.ARABIC) {
                return arabic;
            }
        }
        return sans;
    }
}
