// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * SVG drawn back to pixels for tests, with JSVG (decision 0013), on white, with the bundled Noto
 * fonts registered so the SVG's named families resolve to the fonts the PNG is set in.
 */
final class SvgRaster {

    static {
        try (DirectoryStream<Path> fonts = Files.newDirectoryStream(Path.of("assets/fonts"), "*.ttf")) {
            GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (Path font : fonts) {
                try (InputStream in = Files.newInputStream(font)) {
                    environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                }
            }
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the bundled fonts cannot be registered", e);
        }
    }

    private SvgRaster() {
    }

    /** The SVG rasterised at its own size, as ARGB pixels row by row. */
    static int[] pixels(String svg, int width, int height) {
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        if (document == null) {
            throw new IllegalArgumentException("JSVG could not read the SVG");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        document.render((java.awt.Component) null, g, new ViewBox(0, 0, width, height));
        g.dispose();
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    /** A JavaFX image's pixels as ARGB, row by row. */
    static int[] pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /**
     * How many pixels differ by more than a tolerance in some channel after both pictures are
     * blurred with a box of (2·radius+1)² pixels (which forgives antialiasing and a text set a
     * fraction of a pixel apart, not a missing shape).
     */
    static int differingBlurred(int[] a, int[] b, int width, int height, int radius, int tolerance) {
        int[][] blurredA = blur(a, width, height, radius);
        int[][] blurredB = blur(b, width, height, radius);
        int count = 0;
        for (int i = 0; i < width * height; i++) {
            for (int c = 0; c < 3; c++) {
                if (Math.abs(blurredA[c][i] - blurredB[c][i]) > tolerance) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static int[][] blur(int[] argb, int width, int height, int radius) {
        int[][] out = new int[3][width * height];
        for (int c = 0; c < 3; c++) {
            int shift = 16 - 8 * c;
            long[] sums = new long[(width + 1) * (height + 1)];
            for (int y = 0; y < height; y++) {
                long row = 0;
                for (int x = 0; x < width; x++) {
                    row += (argb[y * width + x] >> shift) & 0xff;
                    sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row;
                }
            }
            for (int y = 0; y < height; y++) {
                int y0 = Math.max(0, y - radius);
                int y1 = Math.min(height, y + radius + 1);
                for (int x = 0; x < width; x++) {
                    int x0 = Math.max(0, x - radius);
                    int x1 = Math.min(width, x + radius + 1);
                    long sum = sums[y1 * (width + 1) + x1] - sums[y0 * (width + 1) + x1] - sums[y1 * (width + 1) + x0]
                            + sums[y0 * (width + 1) + x0];
                    out[c][y * width + x] = (int) (sum / ((long) (x1 - x0) * (y1 - y0)));
                }
            }
        }
        return out;
    }
}
