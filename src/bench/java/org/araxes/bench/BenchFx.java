// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.util.function.Supplier;
import org.araxes.cli.HeadlessFx;

/**
 * The JavaFX toolkit for benchmarks: {@link HeadlessFx} (Monocle, software rendering, as the
 * command line and the tests), with unchecked failures for use inside benchmark methods.
 */
final class BenchFx {

    private BenchFx() {
    }

    static void start() throws InterruptedException {
        HeadlessFx.start();
    }

    /** Runs a task on the FX thread and waits for its result. */
    static <T> T call(Supplier<T> task) {
        try {
            return HeadlessFx.call(task);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
