// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the frames of an animation, in order, to one target. Nothing reaches the target before
 * {@link #finish}: the frames go to a temporary file, which {@code finish} puts in place
 * atomically; {@link #close} without {@code finish} (a cancel, an error) removes it and leaves the
 * target as it was.
 */
public interface AnimationWriter extends AutoCloseable {

    /**
     * Adds the next frame.
     *
     * @param argb the frame's pixels, row by row, as ARGB ints (alpha ignored), {@code width × height} of them
     */
    void add(int[] argb) throws IOException;

    /** Puts the animation in place at its target. */
    void finish() throws IOException;

    /** Removes what an unfinished animation left; after {@link #finish}, does nothing. */
    @Override
    void close() throws IOException;

    /**
     * The writer for a target's format ({@link AnimationFormat#of}).
     *
     * @param width  frame width in pixels (even for MP4)
     * @param height frame height in pixels (even for MP4)
     * @param fps    frames per second, 1–60
     */
    static AnimationWriter to(Path target, int width, int height, int fps) throws IOException {
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("an animation plays at 1 to 60 frames a second, not " + fps);
        }
        return switch (AnimationFormat.of(target)) {
            case MP4 -> new Mp4Writer(target, width, height, fps);
            case GIF -> new GifWriter(target, width, height, fps);
            case PNG_FRAMES -> new PngFramesWriter(target, width, height);
        };
    }
}
