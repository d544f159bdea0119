// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code araxes export --compare-from --compare-to}: two dates side by side in one picture. */
class CompareCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AraxesCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    @DisplayName("2019 beside 2023 over the same area: one PNG of the asked size, a rule in the middle, the halves differ")
    void twoYears(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("2019-2023.png");
        assertEquals(0, run("--data", "geodata", "export", "--from", "2019-01-01", "--to", "2019-12-31",
                "--compare-from", "2023-01-01", "--compare-to", "2023-12-31", "--bbox", "45.9,39.3,47.3,40.3",
                "--width", "800", "--height", "400", "--out", png.toString()), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(400, image.getHeight());
        assertEquals(0x333333, image.getRGB(399, 200) & 0xffffff, "the rule between the panes");
        assertTrue(out.toString().contains("2019-01-01..2019-12-31 beside 2023-01-01..2023-12-31"), out.toString());
        // the same area in both: the headers differ (the dates), the maps differ where the line of contact moved
        int differing = 0;
        for (int y = 0; y < 400; y += 2) {
            for (int x = 0; x < 399; x += 2) {
                if (image.getRGB(x, y) != image.getRGB(x + 401, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 100, "the two dates are drawn differently: " + differing);
    }

    @Test
    @DisplayName("a comparison without the right pane's end, or without the left pane's days, is refused")
    void refusals(@TempDir Path folder) {
        assertEquals(2, run("--data", "geodata", "export", "--from", "2019-01-01", "--to", "2019-12-31",
                "--compare-from", "2023-01-01", "--out", folder.resolve("a.png").toString()));
        assertTrue(err.toString().contains("--compare-from and --compare-to go together"), err.toString());
        assertEquals(2, run("--data", "geodata", "export", "--compare-from", "2023-01-01", "--compare-to", "2023-12-31",
                "--out", folder.resolve("a.png").toString()));
        assertTrue(err.toString().contains("a comparison needs the left pane's days too"), err.toString());
    }
}
