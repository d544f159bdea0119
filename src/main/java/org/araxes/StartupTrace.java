// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes;

/**
 * Marks the stages of the start on standard error when {@code -Daraxes.trace.startup=true}: the
 * milliseconds since {@link Main} began, for finding where a cold start spends its time
 * (docs/performance.md). Off, a mark costs one field read.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("araxes.trace.startup");
    private static final long ORIGIN = System.nanoTime();

    private StartupTrace() {
    }

    /** Prints the time since the start with the name of the stage just reached, when tracing is on. */
    public static void mark(String stage) {
        if (ON) {
            System.err.printf("startup: %5d ms %s%n", (System.nanoTime() - ORIGIN) / 1_000_000, stage);
        }
    }
}
