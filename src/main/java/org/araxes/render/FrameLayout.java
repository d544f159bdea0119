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
 * filters and count, each wrapped to the width; the north arrow at the right), a footer band (the
 * legend, entries left to right in rows, with the scale bar at their right, then the sources,
 * credits, borders note and version, each wrapped), and the map laid out between the bands. Every size
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
 * @param map      the picture's part between the bands, where the map's content is
 * @param mapViewport the viewport the map is drawn with: the area asked for, inside {@code map}
 * @param numbered whether the sources are numbered in full, so the markers carry the numbers
 */
public record FrameLayout(double width, double height, double scale, Box header, Box footer, List<Line> lines,
                          List<LegendItem> legend, Bar scaleBar, Arrow north, Map<FrameElement, Box> boxes,
                          Box map, Viewport mapViewport, boolean numbered) {

    /** The most lines the sources take. */
    public static final int SOURCE_LINES = 3;
    /** The most of a picture the frame's bands take before the frame is set smaller (see {@link #of}). */
    public static final double MAX_SHARE = 0.4;

    /** Height of a legend row at scale 1, in pixels. */
    public static final double LEGEND_ROW = 18;
    /**
     * Opacity of the white bands: whole, so nothing of the map (a place's dot, a border) shows
     * through among the frame's text, as a printed figure's caption stands apart from the figure.
     */
    public static final double BAND_ALPHA = 1;

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

    /** The font of an animation frame's moment: large and bold, to be read while the picture moves. */
    static Font momentFont(double scale) {
        return Font.font(Fonts.sansFamily(), FontWeight.BOLD, 34 * scale);
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

    /**
     * The frame laid out over a picture of the viewport's size at a scale, with the map moved
     * inside it: the header band (the title, the date, the filters, the north arrow at the right)
     * and the footer band (the legend with the scale bar at its right, then the sources, credits,
     * borders note and version) take the top and the bottom, and {@link #mapViewport} shows the
     * viewport's whole area between them, so no frame element covers anything the picture shows.
     * The sources take at most {@value #SOURCE_LINES} lines: the most cited are named while they
     * fit, the rest counted. Call on the JavaFX thread.
     *
     * <p>A small picture gets a smaller frame: while the bands would take more than
     * {@value #MAX_SHARE} of the picture, the frame's type and spacing are set at 85 %, then 75 % of
     * the picture's scale, and last the legend is left out and the sources take one line (the full
     * list is always in the sources file beside the picture). The credits, the borders note and
     * the version always stay, so below about 640×400 pixels the frame takes more than that share
     * (56 % at 480×320).
     *
     * @param viewport the area asked for and the picture's size
     */
    public static FrameLayout of(EvidenceFrame frame, Viewport viewport, double scale) {
        FrameLayout layout = layOut(frame, viewport, scale, true);
        for (double smaller : new double[] {0.85, 0.75}) {
            if (layout.share() <= MAX_SHARE) {
                return layout;
            }
            layout = layOut(frame, viewport, scale * smaller, true);
        }
        return layout.share() <= MAX_SHARE ? layout : layOut(frame, viewport, scale * 0.75, false);
    }

    /** The frame laid out at a type scale, with its legend and three lines of sources or without the legend and with one. */
    private static FrameLayout layOut(EvidenceFrame frame, Viewport viewport, double scale, boolean full) {
        int sourceLines = full ? SOURCE_LINES : 1;
        TextMeasure measure = new TextMeasure();
        double margin = 12 * scale;
        double w = viewport.width();
        double h = viewport.height();
        double textWidth = w - 2 * margin;
        List<Line> lines = new ArrayList<>();
        Map<FrameElement, Box> boxes = new EnumMap<>(FrameElement.class);

        // Header: the title, the date range, the filters and count; the north arrow at the right.
        boolean arrow = frame.shows(FrameElement.NORTH_ARROW);
        double headerText = arrow ? textWidth - 24 * scale : textWidth;
        double y = margin * 0.7;
        if (frame.shows(FrameElement.DATE) && !frame.momentLine().isEmpty()) {
            y = addLines(lines, boxes, measure, FrameElement.DATE, List.of(frame.momentLine()), margin, y, headerText,
                    momentFont(scale), 44 * scale);
        }
        if (frame.shows(FrameElement.TITLE) && !frame.title().isEmpty()) {
            y = addLines(lines, boxes, measure, FrameElement.TITLE, List.of(frame.title()), margin, y, headerText,
                    titleFont(scale), 25 * scale);
        }
        if (frame.shows(FrameElement.DATE) && frame.window() != null) {
            y = addLines(lines, boxes, measure, FrameElement.DATE, List.of(frame.dateLine()), margin, y, headerText,
                    lineFont(scale), 16 * scale);
        }
        if (frame.shows(FrameElement.FILTERS)) {
            y = addLines(lines, boxes, measure, FrameElement.FILTERS, List.of(frame.filterLine()), margin, y, headerText,
                    lineFont(scale), 16 * scale);
        }
        double headerHeight = lines.isEmpty() ? 0 : y + margin * 0.5;
        Font northFont = northFont(scale);
        TextMeasure.Size northSize = measure.size(northFont, "N");
        if (arrow) {
            headerHeight = Math.max(headerHeight, margin * 0.5 + 22 * scale + northSize.height() + margin * 0.5);
        }
        Box header = headerHeight == 0 ? null : new Box(0, 0, w, headerHeight);

        // Footer: the legend's rows with the scale bar at their right, then the lines; laid out
        // from its top, then moved to the bottom.
        boolean scaleBar = frame.shows(FrameElement.SCALE_BAR);
        double barRoom = scaleBar ? 180 * scale + 8 * scale + margin : 0;
        Font small = smallFont(scale);
        List<LegendItem> legend = new ArrayList<>();
        int legendRows = 0;
        if (full && frame.shows(FrameElement.LEGEND)) {
            double row = LEGEND_ROW * scale;
            double x = 0;
            int rowIndex = 0;
            for (LegendDrawing.Entry entry : frame.legend()) {
                double textW = measure.width(small, entry.text());
                double itemWidth = (LegendDrawing.SWATCH_WIDTH + 4) * scale + textW;
                if (x > 0 && x + itemWidth > textWidth - barRoom) {
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
        double topRow = legendRows * LEGEND_ROW * scale;
        if (scaleBar) {
            topRow = Math.max(topRow, 30 * scale);
        }
        double footerY = margin / 2 + topRow + (topRow == 0 ? 0 : margin / 2);
        List<Line> footerLines = new ArrayList<>();
        Map<FrameElement, Box> footerBoxes = new EnumMap<>(FrameElement.class);
        boolean numbered = false;
        for (FrameElement element : EvidenceFrame.FOOTER) {
            String text = frame.footerText(element);
            if (element == FrameElement.SOURCES && !text.isEmpty()) {
                int listed = Math.min(frame.sources().size(),
                        frame.numbered() ? EvidenceFrame.NUMBERED_MAX : EvidenceFrame.LISTED_MAX);
                text = frame.sourcesLine(listed);
                while (listed > 0 && MapComposition.wrap(List.of(text), textWidth, small).size() > sourceLines) {
                    listed--;
                    text = frame.sourcesLine(listed);
                }
                numbered = frame.numbered() && listed == frame.sources().size();
            }
            if (!text.isEmpty()) {
                footerY = addLines(footerLines, footerBoxes, measure, element, List.of(text), margin, footerY, textWidth,
                        small, 15 * scale);
            }
        }
        double footerHeight = topRow == 0 && footerLines.isEmpty() ? 0 : footerY + margin / 2;
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

        // The map between the bands: the viewport's whole area, a margin clear of each band.
        Box map = new Box(0, headerHeight, w, Math.max(1, h - headerHeight - footerHeight));
        Viewport mapViewport = inside(viewport, map, margin);

        // Scale bar at the right of the footer's first row, true at the map's lower edge.
        Bar bar = null;
        if (scaleBar) {
            double barY = shift + margin / 2 + 26 * scale;
            ScaleBar sb = ScaleBar.forResolution(WebMercator.metresPerPixel(
                    mapViewport.latitude(map.y() + map.h()), mapViewport.zoom()), 180 * scale);
            double barX = w - margin - sb.pixels();
            Font font = lineFont(scale);
            TextMeasure.Size size = measure.size(font, sb.label());
            double labelY = barY - 7 * scale - size.height();
            Line label = new Line(FrameElement.SCALE_BAR, sb.label(), barX, labelY, font,
                    new Box(barX, labelY, size.width(), size.height()));
            bar = new Bar(new Box(barX - 4 * scale, barY - 24 * scale, sb.pixels() + 8 * scale, 28 * scale),
                    new Box(barX, barY - 5 * scale, sb.pixels(), 5 * scale), label);
            boxes.put(FrameElement.SCALE_BAR, bar.backing().union(label.box()));
        }
        Arrow north = null;
        if (arrow) {
            double ax = w - margin - 10 * scale;
            double ay = margin * 0.5;
            Box triangle = new Box(ax - 7 * scale, ay, 14 * scale, 20 * scale);
            double letterY = ay + 22 * scale;
            Line letter = new Line(FrameElement.NORTH_ARROW, "N", ax - northSize.width() / 2, letterY, northFont,
                    new Box(ax - northSize.width() / 2, letterY, northSize.width(), northSize.height()));
            north = new Arrow(triangle, letter);
            boxes.put(FrameElement.NORTH_ARROW, triangle.union(letter.box()));
        }
        return new FrameLayout(w, h, scale, header, footer, lines, placedLegend, bar, north, boxes, map, mapViewport,
                numbered);
    }

    /**
     * A viewport of the same picture size that shows all of another's area inside a box, clear of
     * its edges by a margin, centred in it (zoomed out as little as needed).
     */
    static Viewport inside(Viewport requested, Box box, double margin) {
        double w = requested.width();
        double h = requested.height();
        double factor = Math.min(Math.max(1, box.h() - 2 * margin) / h, Math.max(1, box.w() - 2 * margin) / w);
        factor = Math.min(1, factor);
        Viewport centred = Viewport.centeredOn(requested.centerLongitude(), requested.centerLatitude(),
                Math.max(0, requested.zoom() + Math.log(factor) / Math.log(2)), w, h);
        return new Viewport(centred.zoom(), centred.translateX() + (box.x() + box.w() / 2 - w / 2),
                centred.translateY() + (box.y() + box.h() / 2 - h / 2), w, h);
    }

    /** The share of the picture the frame's bands and boxes cover, 0–1. */
    public double share() {
        double covered = (header == null ? 0 : header.h() * header.w()) + (footer == null ? 0 : footer.h() * footer.w());
        return covered / (width * height);
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
