// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.araxes.geo.ScaleBar;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;

/**
 * Where every part of an {@link EvidenceFrame} goes on a picture, worked out once and drawn by
 * {@link FrameRenderer} on any {@link Surface}: a header band (the title; the date range; the
 * filters and count, each wrapped to the width), a footer band (the legend, entries left to right
 * in rows, then the sources, credits, borders note and version, each wrapped), a scale bar at the
 * lower right above the footer and a north arrow at the upper right below the header. Every size
 * is screen pixels times the scale, so the frame reads the same at 1× and at 4×; text is measured
 * with {@link TextMeasure}, so the PNG and the SVG set it in the same room.
 *
 * @param width    the picture's width in pixels
 * @param height   the picture's height in pixels
 * @param scale    line and type scale (1 = screen)
 * @param header   the header band, or null when nothing is in it
 * @param footer   the footer band, or null when nothing is in it
 * @param lines    every line of text of the header and footer, in order
 * @param legend   the legend's entries placed
 * @param scaleBar the scale bar, or null when off
 * @param north    the north arrow, or null when off
 * @param boxes    the box each element switched on takes
 */
public record FrameLayout(double width, double height, double scale, Box header, Box footer, List<Line> lines,
                          List<LegendItem> legend, Bar scaleBar, Arrow north, Map<FrameElement, Box> boxes) {

    /** Height of a legend row at scale 1, in pixels. */
    public static final double LEGEND_ROW = 18;
    /** Opacity of the white bands. */
    public static final double BAND_ALPHA = 0.88;

    public FrameLayout {
        lines = List.copyOf(lines);
        legend = List.copyOf(legend);
        boxes = Map.copyOf(boxes);
    }

    /**
     * A rectangle in picture pixels.
     *
     * @param x left edge
     * @param y top edge
     * @param w width
     * @param h height
     */
    public record Box(double x, double y, double w, double h) {

        /** The smallest box holding this one and another (null stands for none). */
        Box union(Box other) {
            if (other == null) {
                return this;
            }
            double left = Math.min(x, other.x);
            double top = Math.min(y, other.y);
            return new Box(left, top, Math.max(x + w, other.x + other.w) - left, Math.max(y + h, other.y + other.h) - top);
        }

        /** Whether a point lies inside (edges included). */
        public boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    /**
     * A line of text with its top left corner, its font and its element.
     *
     * @param element the frame element it belongs to
     * @param text    the text
     * @param x       left edge
     * @param y       top of the line
     * @param font    its font
     * @param box     the room it takes (its measured width, the line's height)
     */
    public record Line(FrameElement element, String text, double x, double y, Font font, Box box) {
    }

    /**
     * A legend entry placed: its swatch's box and its text's line.
     *
     * @param entry  the entry
     * @param swatch where the swatch is drawn
     * @param label  its text
     */
    public record LegendItem(LegendDrawing.Entry entry, Box swatch, Line label) {
    }

    /**
     * The scale bar: its white backing, the bar itself and its label.
     *
     * @param backing the translucent white box behind it
     * @param bar     the black bar
     * @param label   the distance it stands for
     */
    public record Bar(Box backing, Box bar, Line label) {
    }

    /**
     * The north arrow: a triangle pointing up in its box, the letter N below it.
     *
     * @param arrow  the triangle's box
     * @param letter the N
     */
    public record Arrow(Box arrow, Line letter) {
    }

    /** The fonts of the frame at a scale. */
    static Font titleFont(double scale) {
        return Font.font(Fonts.sansFamily(), FontWeight.BOLD, 18 * scale);
    }

    static Font lineFont(double scale) {
        return Font.font(Fonts.sansFamily(), 12 * scale);
    }

    static Font smallFont(double scale) {
        return Font.font(Fonts.sansFamily(), 11 * scale);
    }

    static Font northFont(double scale) {
        return Font.font(Fonts.sansFamily(), FontWeight.BOLD, 12 * scale);
    }

    /** The frame laid out over a picture of the viewport's size at a scale. Call on the JavaFX thread. */
    public static FrameLayout of(EvidenceFrame frame, Viewport viewport, double scale) {
        TextMeasure measure = new TextMeasure();
        double margin = 12 * scale;
        double w = viewport.width();
        double h = viewport.height();
        double textWidth = w - 2 * margin;
        List<Line> lines = new ArrayList<>();
        Map<FrameElement, Box> boxes = new EnumMap<>(FrameElement.class);

        // Header: the title, the date range, the filters and count.
        double y = margin * 0.7;
        if (frame.shows(FrameElement.TITLE) && !frame.title().isEmpty()) {
            y = addLines(lines, boxes, measure, FrameElement.TITLE, List.of(frame.title()), margin, y, textWidth,
                    titleFont(scale), 25 * scale);
        }
        if (frame.shows(FrameElement.DATE) && frame.window() != null) {
            y = addLines(lines, boxes, measure, FrameElement.DATE, List.of(frame.dateLine()), margin, y, textWidth,
                    lineFont(scale), 16 * scale);
        }
        if (frame.shows(FrameElement.FILTERS)) {
            y = addLines(lines, boxes, measure, FrameElement.FILTERS, List.of(frame.filterLine()), margin, y, textWidth,
                    lineFont(scale), 16 * scale);
        }
        Box header = lines.isEmpty() ? null : new Box(0, 0, w, y + margin * 0.5);
        double headerHeight = header == null ? 0 : header.h();

        // Footer: the legend's rows, then the lines; laid out from its top, then moved to the bottom.
        Font small = smallFont(scale);
        List<LegendItem> legend = new ArrayList<>();
        int legendRows = 0;
        if (frame.shows(FrameElement.LEGEND)) {
            double row = LEGEND_ROW * scale;
            double x = 0;
            int rowIndex = 0;
            for (LegendDrawing.Entry entry : frame.legend()) {
                double textW = measure.width(small, entry.text());
                double itemWidth = (LegendDrawing.SWATCH_WIDTH + 4) * scale + textW;
                if (x > 0 && x + itemWidth > textWidth) {
                    x = 0;
                    rowIndex++;
                }
                double top = margin / 2 + rowIndex * row;
                Box swatch = new Box(margin + x, top + (LEGEND_ROW - LegendDrawing.SWATCH_HEIGHT) / 2 * scale,
                        LegendDrawing.SWATCH_WIDTH * scale, LegendDrawing.SWATCH_HEIGHT * scale);
                TextMeasure.Size size = measure.size(small, entry.text());
                double textX = margin + x + (LegendDrawing.SWATCH_WIDTH + 4) * scale;
                double textY = top + row / 2 - size.height() / 2;
                legend.add(new LegendItem(entry, swatch, new Line(FrameElement.LEGEND, entry.text(), textX, textY, small,
                        new Box(textX, textY, size.width(), size.height()))));
                x += itemWidth + 16 * scale;
                legendRows = rowIndex + 1;
            }
        }
        double footerY = margin / 2 + (legendRows * LEGEND_ROW * scale + (legendRows == 0 ? 0 : margin / 2));
        List<Line> footerLines = new ArrayList<>();
        Map<FrameElement, Box> footerBoxes = new EnumMap<>(FrameElement.class);
        for (FrameElement element : EvidenceFrame.FOOTER) {
            String text = frame.footerText(element);
            if (!text.isEmpty()) {
                footerY = addLines(footerLines, footerBoxes, measure, element, List.of(text), margin, footerY, textWidth,
                        small, 15 * scale);
            }
        }
        double footerHeight = legend.isEmpty() && footerLines.isEmpty() ? 0 : footerY + margin / 2;
        Box footer = footerHeight == 0 ? null : new Box(0, h - footerHeight, w, footerHeight);
        double shift = h - footerHeight;
        List<LegendItem> placedLegend = new ArrayList<>();
        Box legendBox = null;
        for (LegendItem item : legend) {
            LegendItem moved = new LegendItem(item.entry(), moved(item.swatch(), shift), moved(item.label(), shift));
            placedLegend.add(moved);
            legendBox = moved.swatch().union(legendBox).union(moved.label().box());
        }
        if (legendBox != null) {
            boxes.put(FrameElement.LEGEND, legendBox);
        }
        for (Line line : footerLines) {
            lines.add(moved(line, shift));
        }
        footerBoxes.forEach((element, box) -> boxes.put(element, moved(box, shift)));

        // Scale bar above the footer at the right, true at its own latitude; north arrow under the header.
        Bar bar = null;
        if (frame.shows(FrameElement.SCALE_BAR)) {
            double barY = h - footerHeight - margin;
            ScaleBar scaleBar = ScaleBar.forResolution(WebMercator.metresPerPixel(viewport.latitude(barY), viewport.zoom()),
                    180 * scale);
            double barX = w - margin - scaleBar.pixels();
            Font font = lineFont(scale);
            TextMeasure.Size size = measure.size(font, scaleBar.label());
            double labelY = barY - 7 * scale - size.height();
            Line label = new Line(FrameElement.SCALE_BAR, scaleBar.label(), barX, labelY, font,
                    new Box(barX, labelY, size.width(), size.height()));
            bar = new Bar(new Box(barX - 4 * scale, barY - 24 * scale, scaleBar.pixels() + 8 * scale, 28 * scale),
                    new Box(barX, barY - 5 * scale, scaleBar.pixels(), 5 * scale), label);
            boxes.put(FrameElement.SCALE_BAR, bar.backing().union(label.box()));
        }
        Arrow north = null;
        if (frame.shows(FrameElement.NORTH_ARROW)) {
            double ax = w - margin - 10 * scale;
            double ay = headerHeight + margin;
            Box arrow = new Box(ax - 7 * scale, ay, 14 * scale, 20 * scale);
            Font font = northFont(scale);
            TextMeasure.Size size = measure.size(font, "N");
            double letterY = ay + 22 * scale;
            Line letter = new Line(FrameElement.NORTH_ARROW, "N", ax - size.width() / 2, letterY, font,
                    new Box(ax - size.width() / 2, letterY, size.width(), size.height()));
            north = new Arrow(arrow, letter);
            boxes.put(FrameElement.NORTH_ARROW, arrow.union(letter.box()));
        }
        return new FrameLayout(w, h, scale, header, footer, lines, placedLegend, bar, north, boxes);
    }

    /** Adds an element's text wrapped to the width, one line each `step` down from y; returns the y after. */
    private static double addLines(List<Line> lines, Map<FrameElement, Box> boxes, TextMeasure measure,
                                   FrameElement element, List<String> texts, double x, double y, double width, Font font,
                                   double step) {
        for (String text : MapComposition.wrap(texts, width, font)) {
            TextMeasure.Size size = measure.size(font, text);
            Line line = new Line(element, text, x, y, font, new Box(x, y, size.width(), size.height()));
            lines.add(line);
            boxes.merge(element, line.box(), Box::union);
            y += step;
        }
        return y;
    }

    private static Box moved(Box box, double dy) {
        return new Box(box.x(), box.y() + dy, box.w(), box.h());
    }

    private static Line moved(Line line, double dy) {
        return new Line(line.element(), line.text(), line.x(), line.y() + dy, line.font(), moved(line.box(), dy));
    }
}
