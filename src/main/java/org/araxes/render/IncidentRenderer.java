// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentStore;
import org.araxes.raster.MarkerRaster;
import org.araxes.timeline.TimeWindow;

/**
 * Draws incidents on a map: a category symbol each, fading with age, with the location's precision
 * as a translucent radius. Incidents at one place are fanned out around it; places closer than a
 * grid cell merge into a cluster with a count below {@link #CLUSTER_MAX_ZOOM}. The screen layer and
 * the export both call {@link #draw}, so a picture shows the incidents exactly as the window does.
 *
 * <p>Sizes are screen pixels times {@code scale}; clustering uses the zoom the picture would have
 * at scale 1, so an export at 2× merges the same incidents as the screen.
 *
 * <p>Each output owns a renderer (the map layer one, every export one): it keeps the last layout
 * of the incidents and its picture of radii and clusters, and the digit masks of the counts, for
 * that output alone. The picture is laid out in world pixels for the whole area drawn, so a canvas
 * that is one stripe of a tall export draws exactly its rows of it. Not thread-safe.
 */
public final class IncidentRenderer {

    /** From this (screen) zoom on, places are never merged into clusters. */
    public static final double CLUSTER_MAX_ZOOM = 10;
    private static final double CELL = 40;
    private static final double SYMBOL = 7;
    private static final double FAN = 13;

    /** The last layout, reused while the view pans inside it. */
    private Layout last;
    /** Digit masks of the cluster counts, by scale, made on the JavaFX thread. */
    private final Map<Double, Glyphs> glyphs = new java.util.HashMap<>();

    /** A renderer for one output, with nothing laid out yet. */
    public IncidentRenderer() {
    }

    /**
     * Something drawn: one incident or a cluster, at a point with a radius the pointer can hit.
     *
     * @param x         screen x of its centre
     * @param y         screen y of its centre
     * @param radius    hit radius in pixels
     * @param incidents the incidents it stands for, at least one (kept as given, not copied)
     * @param cluster   true for a cluster of several places
     */
    public record Mark(double x, double y, double radius, List<Incident> incidents, boolean cluster) {

        public Mark {
            // not copied: the renderer passes the store's lazy list, so a cluster of 50,000
            // incidents does not rebuild 50,000 records per frame
            incidents = java.util.Collections.unmodifiableList(incidents);
            if (incidents.isEmpty()) {
                throw new IllegalArgumentException("a mark stands for at least one incident");
            }
        }
    }

    /**
     * What to draw: the store, the indices shown, the time window (for fading) and the selection.
     *
     * @param store    the incidents loaded
     * @param indices  indices into the store of the incidents shown
     * @param window   the time window shown, or null (no fading)
     * @param selected the selected incident, or null
     */
    public record Shown(IncidentStore store, int[] indices, TimeWindow window, Incident selected) {

        public Shown {
            if (store == null) {
                throw new IllegalArgumentException("a store is needed");
            }
            indices = indices == null ? new int[0] : indices.clone();
        }

        /** The incidents shown, in index order. */
        public List<Incident> incidents() {
            return store.incidents(indices);
        }

        /**
         * The same, keeping only the incidents whose point lies in an area (degrees; edges
         * included): what a picture of that area shows. Reads the store's columns.
         */
        public Shown within(org.locationtech.jts.geom.Envelope area) {
            int[] kept = new int[indices.length];
            int n = 0;
            for (int index : indices) {
                if (store.hasPoint(index) && area.contains(store.lon(index), store.lat(index))) {
                    kept[n++] = index;
                }
            }
            Incident keptSelected = selected != null && selected.hasPoint()
                    && area.contains(selected.point().lon(), selected.point().lat()) ? selected : null;
            return new Shown(store, java.util.Arrays.copyOf(kept, n), window, keptSelected);
        }

        @Override
        public int[] indices() {
            return indices.clone();
        }
    }

    /** Draws the incidents at screen scale on a canvas; returns the marks drawn. */
    public List<Mark> draw(GraphicsContext g, Viewport viewport, Shown shown) {
        return draw(new FxSurface(g), viewport, shown, 1, null);
    }

    /**
     * Draws the incidents.
     *
     * <p>Works on the store's columns, not on incident records: the screen position of each shown
     * incident is one multiply-add from its stored Web Mercator coordinates, incidents outside the
     * picture are culled, and grouping into places and grid cells uses primitive arrays (a counting
     * sort by cell), so a frame with 100,000 incidents in view costs a few milliseconds before the
     * first draw call. Records are rebuilt only for what a mark needs (its incidents are a lazy list).
     *
     * @param scale symbol and spacing scale (1 = screen)
     * @param badge a short text drawn beside each mark (e.g. its source numbers), or null for none
     * @return the marks drawn, for hit testing
     */
    public List<Mark> draw(Surface g, Viewport viewport, Shown shown, double scale,
                           Function<List<Incident>, String> badge) {
        List<Mark> marks = new ArrayList<>();
        IncidentStore store = shown.store();
        double symbol = SYMBOL * scale;
        double tx = viewport.translateX();
        double ty = viewport.translateY();
        double width = viewport.width();
        double height = viewport.height();
        int selectedIndex = shown.selected() == null ? -1 : store.indexOf(shown.selected().id());

        // 1-2. Grouping, in world pixels and so unchanged by a pan: reused while the view stays
        // inside the area it was worked out for (the view plus a margin), redone on zoom or new data.
        Layout layout = layout(store, shown.indices, viewport, scale);
        double ox = layout.x0 + tx; // screen position of the layout's world origin
        double oy = layout.y0 + ty;

        // 3-4. Precision radii (under everything) and clusters: one picture for the whole layout
        // area; a canvas gets it rasterised once and blitted at the pan offset (dashed translucent
        // circles and arcs cost the software pipeline tens of milliseconds a frame as canvas
        // calls), an SVG gets its shapes.
        g.save();
        g.translate(ox, oy);
        g.drawPicture(layout);
        g.restore();
        for (Layout.Cluster cluster : layout.clusters) {
            double x = cluster.x() + ox;
            double y = cluster.y() + oy;
            if (x + cluster.r() > 0 && y + cluster.r() > 0 && x - cluster.r() < width && y - cluster.r() < height) {
                marks.add(new Mark(x, y, cluster.r(), store.incidents(cluster.members()), true));
                if (selectedIndex >= 0 && contains(cluster.members(), selectedIndex)) {
                    // the selected incident is inside this cluster: a ring round the cluster in the
                    // ink of a selected symbol's halo, so the selection never disappears
                    double ring = cluster.r() + 4 * scale;
                    g.setStroke(Color.web("#ffffff", 0.9));
                    g.setLineWidth(5 * scale);
                    g.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
                    g.setStroke(Color.web("#111111"));
                    g.setLineWidth(2.5 * scale);
                    g.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
                }
            }
        }

        // 5. Symbols and fans of single places on top.
        double cull = CELL * scale;
        for (int c = 0; c < layout.groups; c++) {
            int count = layout.from[c + 1] - layout.from[c];
            if (count == 0 || !layout.onePlace[c]) {
                continue;
            }
            double cx = layout.wx[layout.sorted[layout.from[c]]] + ox;
            double cy = layout.wy[layout.sorted[layout.from[c]]] + oy;
            if (cx < -cull || cy < -cull || cx > width + cull || cy > height + cull) {
                continue;
            }
            if (count > 1) {
                g.setStroke(Color.gray(0.2, 0.6));
                g.setLineWidth(scale);
                g.strokeOval(cx - 2 * scale, cy - 2 * scale, 4 * scale, 4 * scale);
            }
            for (int k = 0; k < count; k++) {
                int index = layout.member[layout.sorted[layout.from[c] + k]];
                double x = cx;
                double y = cy;
                if (count > 1) {
                    double angle = -Math.PI / 2 + 2 * Math.PI * k / count;
                    double radius = (FAN + Math.max(0, count - 6) * 1.5) * scale;
                    x = cx + radius * Math.cos(angle);
                    y = cy + radius * Math.sin(angle);
                    g.setStroke(Color.gray(0.2, 0.6));
                    g.setLineWidth(scale);
                    g.strokeLine(cx, cy, x, y);
                }
                double alpha = fade(store.endDay(index), shown.window());
                g.beginGroup(null, "incident", () -> {
                    Incident incident = store.get(index);
                    return incident.title() + " — " + incident.date().display();
                });
                if (index == selectedIndex) {
                    double halo = symbol + 5 * scale;
                    g.setFill(Color.web("#ffffff", 0.9));
                    g.fillOval(x - halo, y - halo, 2 * halo, 2 * halo);
                    g.setStroke(Color.web("#111111"));
                    g.setLineWidth(2.5 * scale);
                    g.strokeOval(x - halo, y - halo, 2 * halo, 2 * halo);
                    alpha = 1;
                }
                IncidentSymbols.draw(g, store.category(index), x, y, symbol, alpha, scale);
                if (store.isImprecise(index)) {
                    // a date known only as a span: a dashed ring around the symbol
                    g.beginGroup(null, "date-span", null);
                    double ring = symbol + 3 * scale;
                    g.setStroke(Color.gray(0.15, alpha));
                    g.setLineWidth(scale);
                    g.setLineDashes(2 * scale, 2 * scale);
                    g.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
                    g.setLineDashes();
                    g.endGroup();
                }
                g.endGroup();
                marks.add(new Mark(x, y, symbol + 3 * scale, store.incidents(new int[] {index}), false));
            }
        }
        if (badge != null) {
            for (Mark mark : marks) {
                drawBadge(g, mark, badge.apply(mark.incidents()), scale);
            }
        }
        return marks;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shown incidents grouped for one zoom and scale over an area of the world (the view plus
     * {@link #MARGIN} pixels each side), in world pixels with the area's top-left corner as origin:
     * places and grid cells (anchored to the world, so a pan never regroups), the clusters, and
     * their picture once rasterised. The last layout is kept and reused while the view stays inside
     * its area with the same data, zoom and scale; panning then costs one image blit.
     */
    private Layout layout(IncidentStore store, int[] indices, Viewport viewport, double scale) {
        double vx0 = -viewport.translateX();
        double vy0 = -viewport.translateY();
        Layout cached = last;
        if (cached != null && cached.store == store && cached.zoom == viewport.zoom() && cached.scale == scale
                && vx0 >= cached.x0 && vy0 >= cached.y0 && vx0 + viewport.width() <= cached.x0 + cached.w
                && vy0 + viewport.height() <= cached.y0 + cached.h && java.util.Arrays.equals(cached.indices, indices)) {
            return cached;
        }
        double margin = Layout.MARGIN * scale;
        Layout layout = new Layout(store, indices, viewport.zoom(), scale, vx0 - margin, vy0 - margin,
                viewport.width() + 2 * margin, viewport.height() + 2 * margin,
                javafx.application.Platform.isFxApplicationThread() ? glyphs.computeIfAbsent(scale, Glyphs::new) : glyphs.get(scale));
        last = layout;
        return layout;
    }

    private static final class Layout implements Picture {
        static final double MARGIN = 384;
        /** The most pixels rasterised at once for the whole area; larger areas are rasterised per request. */
        static final long WHOLE_PICTURE_PIXELS = 16L << 20;

        record Cluster(double x, double y, double r, int[] members, int[] colors, int[] weights, String label) {
        }

        final IncidentStore store;
        final int[] indices;
        final double zoom;
        final double scale;
        final double x0;
        final double y0;
        final double w;
        final double h;
        int n;
        int[] member;
        double[] wx;
        double[] wy;
        int groups;
        int[] from;
        int[] sorted;
        boolean[] onePlace;
        final List<Cluster> clusters = new ArrayList<>();
        private final Glyphs glyphs;
        /** The whole area rasterised (null until asked, or when too large to keep). */
        private Placed picture;
        private boolean pictureMade;

        private Layout(IncidentStore store, int[] indices, double zoom, double scale, double x0, double y0, double w, double h,
                       Glyphs glyphs) {
            this.glyphs = glyphs;
            this.store = store;
            this.indices = indices;
            this.zoom = zoom;
            this.scale = scale;
            this.x0 = x0;
            this.y0 = y0;
            this.w = w;
            this.h = h;
            double cellSize = CELL * scale;
            double worldSize = WebMercator.worldSize(zoom);
            // 1. World positions (relative to the area) of the shown incidents in it.
            member = new int[indices.length];
            wx = new double[indices.length];
            wy = new double[indices.length];
            for (int i : indices) {
                double lon = store.lon(i);
                if (Double.isNaN(lon)) {
                    continue;
                }
                double x = (lon + 180) / 360 * worldSize - x0;
                double y = store.mercatorY(i) * worldSize / WebMercator.TILE_SIZE - y0;
                if (x < 0 || y < 0 || x >= w || y >= h) {
                    continue;
                }
                member[n] = i;
                wx[n] = x;
                wy[n] = y;
                n++;
            }
            // 2. Groups: by world-anchored grid cell when clustering, else by place (1e-4 degrees).
            boolean clustering = zoom - Math.log(scale) / Math.log(2) < CLUSTER_MAX_ZOOM - 1e-9;
            int[] key = new int[n];
            if (clustering) {
                double cellX0 = Math.floor((x0) / cellSize);
                double cellY0 = Math.floor((y0) / cellSize);
                int cols = (int) Math.ceil(w / cellSize) + 2;
                for (int k = 0; k < n; k++) {
                    int cx = (int) (Math.floor((wx[k] + x0) / cellSize) - cellX0);
                    int cy = (int) (Math.floor((wy[k] + y0) / cellSize) - cellY0);
                    key[k] = cy * cols + cx;
                }
                groups = cols * ((int) Math.ceil(h / cellSize) + 2);
            } else {
                Map<Long, Integer> places = new java.util.HashMap<>();
                for (int k = 0; k < n; k++) {
                    key[k] = places.computeIfAbsent(placeKey(store, member[k]), p -> places.size());
                }
                groups = places.size();
            }
            // counting sort: members of each group together, in chronological order
            from = new int[groups + 1];
            for (int k = 0; k < n; k++) {
                from[key[k] + 1]++;
            }
            for (int c = 0; c < groups; c++) {
                from[c + 1] += from[c];
            }
            sorted = new int[n];
            int[] fill = java.util.Arrays.copyOf(from, groups);
            for (int k = 0; k < n; k++) {
                sorted[fill[key[k]]++] = k;
            }
            onePlace = new boolean[groups];
            for (int c = 0; c < groups; c++) {
                if (from[c] == from[c + 1]) {
                    continue;
                }
                long place = placeKey(store, member[sorted[from[c]]]);
                boolean same = true;
                for (int s = from[c] + 1; s < from[c + 1] && same; s++) {
                    same = placeKey(store, member[sorted[s]]) == place;
                }
                onePlace[c] = same;
                if (!same) {
                    clusters.add(cluster(c));
                }
            }
        }

        private Cluster cluster(int c) {
            double sx = 0;
            double sy = 0;
            int count = from[c + 1] - from[c];
            int[] members = new int[count];
            int[] byCategory = new int[Category.values().length];
            int[] order = new int[byCategory.length];
            int categories = 0;
            for (int s = from[c]; s < from[c + 1]; s++) {
                int k = sorted[s];
                sx += wx[k];
                sy += wy[k];
                members[s - from[c]] = member[k];
                int category = store.group(member[k]);
                if (byCategory[category]++ == 0) {
                    order[categories++] = category;
                }
            }
            java.util.Arrays.sort(members);
            // A ring divided by category (in the order first met), a white core with the count.
            int[] colors = new int[categories];
            int[] weights = new int[categories];
            Category[] all = Category.values();
            for (int i = 0; i < categories; i++) {
                colors[i] = argb(IncidentSymbols.color(all[order[i]]));
                weights[i] = byCategory[order[i]];
            }
            double r = (11 + Math.min(12, Math.sqrt(count) * 2.5)) * scale;
            return new Cluster(sx / count, sy / count, r, members, colors, weights, String.valueOf(count));
        }

        /** A precision radius worth drawing (wider than the symbol), as {x, y, r, group's first incident}. */
        private List<double[]> radii() {
            List<double[]> radii = new ArrayList<>();
            double symbol = SYMBOL * scale;
            for (int c = 0; c < groups; c++) {
                if (!onePlace[c]) {
                    continue;
                }
                int k = sorted[from[c]];
                int first = member[k];
                double metresPerPixel = WebMercator.metresPerPixel(store.lat(first), zoom);
                double r = store.placePrecision(first).radiusKm() * 1000 / metresPerPixel;
                if (r > symbol + 2 * scale) {
                    radii.add(new double[] {wx[k], wy[k], r, first});
                }
            }
            return radii;
        }

        private Color radiusFill(int first) {
            return IncidentSymbols.color(store.category(first)).deriveColor(0, 1, 1, 0.13);
        }

        private Color radiusStroke(int first) {
            return IncidentSymbols.color(store.category(first)).deriveColor(0, 1, 1, 0.35);
        }

        /**
         * The radii and clusters as shapes: translucent discs with a dashed edge; rings divided by
         * category (from the top, turning as the raster does: towards the left), a white core with
         * the count and a dark edge.
         */
        @Override
        public void drawShapes(Surface g) {
            for (double[] radius : radii()) {
                int first = (int) radius[3];
                double r = radius[2];
                g.beginGroup(null, "place-doubt", () -> store.get(first).location().display());
                g.setFill(radiusFill(first));
                g.fillOval(radius[0] - r, radius[1] - r, 2 * r, 2 * r);
                g.setStroke(radiusStroke(first));
                g.setLineWidth(scale);
                g.setLineDashes(4 * scale, 3 * scale);
                g.strokeOval(radius[0] - r, radius[1] - r, 2 * r, 2 * r);
                g.setLineDashes();
                g.endGroup();
            }
            for (Cluster cluster : clusters) {
                double x = cluster.x();
                double y = cluster.y();
                double r = cluster.r();
                double core = ClusterPainter.CORE_FRACTION * r;
                g.beginGroup(null, "cluster", null);
                long total = 0;
                for (int weight : cluster.weights()) {
                    total += weight;
                }
                long sum = 0;
                for (int i = 0; i < cluster.colors().length; i++) {
                    double start = sum / (double) total;
                    sum += cluster.weights()[i];
                    double end = sum / (double) total;
                    g.setFill(color(cluster.colors()[i]));
                    g.beginPath();
                    int steps = Math.max(2, (int) Math.ceil((end - start) * 64));
                    for (int step = 0; step <= steps; step++) {
                        double t = 2 * Math.PI * (start + (end - start) * step / steps);
                        double px = x - r * Math.sin(t);
                        double py = y - r * Math.cos(t);
                        if (step == 0) {
                            g.moveTo(px, py);
                        } else {
                            g.lineTo(px, py);
                        }
                    }
                    for (int step = steps; step >= 0; step--) {
                        double t = 2 * Math.PI * (start + (end - start) * step / steps);
                        g.lineTo(x - core * Math.sin(t), y - core * Math.cos(t));
                    }
                    g.closePath();
                    g.fill();
                }
                g.setFill(color(ClusterPainter.CORE));
                g.fillOval(x - core, y - core, 2 * core, 2 * core);
                g.setStroke(color(ClusterPainter.OUTLINE));
                g.setLineWidth(scale);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setFill(color(ClusterPainter.TEXT));
                g.setFont(ClusterPainter.font(scale));
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(cluster.label(), x, y);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.BASELINE);
                g.endGroup();
            }
        }

        /**
         * The radii and clusters rasterised ({@link MarkerRaster}): the whole area once and kept
         * (the screen pans over it), or, for an area too large to keep, just the part asked for.
         * Null when there is nothing there, or when the counts cannot be drawn as pixels here (off
         * the JavaFX thread, where no digit masks can be made): then the shapes are drawn.
         */
        @Override
        public Placed image(double x, double y, double width, double height) {
            if (glyphs == null && !clusters.isEmpty()) {
                return null;
            }
            Placed whole;
            if ((long) Math.ceil(w) * (long) Math.ceil(h) <= WHOLE_PICTURE_PIXELS) {
                if (!pictureMade) {
                    picture = rasterise(0, 0, (int) Math.ceil(w), (int) Math.ceil(h));
                    pictureMade = true;
                }
                whole = picture;
            } else {
                int left = (int) Math.max(0, Math.floor(x));
                int top = (int) Math.max(0, Math.floor(y));
                int right = (int) Math.min(Math.ceil(w), Math.ceil(x + width));
                int bottom = (int) Math.min(Math.ceil(h), Math.ceil(y + height));
                whole = right <= left || bottom <= top ? null : rasterise(left, top, right - left, bottom - top);
            }
            if (whole == null) {
                return null;
            }
            // only the part on the canvas: the software pipeline pays for every source pixel
            javafx.scene.image.Image image = whole.image();
            double left = Math.max(0, Math.floor(x - whole.x()));
            double top = Math.max(0, Math.floor(y - whole.y()));
            double right = Math.min(image.getWidth(), Math.ceil(x + width - whole.x()));
            double bottom = Math.min(image.getHeight(), Math.ceil(y + height - whole.y()));
            if (right <= left || bottom <= top) {
                return null;
            }
            if (left == 0 && top == 0 && right == image.getWidth() && bottom == image.getHeight()) {
                return whole;
            }
            javafx.scene.image.WritableImage part = new javafx.scene.image.WritableImage(image.getPixelReader(),
                    (int) left, (int) top, (int) (right - left), (int) (bottom - top));
            return new Placed(part, whole.x() + left, whole.y() + top);
        }

        /** The radii and clusters within a rectangle of the area rasterised, cut to what was drawn. */
        private Placed rasterise(int left, int top, int width, int height) {
            ClusterPainter painter = new ClusterPainter(width, height, scale, glyphs);
            for (double[] radius : radii()) {
                int first = (int) radius[3];
                painter.radius(radius[0] - left, radius[1] - top, radius[2], argb(radiusFill(first)),
                        argb(radiusStroke(first)), scale, 4 * scale, 3 * scale);
            }
            for (Cluster cluster : clusters) {
                painter.cluster(cluster.x() - left, cluster.y() - top, cluster.r(), cluster.colors(), cluster.weights(),
                        cluster.label());
            }
            javafx.scene.image.WritableImage image = painter.picture();
            return image == null ? null : new Placed(image, left + painter.pictureX(), top + painter.pictureY());
        }
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, (argb >>> 24) / 255.0);
    }

    /** The incident's point rounded to 1e-4 degrees (about 10 m), as one number. */
    private static long placeKey(IncidentStore store, int index) {
        return (Math.round(store.lon(index) * 1e4) << 32) ^ (Math.round(store.lat(index) * 1e4) & 0xffffffffL);
    }

    static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    /**
     * Cluster symbols drawn into a {@link MarkerRaster} and blitted once: on JavaFX's software
     * pipeline a thousand clusters as canvas arcs, ovals and texts cost hundreds of milliseconds a
     * frame, as pixels a few. The counts use glyph masks of the bold label font, made once per size
     * on the FX thread (elsewhere, as in a background export, they fall back to canvas text).
     */
    private static final class ClusterPainter {
        static final double CORE_FRACTION = 0.62;
        static final int CORE = argb(Color.web("#ffffff", 0.95));
        static final int OUTLINE = argb(Color.gray(0.15));
        static final int TEXT = argb(Color.gray(0.1));

        private final int width;
        private final int height;
        private final double scale;
        private final Glyphs glyphs;
        private MarkerRaster raster;

        ClusterPainter(int width, int height, double scale, Glyphs glyphs) {
            this.width = width;
            this.height = height;
            this.scale = scale;
            this.glyphs = glyphs;
        }

        /** The font of the counts. */
        static Font font(double scale) {
            return Font.font(null, FontWeight.BOLD, 12 * scale);
        }

        void radius(double x, double y, double r, int fill, int stroke, double lineWidth, double dash, double gap) {
            if (raster == null) {
                raster = new MarkerRaster(width, height);
            }
            raster.dashedCircle(x, y, r, fill, stroke, lineWidth, dash, gap);
        }

        void cluster(double x, double y, double r, int[] colors, int[] weights, String count) {
            if (raster == null) {
                raster = new MarkerRaster(width, height);
            }
            raster.cluster(x, y, r, colors, weights, colors.length, CORE_FRACTION, CORE, OUTLINE, scale);
            glyphs.draw(raster, count, x, y, TEXT);
        }

        /** The drawn part as an image, or null when nothing was drawn. */
        javafx.scene.image.WritableImage picture() {
            if (raster == null || raster.isEmpty()) {
                return null;
            }
            int x0 = raster.dirtyMinX();
            int y0 = raster.dirtyMinY();
            int w = raster.dirtyMaxX() - x0 + 1;
            int h = raster.dirtyMaxY() - y0 + 1;
            javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(w, h);
            image.getPixelWriter().setPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbPreInstance(),
                    raster.pixels(), y0 * raster.width() + x0, raster.width());
            return image;
        }

        double pictureX() {
            return raster.dirtyMinX();
        }

        double pictureY() {
            return raster.dirtyMinY();
        }
    }

    /** Coverage masks of the digits 0–9 in the cluster font at a scale. */
    private static final class Glyphs {
        private final byte[][] masks = new byte[10][];
        private final int[] widths = new int[10];
        private final double[] advances = new double[10];
        private int height;
        private double centre;

        Glyphs(double scale) {
            Font font = ClusterPainter.font(scale);
            javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            for (int d = 0; d < 10; d++) {
                javafx.scene.text.Text text = new javafx.scene.text.Text(String.valueOf(d));
                text.setFont(font);
                text.setFill(Color.BLACK);
                text.setTextOrigin(VPos.CENTER);
                javafx.geometry.Bounds bounds = text.getLayoutBounds();
                advances[d] = bounds.getWidth();
                javafx.scene.image.WritableImage image = text.snapshot(parameters, null);
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                int[] argb = new int[w * h];
                image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
                byte[] mask = new byte[w * h];
                for (int i = 0; i < argb.length; i++) {
                    mask[i] = (byte) (argb[i] >>> 24);
                }
                masks[d] = mask;
                widths[d] = w;
                height = h;
                centre = -bounds.getMinY();
            }
        }

        void draw(MarkerRaster raster, String digits, double x, double y, int color) {
            double total = 0;
            for (int i = 0; i < digits.length(); i++) {
                total += advances[digits.charAt(i) - '0'];
            }
            double left = x - total / 2;
            int top = (int) Math.round(y - centre);
            for (int i = 0; i < digits.length(); i++) {
                int d = digits.charAt(i) - '0';
                raster.mask((int) Math.round(left), top, masks[d], widths[d], height, color);
                left += advances[d];
            }
        }
    }

    /**
     * The boxes marks cover, {minX, minY, maxX, maxY}: each symbol with its rings and halo, each
     * cluster with its selection ring, and each badge. The labels are placed around these, so no
     * name is drawn under an incident.
     *
     * @param marks the marks {@link #draw} returned
     * @param badge the badge text of a mark, as given to {@link #draw}, or null for none
     * @param scale the scale they were drawn at
     */
    public static List<double[]> obstacles(List<Mark> marks, Function<List<Incident>, String> badge, double scale) {
        List<double[]> boxes = new ArrayList<>(marks.size());
        for (Mark mark : marks) {
            // the selection halo and the ring round a selected cluster reach a little past the hit radius
            double r = mark.radius() + (mark.cluster() ? 7 : 2.5) * scale;
            boxes.add(new double[] {mark.x() - r, mark.y() - r, mark.x() + r, mark.y() + r});
            String text = badge == null ? null : badge.apply(mark.incidents());
            if (text != null && !text.isBlank()) {
                boxes.add(badgeBox(mark, text, scale));
            }
        }
        return boxes;
    }

    private static Font badgeFont(double scale) {
        return Font.font(Fonts.sansFamily(), FontWeight.BOLD, 10 * scale);
    }

    /** Where a mark's badge stands: {minX, minY, maxX, maxY}, up and to the right of it. */
    private static double[] badgeBox(Mark mark, String text, double scale) {
        double w = TextMeasure.widthOf(badgeFont(scale), text) + 6 * scale;
        double h = 13 * scale;
        double x = mark.x() + mark.radius() * 0.7;
        double y = mark.y() - mark.radius() * 0.7 - h;
        return new double[] {x, y, x + w, y + h};
    }

    private static void drawBadge(Surface g, Mark mark, String text, double scale) {
        if (text == null || text.isBlank()) {
            return;
        }
        Font font = badgeFont(scale);
        g.setFont(font);
        double[] box = badgeBox(mark, text, scale);
        double x = box[0];
        double y = box[1];
        double w = box[2] - box[0];
        double h = box[3] - box[1];
        g.setFill(Color.web("#ffffff", 0.92));
        g.fillRoundRect(x, y, w, h, 6 * scale, 6 * scale);
        g.setStroke(Color.gray(0.25));
        g.setLineWidth(0.8 * scale);
        g.strokeRoundRect(x, y, w, h, 6 * scale, 6 * scale);
        g.setFill(Color.gray(0.1));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 3 * scale, y + h / 2);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** 1 for incidents still going on at the window's end, down to 0.3 for those a whole window old. */
    public static double fade(int endDay, TimeWindow window) {
        if (window == null || endDay >= window.endDay()) {
            return 1;
        }
        double age = (window.endDay() - endDay) / (double) window.lengthDays();
        return 1 - 0.7 * Math.min(1, Math.max(0, age));
    }
}
