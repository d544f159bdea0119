// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.araxes.io.AtomicFiles;

/**
 * A file written in pieces (an animation, frame by frame) into a temporary file, and put in place at
 * its target atomically only once whole ({@link #putInPlace}); {@link #discard} removes what an
 * unfinished write left, the target untouched.
 */
final class TemporaryTarget {

    private final Path target;
    private final Path temporary;
    private boolean placed;

    /**
     * @param suffix the temporary file's suffix (".mp4"), so a tool that looks at names reads it right
     * @throws IOException when the target cannot be written ({@link AtomicFiles#checkTarget}), before any work
     */
    TemporaryTarget(Path target, String suffix) throws IOException {
        AtomicFiles.checkTarget(target);
        this.target = target;
        this.temporary = Files.createTempFile("araxes-animation-", suffix);
    }

    /** Where the pieces are written. */
    Path temporary() {
        return temporary;
    }

    /** Copies the whole file to its target atomically and removes the temporary file. */
    void putInPlace() throws IOException {
        AtomicFiles.write(target, out -> Files.copy(temporary, out));
        placed = true;
        Files.deleteIfExists(temporary);
    }

    /** Removes the temporary file of an unfinished write; nothing once it was put in place. */
    void discard() throws IOException {
        if (!placed) {
            Files.deleteIfExists(temporary);
        }
    }

    /** Whether it was put in place. */
    boolean placed() {
        return placed;
    }
}
