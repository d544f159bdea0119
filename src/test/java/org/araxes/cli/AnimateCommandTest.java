// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code araxes export --animate} as a user calls it: the file, the progress lines, the refusals. */
class AnimateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AraxesCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    @DisplayName("writes a looping GIF of one frame a month, with a progress line per frame and the summary")
    void gif(@TempDir Path folder) throws Exception {
        Path gif = folder.resolve("escalation.gif");
        assertEquals(0, run("--data", "geodata", "export", "--animate", "--from", "2022-08-01", "--to", "2022-10-15",
                "--step", "month", "--window", "60", "--fps", "2", "--width", "320", "--height", "200",
                "--out", gif.toString()), err.toString());
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true), "1 Aug, 1 Sep, 1 Oct and the last day, 15 Oct");
            assertEquals(320, reader.read(0).getWidth());
        } finally {
            reader.dispose();
        }
        assertTrue(err.toString().contains("frame 1/4 2022-08-01 (2022-06-03..2022-08-01)"), err.toString());
        assertTrue(err.toString().contains("frame 4/4 2022-10-15"), err.toString());
        assertTrue(out.toString().contains("4 frames 2022-08-01 to 2022-10-15 by month, 320x200, 2 fps, 2.00 s"), out.toString());
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "the GIF alone, no temporary file");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // no end
        "--from 2022-01-01 --step month --out a.mp4 | --animate needs --from and --to",
        // no step
        "--from 2022-01-01 --to 2022-03-01 --out a.mp4 | --animate needs --step day, week, month or year",
        // a step that is not one
        "--from 2022-01-01 --to 2022-03-01 --step fortnight --out a.mp4 | --step: with --animate, give day, week, month or year, not 'fortnight'",
        // two windows
        "--from 2022-01-01 --to 2022-03-01 --step week --window 30 --cumulative --out a.mp4 | --window DAYS and --cumulative are two kinds of window",
        // WebM
        "--from 2022-01-01 --to 2022-03-01 --step week --out a.webm | WebM cannot be written: no pure-Java VP8/VP9 encoder",
        // an odd size for MP4
        "--from 2022-01-01 --to 2022-03-01 --step week --width 641 --out a.mp4 | an MP4 needs an even width and height, not 641x1080",
        // too fast
        "--from 2022-01-01 --to 2022-03-01 --step week --fps 120 --out a.mp4 | --fps must be between 1 and 30",
        // too many frames
        "--from 1900-01-01 --to 2022-03-01 --step day --out a.mp4 | more than 10000 frames",
    })
    void refusals(String options, String message, @TempDir Path folder) {
        String[] words = options.replace("a.mp4", folder.resolve("a.mp4").toString())
                .replace("a.webm", folder.resolve("a.webm").toString()).split(" ");
        String[] args = new String[words.length + 4];
        args[0] = "--data";
        args[1] = "geodata";
        args[2] = "export";
        args[3] = "--animate";
        System.arraycopy(words, 0, args, 4, words.length);
        assertEquals(2, run(args), out.toString());
        assertTrue(err.toString().contains(message), err.toString());
    }

    @Test
    @DisplayName("a story step number still works without --animate, and a step name without it is explained")
    void storyStepStays(@TempDir Path folder) {
        assertEquals(2, run("--data", "geodata", "export", "--step", "month", "--out", folder.resolve("a.png").toString()));
        assertTrue(err.toString().contains("is not a story step number (day, week, month and year go with --animate)"), err.toString());
    }
}
