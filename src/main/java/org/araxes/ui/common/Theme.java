// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.application.Application;
import javafx.css.Stylesheet;
import javafx.scene.Scene;

/**
 * The interface themes: AtlantaFX's Primer Light and Primer Dark as the user-agent stylesheet, plus
 * Araxes' own {@code araxes-dark.css} over the panels in the dark theme. The map canvas keeps its
 * cartographic colours in both; only the panels, menus and controls follow the theme.
 *
 * <p>The build keeps each AtlantaFX stylesheet also in JavaFX's binary form ({@link #main}, as
 * JavaFX ships its own Modena): the same rules, read at start in about a quarter of the time it
 * takes to parse the text (decision 0031). Without the binary form (a build that skipped that
 * step) the theme uses AtlantaFX's text stylesheet.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), null),
    DARK(new PrimerDark().getUserAgentStylesheet(), "/org/araxes/ui/araxes-dark.css");

    /** The class-path folder of the binary stylesheets the build makes. */
    private static final String BINARY_FOLDER = "org/araxes/ui/theme/";

    private final String atlantaStylesheet;
    private final String userAgentStylesheet;
    private final String extraStylesheet;

    Theme(String atlantaStylesheet, String extraStylesheet) {
        this.atlantaStylesheet = atlantaStylesheet;
        String binary = binaryName(atlantaStylesheet);
        this.userAgentStylesheet = Theme.class.getClassLoader().getResource(binary) != null ? "/" + binary
                : atlantaStylesheet;
        this.extraStylesheet = extraStylesheet;
    }

    /** Where the build keeps the binary form of an AtlantaFX stylesheet, as a class-path resource name. */
    private static String binaryName(String atlantaStylesheet) {
        String file = atlantaStylesheet.substring(atlantaStylesheet.lastIndexOf('/') + 1);
        return BINARY_FOLDER + file.substring(0, file.length() - ".css".length()) + ".bss";
    }

    /** The stylesheet this theme sets as the user agent's: the binary form of AtlantaFX's, or AtlantaFX's own. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** AtlantaFX's text stylesheet for this theme, as a class-path resource name with a leading slash. */
    public String atlantaStylesheet() {
        return atlantaStylesheet;
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

    /**
     * Writes the binary form of every theme's AtlantaFX stylesheet under a class-path folder (the
     * build runs this into {@code target/classes}): {@code Theme <classes folder>}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Theme <classes folder>");
        }
        for (Theme theme : values()) {
            Path target = Path.of(args[0]).resolve(binaryName(theme.atlantaStylesheet));
            Files.createDirectories(target.getParent());
            Path text = Files.createTempFile("araxes-theme", ".css");
            try (InputStream in = Theme.class.getResourceAsStream(theme.atlantaStylesheet)) {
                if (in == null) {
                    throw new IOException("AtlantaFX's stylesheet " + theme.atlantaStylesheet + " is not on the class path");
                }
                Files.copy(in, text, StandardCopyOption.REPLACE_EXISTING);
                Stylesheet.convertToBinary(text.toFile(), target.toFile());
            } finally {
                Files.deleteIfExists(text);
            }
        }
    }
}
