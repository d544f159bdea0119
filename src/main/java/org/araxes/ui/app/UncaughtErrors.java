// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.Consumer;
import org.araxes.settings.UserFolders;

/**
 * The last line of defence: an error nobody caught (on the JavaFX thread or any other) becomes one
 * plain sentence in the status line and on standard error; the details go to
 * {@code araxes-errors.log} in the user's Araxes folder. The app keeps running. No stack trace is
 * ever shown in the window.
 */
public final class UncaughtErrors {

    private UncaughtErrors() {
    }

    /**
     * Installs the handler for every thread.
     *
     * @param status receives the plain message (called on the failing thread; hop to the FX thread yourself)
     */
    public static void install(Consumer<String> status) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> handle(thread, error, status));
    }

    static void handle(Thread thread, Throwable error, Consumer<String> status) {
        try {
            Path log = log(thread, error);
            String message = "Something went wrong (" + plain(error) + "); Araxes keeps running."
                    + (log == null ? "" : " Details: " + log);
            System.err.println("araxes: " + message);
            status.accept(message);
        } catch (Throwable ignored) {
            // the handler itself must never fail
        }
    }

    /** One line: the error's own message, or its kind in words. */
    static String plain(Throwable error) {
        String message = error.getMessage();
        if (error instanceof OutOfMemoryError) {
            return "out of memory; the file may be too large";
        }
        if (message == null || message.isBlank()) {
            return "an unexpected " + error.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        }
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline);
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }

    private static Path log(Thread thread, Throwable error) {
        try {
            Path folder = UserFolders.ensure(UserFolders.current().root());
            Path log = folder.resolve("araxes-errors.log");
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, Instant.now() + " on thread " + thread.getName() + "\n" + trace + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
