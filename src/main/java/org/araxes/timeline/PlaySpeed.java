// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.timeline;

/** How fast playing moves the current day, per second of real time. */
public enum PlaySpeed {
    DAY("1 day/s", 1),
    WEEK("1 week/s", 7),
    MONTH("1 month/s", 30.436875),
    YEAR("1 year/s", 365.2425);

    private final String label;
    private final double daysPerSecond;

    PlaySpeed(String label, double daysPerSecond) {
        this.label = label;
        this.daysPerSecond = daysPerSecond;
    }

    /** The name shown to users. */
    public String label() {
        return label;
    }

    /** Days the current day advances per second. */
    public double daysPerSecond() {
        return daysPerSecond;
    }

    /** The next faster speed, or this one when it is the fastest. */
    public PlaySpeed faster() {
        return values()[Math.min(values().length - 1, ordinal() + 1)];
    }

    /** The next slower speed, or this one when it is the slowest. */
    public PlaySpeed slower() {
        return values()[Math.max(0, ordinal() - 1)];
    }
}
