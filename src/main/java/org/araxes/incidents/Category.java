// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

/** What kind of event an incident is; the file names are the lower-case constant names. */
public enum Category {
    MILITARY_EXERCISE("Military exercise"),
    DIPLOMATIC("Diplomatic"),
    BORDER_INCIDENT("Border incident"),
    ATTACK("Attack"),
    ARREST_OR_EXPULSION("Arrest or expulsion"),
    AGREEMENT("Agreement"),
    STATEMENT("Statement"),
    WAR("War"),
    INFRASTRUCTURE("Infrastructure"),
    OTHER("Other");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The name shown to users ("Arrest or expulsion"). */
    public String label() {
        return label;
    }

    /** The name in files ({@code "arrest_or_expulsion"}). */
    public String code() {
        return Codes.code(this);
    }

    /** The category with a file name, or null when there is none. */
    public static Category parse(String code) {
        return Codes.parse(Category.class, code);
    }
}
