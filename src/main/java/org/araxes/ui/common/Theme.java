// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The interface themes: AtlantaFX's Primer Light and Primer Dark as the user-agent stylesheet, plus
 * Araxes' own {@code araxes-dark.css} over the panels in the dark theme. The map canvas keeps its
 * cartographic colours in both; only the panels, menus and controls follow the theme.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), null),
    DARK(new PrimerDark().getUserAgentStylesheet(), "/org/araxes/ui/araxes-dark.css");

    private final String userAgentStylesheet;
    private final String extraStylesheet;

    Theme(String userAgentStylesheet, String extraStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.extraStylesheet = extraStylesheet;
    }

    /** AtlantaFX's stylesheet for this theme. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** Applies the theme to the application and to a scene (null: the application only). */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(userAgentStylesheet);
        if (scene == null) {
            return;
        }
        for (Theme other : values()) {
            if (other.extraStylesheet != null) {
                scene.getStylesheets().remove(Theme.class.getResource(other.extraStylesheet).toExternalForm());
            }
        }
        if (extraStylesheet != null) {
            scene.getStylesheets().add(Theme.class.getResource(extraStylesheet).toExternalForm());
        }
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), this == DARK);
    }

    /** The theme now in use, read back from the application's user-agent stylesheet. */
    public static Theme current() {
        return DARK.userAgentStylesheet.equals(Application.getUserAgentStylesheet()) ? DARK : LIGHT;
    }
}
