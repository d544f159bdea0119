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

    /**
     * Runs {@code araxes ARGS} in this JVM (the toolkit already up), as the export benchmarks do,
     * and fails the benchmark with the command's message when it does not exit with 0.
     */
    static int araxes(String... args) {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.araxes.cli.AraxesCommand.run(args, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException("araxes " + String.join(" ", args) + " failed: " + err);
        }
        return code;
    }

    /** A file in {@code target/bench} (made if missing) for a benchmark to write. */
    static java.nio.file.Path output(String name) throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target/bench");
        java.nio.file.Files.createDirectories(folder);
        return folder.resolve(name);
    }
}
