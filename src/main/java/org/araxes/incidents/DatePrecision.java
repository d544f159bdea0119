// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

/** How precisely an incident's date is known. */
public enum DatePrecision {
    /** The day is known. */
    DAY,
    /** Only the month is known; the date spans the month. */
    MONTH,
    /** Only the year (or years) are known. */
    YEAR,
    /** The event lies somewhere in a worked-out window. */
    APPROXIMATE;

    /** The name in files. */
    public String code() {
        return Codes.code(this);
    }

    /** The precision with a file name, or null when there is none. */
    public static DatePrecision parse(String code) {
        return Codes.parse(DatePrecision.class, code);
    }
}
