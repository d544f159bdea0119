// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws an {@link EvidenceFrame} over a map picture, on any {@link Surface}, in the boxes of its
 * {@link FrameLayout}: the white bands, the text lines, the legend's swatches, the scale bar and
 * the north arrow. Each element is drawn in a group named after it ({@code frame-title} …), which
 * the SVG keeps.
 */
public final class FrameRenderer {

    private static final Color INK = Color.web("#222222");
    private static final Color SOFT_INK = Color.web("#333333");

    private FrameRenderer() {
    }

    /** Draws a frame laid out. */
    public static void draw(Surface g, FrameLayout layout) {
        g.save();
        g.beginGroup("frame");
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        band(g, layout.header());
        band(g, layout.footer());
        FrameElement open = null;
        for (FrameLayout.Line line : layout.lines()) {
            if (line.element() != open) {
                if (open != null) {
                    g.endGroup();
                }
                open = line.element();
                g.beginGroup("frame-" + open.cliName());
            }
            g.setFill(line.element() == FrameElement.TITLE ? INK : SOFT_INK);
            g.setFont(line.font());
            g.fillText(line.text(), line.x(), line.y());
        }
        if (open != null) {
            g.endGroup();
        }
        if (!layout.legend().isEmpty()) {
            g.beginGroup("frame-" + FrameElement.LEGEND.cliName());
            for (FrameLayout.LegendItem item : layout.legend()) {
                LegendDrawing.drawSwatch(g, item.entry(), item.swatch().x(), item.swatch().y(), layout.scale());
                g.setFill(SOFT_INK);
                g.setFont(item.label().font());
                g.setTextBaseline(VPos.TOP);
                g.fillText(item.label().text(), item.label().x(), item.label().y());
            }
            g.endGroup();
        }
        FrameLayout.Bar bar = layout.scaleBar();
        if (bar != null) {
            g.beginGroup("frame-" + FrameElement.SCALE_BAR.cliName());
            g.setGlobalAlpha(0.8);
            g.setFill(Color.WHITE);
            fill(g, bar.backing());
            g.setGlobalAlpha(1);
            g.setFill(INK);
            fill(g, bar.bar());
            g.setFont(bar.label().font());
            g.fillText(bar.label().text(), bar.label().x(), bar.label().y());
            g.endGroup();
        }
        FrameLayout.Arrow north = layout.north();
        if (north != null) {
            // Web Mercator keeps north up everywhere.
            g.beginGroup("frame-" + FrameElement.NORTH_ARROW.cliName());
            FrameLayout.Box a = north.arrow();
            g.setFill(INK);
            g.fillPolygon(new double[] {a.x() + a.w() / 2, a.x(), a.x() + a.w()}, new double[] {a.y(), a.y() + a.h(), a.y() + a.h()}, 3);
            g.setFont(north.letter().font());
            g.fillText(north.letter().text(), north.letter().x(), north.letter().y());
            g.endGroup();
        }
        g.endGroup();
        g.restore();
    }

    private static void band(Surface g, FrameLayout.Box box) {
        if (box == null) {
            return;
        }
        g.setGlobalAlpha(FrameLayout.BAND_ALPHA);
        g.setFill(Color.WHITE);
        fill(g, box);
        g.setGlobalAlpha(1);
    }

    private static void fill(Surface g, FrameLayout.Box box) {
        g.fillRect(box.x(), box.y(), box.w(), box.h());
    }
}
