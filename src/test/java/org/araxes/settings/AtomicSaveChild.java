// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link AtomicSaveKillTest}: saves version after version of one file with
 * {@link JsonFiles#writeAtomically}, printing each version number once it is saved, until killed.
 */
public final class AtomicSaveChild {

    private AtomicSaveChild() {
    }

    /** The content of version {@code n}: JSON whose filler length depends on n, so a mix is detectable. */
    static byte[] content(int n) {
        return ("{\"version\": " + n + ", \"fill\": \"" + "x".repeat(fillLength(n)) + "\", \"end\": true}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static int fillLength(int n) {
        return 200_000 + (n * 7919) % 50_000;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int start = Integer.parseInt(args[1]);
        for (int n = start; ; n++) {
            JsonFiles.writeAtomically(file, content(n));
            System.out.println(n);
            System.out.flush();
        }
    }
}
