// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

/** Whether an incident is an Azerbaijan–Iran incident itself or history and context around it. */
public enum Role {
    PRIMARY("Primary"),
    BACKGROUND("Background");

    private final String label;

    Role(String label) {
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

    /** The role with a file name, or null when there is none. */
    public static Role parse(String code) {
        return Codes.parse(Role.class, code);
    }
}
