// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface text, from the resource bundle {@code org/araxes/ui/messages.properties} (English,
 * complete; UTF-8) and its translations {@code messages_xx.properties}. A missing key shows as
 * {@code !key!} rather than failing, so a half-done translation still runs.
 */
public final class Messages {

    private static final String BUNDLE = "org.araxes.ui.messages";
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    /** Uses the translation for a locale (English where a key is missing). */
    public static void use(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The text for a key. */
    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text for a key with {0}, {1}… filled in (java.text.MessageFormat, root locale numbers). */
    public static String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(get(key), Locale.ROOT);
        return format.format(arguments);
    }

    /**
     * The name of a value shown to people (a category, status, role, play speed, window mode or
     * export frame part), from the key {@code enum.<Type>.<VALUE>}: the engine's enums stay free of
     * interface text lookups, and a translation names them too.
     */
    public static String label(Enum<?> value) {
        return Messages.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** Whether the bundle has a key. */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }
}
