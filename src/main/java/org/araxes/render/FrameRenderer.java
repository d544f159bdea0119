// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.araxes.geo.ScaleBar;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;

/**
 * Draws an {@link EvidenceFrame} over a map picture: a header band (title; date range, filters and
 * count), a footer band (numbered sources, credits, how borders and names are drawn, version and
 * export time), a legend box at the lower left, a scale bar at the lower right and a north arrow
 * at the upper right. Every size is screen pixels times the scale, so the frame reads the same at
 * 1× and at 4×.
 */
public final class FrameRenderer {

    private static final Color INK = Color.web("#222222");
    private static final Color SOFT_INK = Color.web("#333333");
    private static final double BAND_ALPHA = 0.88;

    private FrameRenderer() {
    }

    /** Draws the frame's elements that are switched on over a picture of the viewport's size. */
    public static void draw(GraphicsContext gc, Viewport viewport, double scale, EvidenceFrame frame) {
        gc.save();
        double margin = 12 * scale;
        double w = viewport.width();
        double h = viewport.height();
        Font titleFont = Font.font(Fonts.sansFamily(), FontWeight.BOLD, 18 * scale);
        Font subFont = Font.font(Fonts.sansFamily(), 12 * scale);
        Font small = Font.font(Fonts.sansFamily(), 11 * scale);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);

        // Header: title, then date range · filters · count.
        boolean hasTitle = frame.shows(FrameElement.TITLE) && !frame.title().isEmpty();
        List<String> sub = new ArrayList<>();
        if (frame.shows(FrameElement.DATE) && frame.window() != null) {
            sub.add(frame.dateLine());
        }
        if (frame.shows(FrameElement.FILTERS)) {
            sub.add(frame.filterLine());
        }
        List<String> subLines = sub.isEmpty() ? List.of() : MapComposition.wrap(List.of(String.join("  ·  ", sub)), w - 2 * margin, subFont);
        double header = 0;
        if (hasTitle || !subLines.isEmpty()) {
            header = margin * 0.7 + (hasTitle ? 25 * scale : 0) + subLines.size() * 16 * scale + margin * 0.5;
            band(gc, 0, 0, w, header);
            double y = margin * 0.7;
            gc.setFill(INK);
            if (hasTitle) {
                gc.setFont(titleFont);
                gc.fillText(frame.title(), margin, y);
                y += 25 * scale;
            }
            gc.setFill(SOFT_INK);
            gc.setFont(subFont);
            for (String line : subLines) {
                gc.fillText(line, margin, y);
                y += 16 * scale;
            }
        }

        // Footer: sources, credits, borders note, version.
        List<String> lines = frame.footerLines();
        lines = lines.isEmpty() ? lines : MapComposition.wrap(lines, w - 2 * margin, small);
        List<LegendItem> legend = frame.shows(FrameElement.LEGEND) ? legendFlow(frame.legend(), w - 2 * margin, scale, small)
                : List.of();
        double legendHeight = legend.isEmpty() ? 0 : (legend.get(legend.size() - 1).row() + 1) * LEGEND_ROW * scale + margin / 2;
        double footer = lines.isEmpty() && legend.isEmpty() ? 0 : legendHeight + lines.size() * 15 * scale + margin;
        if (footer > 0) {
            band(gc, 0, h - footer, w, footer);
            double top = h - footer + margin / 2;
            for (LegendItem item : legend) {
                double y = top + item.row() * LEGEND_ROW * scale;
                LegendDrawing.drawSwatch(gc, item.entry(), margin + item.x(), y + (LEGEND_ROW - LegendDrawing.SWATCH_HEIGHT) / 2 * scale, scale);
                gc.setFill(SOFT_INK);
                gc.setFont(small);
                gc.setTextBaseline(VPos.CENTER);
                gc.fillText(item.entry().text(), margin + item.x() + (LegendDrawing.SWATCH_WIDTH + 4) * scale, y + LEGEND_ROW / 2 * scale);
                gc.setTextBaseline(VPos.TOP);
            }
            gc.setFill(SOFT_INK);
            gc.setFont(small);
            double y = top + legendHeight;
            for (String line : lines) {
                gc.fillText(line, margin, y);
                y += 15 * scale;
            }
        }
        if (frame.shows(FrameElement.SCALE_BAR)) {
            double barY = h - footer - margin;
            double latitude = viewport.latitude(barY);
            ScaleBar bar = ScaleBar.forResolution(WebMercator.metresPerPixel(latitude, viewport.zoom()), 180 * scale);
            double barX = w - margin - bar.pixels();
            gc.setGlobalAlpha(0.8);
            gc.setFill(Color.WHITE);
            gc.fillRect(barX - 4 * scale, barY - 24 * scale, bar.pixels() + 8 * scale, 28 * scale);
            gc.setGlobalAlpha(1);
            gc.setFill(INK);
            gc.fillRect(barX, barY - 5 * scale, bar.pixels(), 5 * scale);
            gc.setFont(Font.font(Fonts.sansFamily(), 12 * scale));
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText(bar.label(), barX, barY - 7 * scale);
            gc.setTextBaseline(VPos.TOP);
        }
        if (frame.shows(FrameElement.NORTH_ARROW)) {
            // Web Mercator keeps north up everywhere.
            double ax = w - margin - 10 * scale;
            double ay = header + margin;
            gc.setFill(INK);
            gc.fillPolygon(new double[] {ax, ax - 7 * scale, ax + 7 * scale},
                    new double[] {ay, ay + 20 * scale, ay + 20 * scale}, 3);
            gc.setFont(Font.font(Fonts.sansFamily(), FontWeight.BOLD, 12 * scale));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("N", ax, ay + 22 * scale);
        }
        gc.restore();
    }

    private static void band(GraphicsContext gc, double x, double y, double w, double h) {
        gc.setGlobalAlpha(BAND_ALPHA);
        gc.setFill(Color.WHITE);
        gc.fillRect(x, y, w, h);
        gc.setGlobalAlpha(1);
    }

    /** Height of a legend row at scale 1, in pixels. */
    public static final double LEGEND_ROW = 18;

    /**
     * One legend entry placed in the footer: x from the left margin (scaled pixels) and its row.
     *
     * @param entry the entry
     * @param x     its left edge from the margin, in pixels at the picture's scale
     * @param row   its row, from 0
     */
    public record LegendItem(LegendDrawing.Entry entry, double x, int row) {
    }

    /**
     * The legend laid out in the footer: entries (swatch and text) left to right, a new row when
     * the next would pass the width, so the legend never covers the map.
     */
    public static List<LegendItem> legendFlow(List<LegendDrawing.Entry> entries, double width, double scale, Font font) {
        List<LegendItem> items = new ArrayList<>();
        Text measure = new Text();
        measure.setFont(font);
        double x = 0;
        int row = 0;
        for (LegendDrawing.Entry entry : entries) {
            measure.setText(entry.text());
            double itemWidth = (LegendDrawing.SWATCH_WIDTH + 4) * scale + measure.getLayoutBounds().getWidth();
            if (x > 0 && x + itemWidth > width) {
                x = 0;
                row++;
            }
            items.add(new LegendItem(entry, x, row));
            x += itemWidth + 16 * scale;
        }
        return items;
    }
}
