// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the fonts bundled under {@code /assets/fonts/} once, so labels render the same on every
 * machine; falls back to the system sans-serif when they are missing.
 */
public final class Fonts {

    private static final String[] BUNDLED = {
        "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
        "NotoSansArmenian-Regular.ttf", "NotoSansArabic-Regular.ttf"
    };
    private static volatile String family;

    private Fonts() {
    }

    /** The family name of the bundled sans-serif, or "System" when none could be loaded. */
    public static synchronized String sansFamily() {
        if (family == null) {
            String loaded = null;
            for (String name : BUNDLED) {
                try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + name)) {
                    if (in != null) {
                        Font font = Font.loadFont(in, 12);
                        if (font != null && loaded == null) {
                            loaded = font.getFamily();
                        }
                    }
                } catch (IOException ignored) {
                    // a missing font falls back to the system one
                }
            }
            family = loaded != null ? loaded : "System";
        }
        return family;
    }
}
