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

    /**
     * The category's colour as {@code #RRGGBB}, the one list of them (the map's symbols, the KML
     * export's styles): the Okabe–Ito palette, safe for colour-blind readers.
     */
    public String colour() {
        return switch (this) {
            case MILITARY_EXERCISE -> "#E69F00";   // orange
            case DIPLOMATIC -> "#0072B2";          // blue
            case BORDER_INCIDENT -> "#D55E00";     // vermillion
            case ATTACK -> "#CC79A7";              // reddish purple
            case ARREST_OR_EXPULSION -> "#56B4E9"; // sky blue
            case AGREEMENT -> "#009E73";           // bluish green
            case STATEMENT -> "#F0E442";           // yellow
            case WAR -> "#000000";                 // black
            case INFRASTRUCTURE, OTHER -> "#999999"; // grey
        };
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
