// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.araxes.geo.Graticule;
import org.araxes.geo.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * Meridians and parallels over the map (Web Mercator draws them as straight lines), every 1°,
 * 0.5° or 0.1° by zoom ({@link Graticule#step}), labelled at the map's left and top edges.
 */
public final class GraticuleLayer extends ViewportLayer {

    private static final Color LINE = Color.web("#1f3a5f", 0.45);
    private static final Color TEXT = Color.web("#1f3a5f");
    private static final Color HALO = Color.web("#ffffff", 0.85);

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);

    public GraticuleLayer(Region map) {
        super(map);
        shown.addListener(o -> redraw());
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The graticule's labels stand at the map's edges, so it paints for the view shown. */
    @Override
    protected boolean cachesPicture() {
        return false;
    }

    @Override
    protected void paint(Viewport v) {
        if (!shown.get()) {
            return;
        }
        Envelope box = v.visibleBounds();
        double step = Graticule.step(v.zoom());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFont(Font.font("System", 11));
        g.setLineWidth(1);
        for (Graticule.Line line : Graticule.lines(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), step)) {
            g.setStroke(LINE);
            g.setLineDashes(4, 4);
            if (line.meridian()) {
                double x = Math.round(v.screenX(line.value())) + 0.5;
                g.strokeLine(x, 0, x, v.height());
                label(g, line.label(), x, 4, TextAlignment.CENTER, VPos.TOP);
            } else {
                double y = Math.round(v.screenY(line.value())) + 0.5;
                g.strokeLine(0, y, v.width(), y);
                label(g, line.label(), 4, y, TextAlignment.LEFT, VPos.CENTER);
            }
        }
        g.setLineDashes(null);
    }

    private static void label(GraphicsContext g, String text, double x, double y, TextAlignment align, VPos baseline) {
        g.setTextAlign(align);
        g.setTextBaseline(baseline);
        g.setStroke(HALO);
        g.setLineDashes(null);
        g.setLineWidth(3);
        g.strokeText(text, x, y);
        g.setFill(TEXT);
        g.fillText(text, x, y);
        g.setLineWidth(1);
    }
}
