// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An animation as numbered PNG frames in a folder ({@code frame-00001.png} …), for tools that make
 * their own video. The folder is made when missing; each frame is written atomically as it comes;
 * {@link #close} without {@link #finish} leaves the frames written so far (the user can see how
 * far it came) and writes no more.
 */
final class PngFramesWriter implements AnimationWriter {

    private final Path folder;
    private final int width;
    private final int height;
    private int frames;

    PngFramesWriter(Path folder, int width, int height) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("cannot write frames in " + folder + ": it is not a folder");
        }
        Files.createDirectories(folder);
        this.folder = folder;
        this.width = width;
        this.height = height;
    }

    /** The name of frame {@code index} (from 0): frame-00001.png for the first. */
    static String name(int index) {
        return String.format(java.util.Locale.ROOT, "frame-%05d.png", index + 1);
    }

    @Override
    public void add(int[] argb) throws IOException {
        MapExporter.writePng(MapExporter.toBuffered(argb, width, height), folder.resolve(name(frames)),
                ExportSize.SCREEN_DPI, Map.of("Software", "Araxes"));
        frames++;
    }

    @Override
    public void finish() {
        // every frame is in place as soon as it is written
    }

    @Override
    public void close() {
        // the frames written stay
    }
}
