// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.araxes.render.Fonts;
import org.kordamp.ikonli.AbstractIkonHandler;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/**
 * An ikonli icon handler that stands for the handlers of one icon font and gives that font as a
 * file. Ikonli loads each handler's font from the address the handler gives; for a font inside a
 * jar JavaFX then writes a temporary copy at every start, which a killed JVM leaves behind. This
 * one resolves icons through the font's own handlers and gives the font's copy in the cache folder
 * ({@link Fonts#loadableAddress}). The subclasses are registered in {@code META-INF/services}; the
 * jar leaves the icon libraries' own registrations out (pom.xml, shade filters).
 */
abstract class CachedFontIcons extends AbstractIkonHandler {

    private final List<IkonHandler> handlers = new ArrayList<>();

    /** @param handlerClasses the font's own handlers, by class name (missing ones are skipped) */
    CachedFontIcons(List<String> handlerClasses) {
        for (String name : handlerClasses) {
            try {
                handlers.add((IkonHandler) Class.forName(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                // not in this version of the library: its icons are not offered
            }
        }
    }

    @Override
    public final boolean supports(String description) {
        return handlerFor(description) != null;
    }

    @Override
    public final Ikon resolve(String description) {
        IkonHandler handler = handlerFor(description);
        if (handler == null) {
            throw new IllegalArgumentException("not an icon of " + getFontFamily() + ": " + description);
        }
        return handler.resolve(description);
    }

    private IkonHandler handlerFor(String description) {
        if (description == null) {
            return null;
        }
        for (IkonHandler handler : handlers) {
            if (handler.supports(description)) {
                return handler;
            }
        }
        return null;
    }

    /** The font's file (the same for all its handlers): its copy in the cache folder when it lies in a jar. */
    @Override
    public final URL getFontResource() {
        URL font = handlers.isEmpty() ? null : handlers.get(0).getFontResource();
        if (font == null) {
            return null;
        }
        String path = font.getPath();
        try {
            return java.net.URI.create(Fonts.loadableAddress(font, path.substring(path.lastIndexOf('/') + 1))).toURL();
        } catch (java.net.MalformedURLException | IllegalArgumentException e) {
            return font;
        }
    }

    @Override
    public final InputStream getFontResourceAsStream() {
        return handlers.isEmpty() ? null : handlers.get(0).getFontResourceAsStream();
    }

    @Override
    public final String getFontFamily() {
        return handlers.isEmpty() ? "" : handlers.get(0).getFontFamily();
    }
}
