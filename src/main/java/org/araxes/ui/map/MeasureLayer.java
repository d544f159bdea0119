// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.araxes.geo.Geodesy;
import org.araxes.geo.Viewport;

/**
 * The measure tool's drawing: the points clicked, the path between them (and to the pointer while
 * measuring), and the polygon once closed. The readout gives the geodesic length along the path
 * and, when closed, the perimeter and area (GeographicLib, WGS84).
 */
public final class MeasureLayer extends ViewportLayer {

    /** A click within this many pixels of the first point closes the path. */
    static final double CLOSE_RADIUS = 10;

    private static final Color INK = Color.web("#d1495b");
    private static final Color HALO = Color.web("#ffffff", 0.9);

    private final List<double[]> points = new ArrayList<>(); // {lon, lat}
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private double[] pointer;
    private boolean closed;

    public MeasureLayer(Region map) {
        super(map);
        active.addListener((o, old, on) -> {
            if (!on) {
                clear();
            }
            update();
        });
    }

    /** Whether the tool is on. Turning it off clears the path. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The measured values as text ("Distance 12.3 km · Area 4.5 km²"), empty when nothing is measured. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** A click at a screen point: adds a point, or closes the path near the first point. */
    public void click(double x, double y) {
        Viewport v = viewport();
        if (v == null) {
            return;
        }
        if (closed) {
            points.clear();
            closed = false;
        }
        if (points.size() >= 3) {
            double[] first = points.get(0);
            if (Math.hypot(v.screenX(first[0]) - x, v.screenY(first[1]) - y) <= CLOSE_RADIUS) {
                close();
                return;
            }
        }
        points.add(new double[] {v.longitude(x), v.latitude(y)});
        update();
    }

    /** Adds a point by its coordinates. */
    void add(double lon, double lat) {
        points.add(new double[] {lon, lat});
        update();
    }

    /** Closes the path into a polygon (needs three points). */
    public void close() {
        if (points.size() >= 3) {
            closed = true;
            pointer = null;
            update();
        }
    }

    /** Removes the last point. */
    public void undo() {
        if (closed) {
            closed = false;
        } else if (!points.isEmpty()) {
            points.remove(points.size() - 1);
        }
        update();
    }

    /** Forgets the path. */
    void clear() {
        points.clear();
        closed = false;
        pointer = null;
        update();
    }

    /** The pointer moved to a screen point (drawn as a rubber band from the last point). */
    public void hover(double x, double y) {
        Viewport v = viewport();
        if (v == null || closed || points.isEmpty()) {
            return;
        }
        pointer = new double[] {v.longitude(x), v.latitude(y)};
        update();
    }

    public int pointCount() {
        return points.size();
    }

    boolean isClosed() {
        return closed;
    }

    /** The geodesic measure of the clicked path (without the pointer leg). */
    public Geodesy.PathMeasure measure() {
        double[] lons = new double[points.size()];
        double[] lats = new double[points.size()];
        for (int i = 0; i < lons.length; i++) {
            lons[i] = points.get(i)[0];
            lats[i] = points.get(i)[1];
        }
        return Geodesy.measure(lons, lats, closed);
    }

    private void update() {
        if (!active.get() || points.isEmpty()) {
            readout.set(active.get() ? Messages.get("measure.hint") : "");
        } else {
            Geodesy.PathMeasure m = measure();
            if (closed) {
                readout.set(Messages.format("measure.closed", km(m.perimeter()), area(m.area())));
            } else {
                double length = m.length();
                if (pointer != null) {
                    double[] last = points.get(points.size() - 1);
                    length += Geodesy.distance(last[0], last[1], pointer[0], pointer[1]);
                }
                readout.set(Messages.format("measure.open", km(length), points.size()));
            }
        }
        redraw();
    }

    public static String km(double metres) {
        double km = metres / 1000;
        return String.format(Locale.ROOT, km < 10 ? "%.2f km" : km < 1000 ? "%.1f km" : "%,.0f km", km);
    }

    static String area(double squareMetres) {
        double km2 = squareMetres / 1e6;
        return String.format(Locale.ROOT, km2 < 10 ? "%.2f km²" : km2 < 1000 ? "%.1f km²" : "%,.0f km²", km2);
    }

    /** The line follows the pointer, so it paints for the view shown. */
    @Override
    protected boolean cachesPicture() {
        return false;
    }

    @Override
    protected void paint(Viewport v) {
        if (!active.get() || points.isEmpty()) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        int n = points.size();
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        for (int i = 0; i < n; i++) {
            xs[i] = v.screenX(points.get(i)[0]);
            ys[i] = v.screenY(points.get(i)[1]);
        }
        int count = n;
        if (closed) {
            g.setFill(INK.deriveColor(0, 1, 1, 0.18));
            g.fillPolygon(xs, ys, n);
            xs[n] = xs[0];
            ys[n] = ys[0];
            count = n + 1;
        } else if (pointer != null) {
            xs[n] = v.screenX(pointer[0]);
            ys[n] = v.screenY(pointer[1]);
            count = n + 1;
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(HALO);
        g.setLineWidth(5);
        g.strokePolyline(xs, ys, count);
        g.setStroke(INK);
        g.setLineWidth(2.5);
        g.setLineDashes(closed || pointer == null ? null : new double[] {8, 5});
        g.strokePolyline(xs, ys, closed || pointer == null ? count : n);
        if (!closed && pointer != null) {
            g.setLineDashes(6, 5);
            g.strokeLine(xs[n - 1], ys[n - 1], xs[n], ys[n]);
        }
        g.setLineDashes(null);
        for (int i = 0; i < n; i++) {
            g.setFill(Color.WHITE);
            g.fillOval(xs[i] - 5, ys[i] - 5, 10, 10);
            g.setStroke(INK);
            g.setLineWidth(2);
            g.strokeOval(xs[i] - 5, ys[i] - 5, 10, 10);
        }
    }
}
