// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.araxes.render.Fonts;
import org.kordamp.ikonli.AbstractIkonHandler;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/**
 * Ikonli's Material Design icons ({@code mdi2…}) with their font loaded from a file. Ikonli loads
 * an icon font from the address its handler gives; for a font inside a jar JavaFX then writes a
 * temporary copy (1 MB) at every start, which a killed JVM leaves behind. This one handler stands
 * for the icon pack's 26 (one per first letter, whose icons it resolves) and gives the font's copy
 * in the cache folder ({@link Fonts#loadableAddress}). It is registered in {@code META-INF/services};
 * the jar leaves the pack's own registrations out (pom.xml, shade filter).
 */
public final class MaterialIcons extends AbstractIkonHandler {

    private static final String FONT = "/META-INF/resources/materialdesignicons2/5.8.55/fonts/materialdesignicons-webfont.ttf";

    private final List<IkonHandler> letters = new ArrayList<>();

    /** Called by the service loader. */
    public MaterialIcons() {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            try {
                letters.add((IkonHandler) Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign" + letter + "IkonHandler")
                        .getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                // a pack without this letter: its icons are not offered
            }
        }
    }

    @Override
    public boolean supports(String description) {
        return handlerFor(description) != null;
    }

    @Override
    public Ikon resolve(String description) {
        IkonHandler handler = handlerFor(description);
        if (handler == null) {
            throw new IllegalArgumentException("not a Material Design icon: " + description);
        }
        return handler.resolve(description);
    }

    private IkonHandler handlerFor(String description) {
        if (description == null) {
            return null;
        }
        for (IkonHandler handler : letters) {
            if (handler.supports(description)) {
                return handler;
            }
        }
        return null;
    }

    /** The font's file: its copy in the cache folder when it lies in a jar. */
    @Override
    public URL getFontResource() {
        URL font = MaterialIcons.class.getResource(FONT);
        if (font == null) {
            return null;
        }
        try {
            return java.net.URI.create(Fonts.loadableAddress(font, "materialdesignicons-webfont.ttf")).toURL();
        } catch (java.net.MalformedURLException | IllegalArgumentException e) {
            return font;
        }
    }

    @Override
    public InputStream getFontResourceAsStream() {
        return MaterialIcons.class.getResourceAsStream(FONT);
    }

    @Override
    public String getFontFamily() {
        return "Material Design Icons";
    }
}
