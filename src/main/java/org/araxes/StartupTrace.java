// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes;

/**
 * Marks the stages of the start on standard error when {@code -Daraxes.trace.startup=true}: the
 * milliseconds since {@link Main} began, for finding where a cold start spends its time
 * (docs/performance.md), with the thread that reached it and that thread's processor time so far
 * (which a loaded machine distorts less than the wall clock). Off, a mark costs one field read.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("araxes.trace.startup");
    private static final long ORIGIN = System.nanoTime();

    private StartupTrace() {
    }

    /** Prints the time since the start with the name of the stage just reached, when tracing is on. */
    public static void mark(String stage) {
        if (ON) {
            // no printf: its Formatter costs ~30 ms in a cold JVM, which would distort the trace
            // the thread's own processor time too: on a shared machine the wall clock says little
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            System.err.println("startup: " + (System.nanoTime() - ORIGIN) / 1_000_000 + " ms ["
                    + Thread.currentThread().getName() + ", cpu " + cpu / 1_000_000 + " ms] " + stage);
        }
    }
}
