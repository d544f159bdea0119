// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What an animation is written as, chosen by the target's name: H.264 video in an MP4 file, a
 * looping GIF, or a folder of numbered PNG frames (an existing folder, or a name with no
 * extension). WebM is refused: no encoder of VP8/VP9/AV1 in plain Java is kept on Maven Central
 * (decision 0028).
 */
public enum AnimationFormat {
    MP4, GIF, PNG_FRAMES;

    /**
     * The format for a target.
     *
     * @throws IllegalArgumentException naming the target when it is a WebM file or another kind
     */
    public static AnimationFormat of(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(target)) {
            return PNG_FRAMES;
        }
        if (name.endsWith(".mp4")) {
            return MP4;
        }
        if (name.endsWith(".gif")) {
            return GIF;
        }
        if (name.endsWith(".webm")) {
            throw new IllegalArgumentException(target + ": WebM cannot be written: no pure-Java VP8/VP9 encoder is "
                    + "available; write .mp4 (H.264, which browsers play) or .gif instead");
        }
        if (!name.isEmpty() && !name.contains(".")) {
            return PNG_FRAMES;
        }
        throw new IllegalArgumentException(target + ": an animation is written as .mp4, .gif or a folder of PNG frames");
    }
}
