// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    @DisplayName("a write replaces the content and leaves no temporary file")
    void replaces(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("views.json");
        Files.writeString(file, "old");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    @DisplayName("a writer that fails leaves the old content and no temporary file")
    void failureKeepsOld(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("map.png");
        Files.writeString(file, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    @DisplayName("a new file gets the permissions any program gets from the umask, not owner-only ones")
    void newFilePermissions(@TempDir Path folder) throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(folder.resolve("plain")); // 0666 less the umask, as any program
        Path file = folder.resolve("map.png");
        AtomicFiles.write(file, out -> out.write(1));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    @DisplayName("a replaced file keeps its permissions")
    void keepsPermissions(@TempDir Path folder) throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(folder.resolve("map.png"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, out -> out.write(1));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    @DisplayName("a read-only file is refused, named, and left as it was (even for root)")
    void readOnlyRefused(@TempDir Path folder) throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(folder.resolve("map.png"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> out.write(1)));
        assertEquals("cannot write " + file + ": the file is read-only; choose another name, or make it writable first",
                e.getMessage());
        assertEquals("old", Files.readString(file));
    }

    @Test
    @DisplayName("a name as long as the file system allows (249 characters) is written: the temporary name is short")
    void longName(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("m".repeat(245) + ".png");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
    }

    @Test
    @DisplayName("a folder as the target is refused before anything is written, with a file name to use")
    void folderRefused(@TempDir Path folder) throws IOException {
        Path target = Files.createDirectory(folder.resolve("maps.png"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.checkTarget(target));
        assertEquals("cannot write " + target + ": it is a folder; give a file name in it, like "
                + target.resolve("map.png"), e.getMessage());
    }

    @Test
    @DisplayName("a FIFO as the target is refused by kind")
    void fifoRefused(@TempDir Path folder) throws Exception {
        Path fifo = folder.resolve("views.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(fifo, out -> out.write(1)));
        assertEquals(fifo + " is a pipe (FIFO), not a regular file; Araxes reads and writes only regular files",
                e.getMessage());
    }

    @Test
    @DisplayName("a failure while writing names the target, never the temporary file")
    void failureNamesTarget(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("map.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            throw new java.nio.file.FileSystemException(folder.resolve(".araxes-0000.tmp").toString(), null,
                    "No space left on device");
        }));
        assertEquals("cannot write " + file + ": No space left on device", e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"));
        try (var files = Files.list(folder)) {
            assertTrue(files.findAny().isEmpty(), "nothing left behind");
        }
    }
}
