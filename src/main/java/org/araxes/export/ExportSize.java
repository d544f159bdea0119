// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.util.Locale;

/**
 * The size of an exported picture: pixels, the line-and-type scale it is drawn at (1 = as on a
 * screen), and the resolution written into the PNG for printing.
 *
 * @param width  width in pixels, 16–{@value #MAX_WIDTH}
 * @param height height in pixels, 16–{@value #MAX_WIDTH}, with width × height at most
 *               {@value #MAX_WIDTH} × {@value #MAX_HEIGHT}
 * @param scale  line and type scale, 0.25–16
 * @param dpi    dots per inch written as PNG pHYs, 36–2400
 */
public record ExportSize(int width, int height, double scale, int dpi) {

    /** The widest picture (8K UHD). */
    public static final int MAX_WIDTH = 7680;
    /** With {@link #MAX_WIDTH}, the largest picture area (8K UHD, 33.2 megapixels). */
    public static final int MAX_HEIGHT = 4320;
    /** The resolution a screen pixel stands for, the CSS reference pixel. */
    public static final int SCREEN_DPI = 96;

    /** ISO paper sizes for print, in millimetres (portrait). */
    public enum Paper {
        A4(210, 297), A3(297, 420);

        private final double shortMm;
        private final double longMm;

        Paper(double shortMm, double longMm) {
            this.shortMm = shortMm;
            this.longMm = longMm;
        }

        /** The paper named on the command line ("a4", "A3"), or null. */
        public static Paper parse(String name) {
            for (Paper paper : values()) {
                if (paper.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                    return paper;
                }
            }
            return null;
        }

        /** Pixels along a side of a length at a resolution. */
        static int pixels(double mm, int dpi) {
            return (int) Math.round(mm / 25.4 * dpi);
        }
    }

    public ExportSize {
        if (width < 16 || height < 16 || width > MAX_WIDTH || height > MAX_WIDTH
                || (long) width * height > (long) MAX_WIDTH * MAX_HEIGHT) {
            throw new IllegalArgumentException("a picture must be 16 to " + MAX_WIDTH + " pixels a side and at most "
                    + MAX_WIDTH + "×" + MAX_HEIGHT + " pixels in all; " + width + "×" + height + " is not");
        }
        if (!(scale >= 0.25 && scale <= 16)) {
            throw new IllegalArgumentException("the scale must be between 0.25 and 16, was " + scale);
        }
        if (dpi < 36 || dpi > 2400) {
            throw new IllegalArgumentException("the resolution must be between 36 and 2400 dpi, was " + dpi);
        }
    }

    /** The screen's view at a factor (1×, 2×, 4×): factor times the pixels, lines and type. */
    public static ExportSize ofScreen(double screenWidth, double screenHeight, double factor) {
        return new ExportSize((int) Math.round(screenWidth * factor), (int) Math.round(screenHeight * factor), factor,
                SCREEN_DPI);
    }

    /**
     * A chosen size showing the screen's view: lines and type scaled by how much larger the picture is
     * than the screen (the smaller of the two ratios, so the screen's area fits).
     */
    public static ExportSize custom(int width, int height, double screenWidth, double screenHeight) {
        double scale = Math.min(width / screenWidth, height / screenHeight);
        return new ExportSize(width, height, Math.max(0.25, Math.min(16, scale)), SCREEN_DPI);
    }

    /**
     * A sheet of paper at a resolution: its pixels, and a scale of dpi / 96 so that type prints at
     * the size it has on a screen (11 px type becomes about 8 pt).
     */
    public static ExportSize ofPaper(Paper paper, int dpi, boolean landscape) {
        int shortSide = Paper.pixels(paper.shortMm, dpi);
        int longSide = Paper.pixels(paper.longMm, dpi);
        return new ExportSize(landscape ? longSide : shortSide, landscape ? shortSide : longSide,
                dpi / (double) SCREEN_DPI, dpi);
    }

    /** The same pixels at another resolution. */
    public ExportSize withDpi(int value) {
        return new ExportSize(width, height, scale, value);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d×%d px, scale %.2f, %d dpi", width, height, scale, dpi);
    }
}
