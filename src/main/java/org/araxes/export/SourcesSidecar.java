// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.araxes.io.AtomicFiles;
import org.araxes.render.EvidenceFrame;

/**
 * The full list of an exported picture's sources, in a CSV file beside it ({@code map.png} →
 * {@code map.sources.csv}): the frame names only the most cited, this names every source of the
 * incidents in the picture, with how many of them cite it. Written atomically, as the picture is.
 * Columns: {@code number,citation,incidents} (RFC 4180, UTF-8), most cited first; the numbers are
 * those on the markers when the frame numbers its sources.
 */
public final class SourcesSidecar {

    private SourcesSidecar() {
    }

    /** The sidecar's path for a picture: same folder, the picture's name without its extension, ".sources.csv". */
    public static Path of(Path picture) {
        String name = picture.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return picture.resolveSibling(stem + ".sources.csv");
    }

    /** The sidecar's file name for a picture. */
    public static String name(Path picture) {
        return of(picture).getFileName().toString();
    }

    /** The CSV text for a frame's sources. */
    public static String csv(EvidenceFrame frame) {
        StringBuilder csv = new StringBuilder("number,citation,incidents\r\n");
        for (int i = 0; i < frame.sources().size(); i++) {
            EvidenceFrame.CitedSource source = frame.sources().get(i);
            csv.append(i + 1).append(',').append(field(source.citation())).append(',').append(source.incidents())
                    .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Writes the sidecar of a picture, atomically; returns its path. Any thread.
     *
     * @throws IOException when it cannot be written (the folder is missing or read-only)
     */
    public static Path write(EvidenceFrame frame, Path picture) throws IOException {
        Path target = of(picture.toAbsolutePath());
        byte[] bytes = csv(frame).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(bytes));
        return target;
    }

    private static String field(String text) {
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
