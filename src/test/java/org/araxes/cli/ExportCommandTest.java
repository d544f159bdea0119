// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code araxes export} as a user calls it: exit codes, one-line messages, the PNG written. */
class ExportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AraxesCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    @DisplayName("renders the region to a PNG of the asked size and exits 0")
    void writesPng(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("map.png");
        assertEquals(0, run("--data", "geodata", "export", "--out", png.toString(), "--width", "640", "--height", "400"), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        // Not blank: the Caspian (east) and the land (west) differ in colour.
        assertFalse(image.getRGB(620, 150) == image.getRGB(200, 150), "the picture has content");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    @DisplayName("a bounding box zooms the export to that area")
    void boundingBox(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("nakhchivan.png");
        assertEquals(0, run("--data", "geodata", "export", "--out", png.toString(), "--width", "400", "--height", "300",
                "--bbox", "44.7,38.8,46.7,39.8"), err.toString());
        assertTrue(Files.size(png) > 1000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a size out of range
        "--width 0 | --width and --height must be between",
        // a box with min above max
        "--bbox 47,40,46,39 | --bbox must be",
        // a box that is not numbers
        "--bbox a,b,c,d | is not a number",
        // an unknown label language
        "--lang xx | --lang must be one of",
    })
    void badArguments(String arguments, String expected, @TempDir Path folder) {
        String[] extra = arguments.split(" ");
        String[] args = new String[4 + extra.length];
        args[0] = "export";
        args[1] = "--out";
        args[2] = folder.resolve("x.png").toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[args.length - 1] = args[args.length - 1];
        String[] trimmed = java.util.Arrays.copyOf(args, 3 + extra.length);
        assertEquals(2, run(trimmed));
        String message = err.toString();
        assertTrue(message.startsWith("araxes: ") && message.contains(expected), message);
        assertFalse(message.contains("Exception"), "no stack trace: " + message);
    }

    @Test
    @DisplayName("an unwritable path gives a one-line message and a non-zero exit")
    void unwritablePath() {
        assertEquals(2, run("export", "--out", "/no/such/folder/map.png"));
        assertTrue(err.toString().contains("no such folder"), err.toString());
        assertEquals(2, err.toString().lines().count(), "one message line plus the help hint");
    }

    @Test
    @DisplayName("a data folder whose file cannot be read at all fails with the file named")
    void badDataFile(@TempDir Path folder) throws Exception {
        Path data = Files.createDirectory(folder.resolve("data"));
        Files.writeString(data.resolve("broken.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[");
        assertEquals(1, run("--data", data.toString(), "export", "--out", folder.resolve("x.png").toString()));
        assertTrue(err.toString().startsWith("araxes: broken.geojson:"), err.toString());
    }
}
