// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs JavaFX work with no display: starts the toolkit on Monocle's headless platform with software
 * rendering (unless the toolkit is already running, as in tests) and runs tasks on its thread.
 */
public final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    /** Starts the toolkit headless once (Monocle, software rendering); a running toolkit is reused. */
    public static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        // headless unless a platform was chosen, or the tests were asked to show their windows
        // (-Dheadless=false sets testfx.headless=false); a test run alone must not wait for a display
        if (System.getProperty("glass.platform") == null && !"false".equals(System.getProperty("testfx.headless"))) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        Platform.setImplicitExit(false);
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start");
        }
        started = true;
    }

    /** Runs a task on the JavaFX thread and waits for its result. */
    public static <T> T call(Supplier<T> task) throws Exception {
        start();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("rendering took longer than 10 minutes");
        }
    }
}
