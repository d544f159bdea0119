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
import java.util.List;
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
        assertEquals(0, run("--data", "geodata", "export", "--out", png.toString(), "--width", "1280", "--height", "800"), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        // Not blank: the Caspian (east) and the land (west) differ in colour.
        assertFalse(image.getRGB(1000, 350) == image.getRGB(300, 350), "the picture has content");
        try (var files = Files.list(folder)) {
            assertEquals(java.util.Set.of("map.png", "map.sources.csv"),
                    files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    "the picture and its sources, no temporary file left behind");
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
        // a date that is not a date
        "--date 2022-13-01 | --date: '2022-13-01' is not a date (there is no month 13)",
        // a window that ends before it starts
        "--from 2023-01-01 --to 2022-01-01 | --from 2023-01-01 is after --to 2022-01-01",
        // one day and a window at once
        "--date 2022-10-21 --from 2022-01-01 | --date shows one day",
        // a paper size Araxes does not know
        "--paper a5 | --paper must be a4 or a3",
        // paper and pixels at once
        "--paper a4 --width 800 | --paper sets the size",
        // portrait without paper
        "--portrait | --portrait goes with --paper",
        // a scale of nothing
        "--scale 0 | --scale must be between 0.25 and 16",
        // a scale past 8K: 1920x1080 x 8
        "--scale 8 | at most 7680×4320 pixels",
        // A3 at 600 dpi is 9921 pixels wide, past 8K
        "--paper a3 --dpi 600 | 16 to 7680 pixels a side",
        // a resolution below any printer's
        "--dpi 10 | --dpi must be between 36 and 2400",
        // a story step and a view at once
        "--step 2 --view Nakhchivan | --step shows a story step's view",
        // a story file without a step
        "--story s.json | --story goes with --step N",
        // a step the bundled story does not have
        "--step 11 | --step must be between 1 and 10",
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

    /** The frame's text in a PNG. */
    private static final class PngMetadataText {
        static String of(Path png) throws java.io.IOException {
            return org.araxes.export.PngMetadata.read(png).text().get("Description");
        }
    }

    private static final String VIEWS = "{\"format\": \"araxes-views\", \"version\": 1, \"views\": ["
            + "{\"name\": \"Nakhchivan\", \"bbox\": [44.66, 38.74, 46.25, 39.89]},"
            + "{\"name\": \"Kapan day\", \"bbox\": [45.8, 38.9, 46.8, 39.5], \"date\": \"2022-10-21\"}]}";

    @Test
    @DisplayName("--view NAME takes the area and date of a saved view; an unknown name lists the views")
    void savedViews(@TempDir Path folder) throws Exception {
        Path views = Files.writeString(folder.resolve("views.json"), VIEWS);
        Path png = folder.resolve("kapan.png");
        assertEquals(0, run("--data", "geodata", "export", "--out", png.toString(), "--width", "400", "--height", "300",
                "--views", views.toString(), "--view", "kapan DAY"), err.toString());
        assertTrue(PngMetadataText.of(png).contains("date: Incidents of 21 October 2022"), "the view's date");
        assertEquals("Kapan day", org.araxes.export.PngMetadata.read(png).text().get("Title"), "the view's name is the title");
        assertEquals(2, run("export", "--out", folder.resolve("x.png").toString(), "--views", views.toString(), "--view", "Atlantis"));
        assertTrue(err.toString().contains("--view: no view named 'Atlantis'; the views are: Nakhchivan, Kapan day"), err.toString());
    }

    @Test
    @DisplayName("--step N draws a story step as presenting shows it: its view's area, window of days and name")
    void storyStep(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("step.png");
        assertEquals(0, run("--data", "geodata", "export", "--out", png.toString(), "--width", "400", "--height", "300",
                "--step", "2"), err.toString());
        assertEquals("Autumn 2021 on the Aras", org.araxes.export.PngMetadata.read(png).text().get("Title"));
        assertTrue(PngMetadataText.of(png).contains("1 September 2021"), PngMetadataText.of(png));
    }

    @Test
    @DisplayName("a file name that is neither .png nor .svg is refused with exit 2")
    void unknownFormat(@TempDir Path folder) {
        assertEquals(2, run("export", "--out", folder.resolve("map.gif").toString()));
        assertTrue(err.toString().contains("--out must end in .png or .svg"), err.toString());
    }

    @Test
    @DisplayName("--paper a4 --dpi 150 gives 1754×1240 pixels and writes 150 dpi into the PNG")
    void paperAndDpi(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("a4.png");
        assertEquals(0, run("--data", "geodata", "export", "--out", png.toString(), "--paper", "a4", "--dpi", "150"), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1754, image.getWidth(), "297 mm at 150 dpi");
        assertEquals(1240, image.getHeight(), "210 mm at 150 dpi");
        assertEquals(5906, org.araxes.export.PngMetadata.read(png).pixelsPerMetre(), "150 dpi = 5906 pixels per metre");
    }

    @Test
    @DisplayName("--date 2022-10-21 draws the Kapan consulate and the frame states the day, count and its source")
    void dateAndFrame(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("kapan.png");
        assertEquals(0, run("--data", "geodata", "export", "--out", png.toString(), "--width", "800", "--height", "500",
                "--date", "2022-10-21", "--title", "Kapan, 21 October 2022"), err.toString());
        String description = org.araxes.export.PngMetadata.read(png).text().get("Description");
        assertTrue(description.contains("date: Incidents of 21 October 2022"), description);
        // the consulate and the incidents whose uncertain dates include that day
        assertTrue(description.matches("(?s).*filters: Filters: none · \\d+ of 39 incidents shown.*"), description);
        assertTrue(description.contains("sources: [1] "), description);
        assertTrue(description.matches("(?s).*version: Dataset version bundled [0-9a-f]{12} of 2026-11-22 · exported .*"), description);
        assertEquals("Kapan, 21 October 2022", org.araxes.export.PngMetadata.read(png).text().get("Title"));
    }

    @Test
    @DisplayName("writes every source of the picture's incidents beside it, NAME.sources.csv, and says so in its output line")
    void sourcesSidecar(@TempDir Path folder) throws Exception {
        Path svg = folder.resolve("kapan.svg");
        assertEquals(0, run("--data", "geodata", "export", "--out", svg.toString(), "--width", "800", "--height", "500",
                "--date", "2022-10-21"), err.toString());
        Path sidecar = folder.resolve("kapan.sources.csv");
        List<String> lines = java.nio.file.Files.readAllLines(sidecar);
        assertEquals("number,citation,incidents", lines.get(0));
        assertTrue(lines.size() > 1, "at least the consulate's source");
        assertTrue(lines.stream().noneMatch(l -> l.contains(".txt")), "citations, never file names: " + lines);
        assertTrue(out.toString().contains("and its " + (lines.size() - 1) + " sources to " + sidecar.toAbsolutePath()),
                out.toString());
    }

    @Test
    @DisplayName("--view and --no-frame export a saved view's area as the bare map; an .svg name writes SVG")
    void viewAndSvg(@TempDir Path folder) throws Exception {
        Path bare = folder.resolve("nakhchivan.png");
        Path views = Files.writeString(folder.resolve("views.json"), VIEWS);
        assertEquals(0, run("--data", "geodata", "export", "--out", bare.toString(), "--width", "400", "--height", "300",
                "--views", views.toString(), "--view", "nakhchivan", "--no-frame"), err.toString());
        assertTrue(Files.size(bare) > 1000);
        Path svg = folder.resolve("region.svg");
        assertEquals(0, run("--data", "geodata", "export", "--out", svg.toString(), "--width", "800", "--height", "500",
                "--from", "2021-09-01", "--to", "2023-05-31", "--no-legend"), err.toString());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "an SVG document");
        assertTrue(text.contains("id=\"incidents\"") && text.contains("id=\"basemap\"") && text.contains("id=\"labels\""));
        assertTrue(text.contains("Borders as in OpenStreetMap (de facto)"), "the borders note is in the frame");
        assertFalse(text.contains("id=\"legend\""), "--no-legend leaves the legend out");
        assertTrue(text.trim().endsWith("</svg>"));
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

    @Test
    @DisplayName("--out naming a folder is refused at once, naming the user's path and not a temporary file")
    void folderAsOut(@TempDir Path folder) throws Exception {
        Path target = Files.createDirectory(folder.resolve("maps.png"));
        long started = System.nanoTime();
        assertEquals(2, run("export", "--out", target.toString()));
        assertTrue(err.toString().startsWith("araxes: cannot write " + target + ": it is a folder"), err.toString());
        assertFalse(err.toString().contains(".tmp"), err.toString());
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "refused before rendering");
    }

    @Test
    @DisplayName("a read-only file as --out is refused and left as it was")
    void readOnlyOut(@TempDir Path folder) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = Files.writeString(folder.resolve("map.png"), "the user's own");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(2, run("export", "--out", target.toString()));
        assertTrue(err.toString().contains("the file is read-only"), err.toString());
        assertEquals("the user's own", Files.readString(target));
    }
}
