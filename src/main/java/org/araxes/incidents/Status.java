// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

/** How well an incident is attested: one seed, several independent seeds, or contested in the text. */
public enum Status {
    REPORTED("Reported"),
    CORROBORATED("Corroborated"),
    DISPUTED("Disputed");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The name shown to users. */
    public String label() {
        return label;
    }

    /** The name in files. */
    public String code() {
        return Codes.code(this);
    }

    /** The status with a file name, or null when there is none. */
    public static Status parse(String code) {
        return Codes.parse(Status.class, code);
    }
}
