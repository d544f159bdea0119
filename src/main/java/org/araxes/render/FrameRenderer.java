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
        List<String> lines = new ArrayList<>();
        if (frame.shows(FrameElement.SOURCES) && !frame.sources().isEmpty()) {
            lines.add("Sources (numbers on the map): " + String.join("   ", frame.numberedSources()));
        }
        if (frame.shows(FrameElement.CREDITS) && !frame.credits().isEmpty()) {
            lines.add(frame.creditLine());
        }
        if (frame.shows(FrameElement.BORDERS_NOTE)) {
            lines.add(frame.bordersNote());
        }
        if (frame.shows(FrameElement.VERSION)) {
            lines.add(frame.versionLine());
        }
        lines = lines.isEmpty() ? lines : MapComposition.wrap(lines, w - 2 * margin, small);
        double footer = lines.isEmpty() ? 0 : lines.size() * 15 * scale + margin;
        if (!lines.isEmpty()) {
            band(gc, 0, h - footer, w, footer);
            gc.setFill(SOFT_INK);
            gc.setFont(small);
            double y = h - footer + margin / 2;
            for (String line : lines) {
                gc.fillText(line, margin, y);
                y += 15 * scale;
            }
        }

        if (frame.shows(FrameElement.LEGEND) && !frame.legend().isEmpty()) {
            drawLegend(gc, frame.legend(), margin, header + margin, h - footer - margin, scale, small);
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

    /** The legend in a box in columns of rows between top and bottom, from the left margin. */
    private static void drawLegend(GraphicsContext gc, List<LegendDrawing.Entry> entries, double left, double top,
                                   double bottom, double scale, Font font) {
        double row = 18 * scale;
        double pad = 8 * scale;
        double headingHeight = 18 * scale;
        int perColumn = (int) Math.max(1, Math.floor((bottom - top - 2 * pad - headingHeight) / row));
        int columns = (entries.size() + perColumn - 1) / perColumn;
        int rows = Math.min(perColumn, entries.size());
        Text measure = new Text();
        measure.setFont(font);
        double[] widths = new double[columns];
        for (int i = 0; i < entries.size(); i++) {
            measure.setText(entries.get(i).text());
            widths[i / perColumn] = Math.max(widths[i / perColumn], measure.getLayoutBounds().getWidth());
        }
        double swatch = LegendDrawing.SWATCH_WIDTH * scale;
        double boxWidth = pad;
        for (double textWidth : widths) {
            boxWidth += swatch + 6 * scale + textWidth + pad;
        }
        double boxHeight = 2 * pad + headingHeight + rows * row;
        double boxTop = bottom - boxHeight;
        gc.setGlobalAlpha(BAND_ALPHA);
        gc.setFill(Color.WHITE);
        gc.fillRoundRect(left, boxTop, boxWidth, boxHeight, 8 * scale, 8 * scale);
        gc.setGlobalAlpha(1);
        gc.setStroke(Color.gray(0.6));
        gc.setLineWidth(scale);
        gc.strokeRoundRect(left, boxTop, boxWidth, boxHeight, 8 * scale, 8 * scale);
        gc.setFill(INK);
        gc.setFont(Font.font(Fonts.sansFamily(), FontWeight.BOLD, 12 * scale));
        gc.setTextBaseline(VPos.TOP);
        gc.fillText("Legend", left + pad, boxTop + pad);
        double x = left + pad;
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < perColumn; r++) {
                int i = c * perColumn + r;
                if (i >= entries.size()) {
                    break;
                }
                double y = boxTop + pad + headingHeight + r * row;
                LegendDrawing.drawSwatch(gc, entries.get(i), x, y + (row - LegendDrawing.SWATCH_HEIGHT * scale) / 2 - scale, scale);
                gc.setFill(SOFT_INK);
                gc.setFont(font);
                gc.setTextBaseline(VPos.CENTER);
                gc.fillText(entries.get(i).text(), x + swatch + 6 * scale, y + row / 2);
            }
            x += swatch + 6 * scale + widths[c] + pad;
        }
        gc.setTextBaseline(VPos.TOP);
    }
}
