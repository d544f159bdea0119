// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Tells a file by its kind before it is opened: Araxes reads and replaces only regular files. A
 * FIFO blocks whoever opens it until another program writes to it, and a device such as
 * {@code /dev/zero} never ends, so either would hang the thread that reads it (the window's, for a
 * settings or views file); they are refused by kind instead.
 */
public final class FileKinds {

    private FileKinds() {
    }

    /**
     * Refuses anything that exists and is not a regular file (symbolic links are followed); a
     * missing file passes, for the caller to report as it does.
     *
     * @throws IOException naming the file and its kind ("a FIFO (named pipe)", "a device", "a
     *                     socket", "a folder")
     */
    public static void requireRegular(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return;
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(file + " is " + kind(file, attributes)
                    + ", not a regular file; Araxes reads and writes only regular files");
        }
    }

    /** What a file that is not regular is, in words. */
    private static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file"; // no unix:mode here (Windows)
        }
    }
}
