// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

/** Whether a date is written in the source text or worked out by the editors. */
public enum DateBasis {
    STATED,
    INFERRED;

    /** The name in files. */
    public String code() {
        return Codes.code(this);
    }

    /** The basis with a file name, or null when there is none. */
    public static DateBasis parse(String code) {
        return Codes.parse(DateBasis.class, code);
    }
}
