// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Ikonli's Material Design icons ({@code mdi2…}), the ones the window uses, with their font (1 MB)
 * loaded from its copy in the cache folder: one handler for the icon pack's 26, one per first
 * letter ({@link CachedFontIcons}).
 */
public final class MaterialIcons extends CachedFontIcons {

    /** Called by the service loader. */
    public MaterialIcons() {
        super(letters());
    }

    /**
     * Registers the icon handlers and loads their font now, on the calling thread (the start calls
     * it on a thread of its own while the first map is painted): about half of the 92–95 ms of
     * processor time the first icon costs the JavaFX thread of a cold JVM otherwise (decision 0031).
     * Safe to call on any thread once JavaFX runs.
     */
    public static void prepare() {
        org.kordamp.ikonli.javafx.IkonResolver.getInstance().resolve("mdi2h-home-outline");
    }

    private static List<String> letters() {
        List<String> names = new ArrayList<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            names.add("org.kordamp.ikonli.materialdesign2.MaterialDesign" + letter + "IkonHandler");
        }
        return names;
    }
}
