// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Shared helpers for the enums that have a lower-case name in files ({@code "military_exercise"}). */
final class Codes {

    private Codes() {
    }

    /** The file name of an enum constant: lower case, as written. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Each enum's constants by their file names (the common, exact spelling). */
    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.put(code((Enum<?>) constant), (Enum<?>) constant);
            }
            return Map.copyOf(byCode);
        }
    };

    /** The constant with a file name, or null when there is none (case and surrounding spaces ignored). */
    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        Enum<?> exact = BY_CODE.get(type).get(code);
        if (exact != null) {
            return type.cast(exact);
        }
        if (code.isBlank()) {
            return null;
        }
        String name = code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    /** The allowed file names of an enum, for messages: "day, month, year". */
    static String allowed(Class<? extends Enum<?>> type) {
        StringBuilder text = new StringBuilder();
        for (Enum<?> constant : type.getEnumConstants()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(code(constant));
        }
        return text.toString();
    }
}
