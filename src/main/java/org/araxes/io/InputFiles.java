// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * What is checked about an input file before a byte of it is read: that it is a regular file (a
 * folder, a device such as {@code /dev/zero}, a FIFO or a socket is refused by its kind, so a read
 * never blocks or runs forever), readable, and — for what is kept in memory — small enough for the
 * heap this JVM has, estimated from its size.
 */
public final class InputFiles {

    /**
     * Heap bytes a loaded file takes per byte of the file, measured after full collections
     * (decision 0015; the incidents again with the compact store of decision 0030, 1,000,000
     * synthetic incidents, 6 December 2026): incident GeoJSON 0.169 (138 MB for an 819 MB file),
     * an ACLED export's CSV 0.68 (182 MB for 267 MB), a GeoJSON layer 2.15–2.27 as JTS geometries
     * (the @geo-maps files), more once its simplified copies are drawn. Rounded up; the check
     * leaves a fifth of the heap free for the build's peak.
     */
    public enum Cost {
        /** Incidents from GeoJSON. */
        INCIDENTS_GEOJSON(0.2),
        /** Incidents from CSV. */
        INCIDENTS_CSV(0.7),
        /** A map layer. */
        LAYER(3.0);

        private final double heapPerFileByte;

        Cost(double heapPerFileByte) {
            this.heapPerFileByte = heapPerFileByte;
        }
    }

    private InputFiles() {
    }

    /**
     * Why a path cannot be read as an input file, in plain words, or null when it can (it exists,
     * is a regular file, and can be read).
     */
    public static String whyNotReadable(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            return "the file does not exist";
        } catch (IOException e) {
            return "the file cannot be read: " + e.getMessage();
        }
        if (attributes.isDirectory()) {
            return "this is a folder, not a file";
        }
        if (!attributes.isRegularFile()) {
            return "this is not a regular file but " + specialKind(file) + "; Araxes reads files only";
        }
        if (!Files.isReadable(file)) {
            return "the file cannot be read (no permission)";
        }
        return null;
    }

    /**
     * Refuses anything that exists and is not a regular file (symbolic links are followed): a FIFO
     * blocks whoever opens it and a device such as {@code /dev/zero} never ends, so either would
     * hang the thread that reads it (the window's, for a settings or views file). A missing file
     * passes, for the caller to report as it does.
     *
     * @throws IOException naming the file and what it is instead
     */
    public static void requireRegular(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(file + " is " + (attributes.isDirectory() ? "a folder" : specialKind(file))
                    + ", not a regular file; Araxes reads and writes only regular files");
        }
    }

    private static String specialKind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int type = ((Integer) mode) & 0170000;
            return switch (type) {
                case 0010000 -> "a pipe (FIFO)";
                case 0020000 -> "a character device (such as /dev/zero)";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a device, pipe or other special file";
        }
    }

    /**
     * Null when a file of this size should fit in the heap still free, else the refusal with how to
     * give Araxes more memory.
     */
    public static String whyTooBig(long fileSize, Cost cost) {
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long needed = (long) (fileSize * cost.heapPerFileByte);
        if (needed <= free * 0.8) {
            return null;
        }
        return String.format(Locale.ROOT, "the file is too big for the memory Araxes has: it needs about %d MB and"
                + " %d MB are free; start Araxes with more, e.g. java -Xmx%dg -jar araxes.jar (the installed app:"
                + " set -Xmx in its .cfg file's java-options)", needed >> 20, free >> 20,
                Math.max(2, (runtime.maxMemory() + needed * 2) >> 30));
    }
}
