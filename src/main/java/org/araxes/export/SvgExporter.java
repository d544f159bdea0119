// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.araxes.geo.ScaleBar;
import org.araxes.geo.Viewport;
import org.araxes.geo.WebMercator;
import org.araxes.incidents.Incident;
import org.araxes.io.LayerInfo;
import org.araxes.raster.BasemapPainter;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.render.FrameRenderer;
import org.araxes.render.Fonts;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.IncidentSymbols;
import org.araxes.render.LabelCandidate;
import org.araxes.render.LabelPlacer;
import org.araxes.render.MapComposition;
import org.araxes.render.MapStyle;
import org.araxes.render.VectorRenderer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a map as SVG text, by hand (no SVG library): the basemap as vector polygons, each layer
 * in a group with the map's styles, the labels where the placer put them (as text, with a white
 * halo), the incidents as their symbols with source numbers, and the evidence frame. The layout is
 * the PNG's; the picture is the same ground area at the same size.
 *
 * <p>Differences from the PNG, on purpose: incident precision radii and fading are left out (a
 * vector reader would get many translucent shapes), and text uses the font family by name, so a
 * viewer without Noto Sans substitutes a sans-serif.
 */
public final class SvgExporter {

    private SvgExporter() {
    }

    /** The SVG for a composition. Call on the JavaFX thread (labels are measured with JavaFX text). */
    public static String svg(MapComposition composition, Viewport viewport, double scale, EvidenceFrame frame) {
        double w = viewport.width();
        double h = viewport.height();
        StringBuilder svg = new StringBuilder(1 << 20);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" viewBox=\"0 0 ").append(n(w)).append(' ').append(n(h)).append("\">\n");
        if (frame != null) {
            if (!frame.title().isEmpty()) {
                svg.append("<title>").append(xml(frame.title())).append("</title>\n");
            }
            svg.append("<desc>").append(xml(String.join("\n", frame.withElements(java.util.EnumSet.allOf(FrameElement.class)).describe())))
                    .append("</desc>\n");
        }
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        basemap(svg, composition, viewport);
        for (MapComposition.Layer layer : composition.layers()) {
            layer(svg, layer, viewport, scale);
        }
        labels(svg, composition, viewport, scale);
        if (composition.incidents() != null) {
            incidents(svg, composition.incidents(), viewport, scale,
                    frame != null && frame.shows(FrameElement.SOURCES) ? frame : null);
        }
        if (frame != null) {
            frame(svg, frame, viewport, scale);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Writes SVG text to a file, atomically (temporary file, then a move). */
    public static void write(String svg, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        org.araxes.io.AtomicFiles.write(absolute, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static void basemap(StringBuilder svg, MapComposition composition, Viewport viewport) {
        BasemapPainter basemap = composition.basemap();
        if (basemap == null) {
            return;
        }
        svg.append("<g id=\"basemap\" opacity=\"").append(n(composition.basemapOpacity())).append("\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(rgb(BasemapPainter.NO_DATA)).append("\"/>\n");
        Envelope c = basemap.coverage();
        if (!c.isNull()) {
            double x0 = viewport.screenX(c.getMinX());
            double y0 = viewport.screenY(c.getMaxY());
            svg.append("<rect x=\"").append(n(x0)).append("\" y=\"").append(n(y0)).append("\" width=\"")
                    .append(n(viewport.screenX(c.getMaxX()) - x0)).append("\" height=\"")
                    .append(n(viewport.screenY(c.getMinY()) - y0)).append("\" fill=\"").append(rgb(BasemapPainter.LAND)).append("\"/>\n");
            StringBuilder d = new StringBuilder();
            for (Geometry geometry : basemap.water(viewport.visibleBounds(), viewport.zoom())) {
                for (int i = 0; i < geometry.getNumGeometries(); i++) {
                    if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                        polygonPath(d, polygon, viewport);
                    }
                }
            }
            if (d.length() > 0) {
                svg.append("<path fill-rule=\"evenodd\" fill=\"").append(rgb(BasemapPainter.WATER)).append("\" d=\"").append(d).append("\"/>\n");
            }
        }
        svg.append("</g>\n");
    }

    private static void layer(StringBuilder svg, MapComposition.Layer layer, Viewport viewport, double scale) {
        VectorRenderer renderer = layer.renderer();
        LayerInfo.Kind kind = renderer.layer().info().kind();
        svg.append("<g id=\"layer-").append(xml(renderer.layer().id())).append("\" opacity=\"").append(n(layer.opacity()))
                .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
        for (VectorRenderer.Drawn drawn : renderer.drawnFeatures(viewport)) {
            Color fill = MapStyle.fill(kind, drawn.feature());
            Color stroke = MapStyle.stroke(kind, drawn.feature());
            double width = MapStyle.strokeWidth(kind, drawn.feature(), viewport.zoom()) * scale;
            double[] dashes = MapStyle.dashes(kind, drawn.feature());
            Geometry geometry = drawn.geometry();
            StringBuilder areas = new StringBuilder();
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                if (part instanceof Polygon polygon) {
                    polygonPath(areas, polygon, viewport);
                } else if (part instanceof LineString line) {
                    ringPath(lines, line, viewport, false);
                } else if (part instanceof Point point) {
                    double r = drawn.markerRadius() * scale;
                    Color marker = kind == LayerInfo.Kind.PLACE ? MapStyle.placeMarker(drawn.feature()) : stroke;
                    svg.append("<circle cx=\"").append(n(viewport.screenX(point.getX()))).append("\" cy=\"")
                            .append(n(viewport.screenY(point.getY()))).append("\" r=\"").append(n(r)).append("\"")
                            .append(paint("fill", marker)).append(" stroke=\"#ffffff\" stroke-width=\"").append(n(scale)).append("\"/>\n");
                }
            }
            if (areas.length() > 0) {
                svg.append("<path fill-rule=\"evenodd\"").append(fill == null ? " fill=\"none\"" : paint("fill", fill))
                        .append(stroke == null ? "" : paint("stroke", stroke) + strokeStyle(width, dashes, scale))
                        .append(" d=\"").append(areas).append("\"/>\n");
            }
            if (lines.length() > 0 && stroke != null) {
                if (kind == LayerInfo.Kind.BORDER) {
                    svg.append("<path fill=\"none\"").append(paint("stroke", Color.rgb(70, 70, 70, 0.28)))
                            .append(" stroke-width=\"").append(n(width * 3)).append("\" d=\"").append(lines).append("\"/>\n");
                }
                if (kind == LayerInfo.Kind.CORRIDOR) {
                    svg.append("<path fill=\"none\"").append(paint("stroke", Color.rgb(255, 255, 255, 0.7)))
                            .append(" stroke-width=\"").append(n(width + 2 * scale)).append("\" d=\"").append(lines).append("\"/>\n");
                }
                svg.append("<path fill=\"none\"").append(paint("stroke", stroke)).append(strokeStyle(width, dashes, scale))
                        .append(" d=\"").append(lines).append("\"/>\n");
            }
        }
        svg.append("</g>\n");
    }

    private static void labels(StringBuilder svg, MapComposition composition, Viewport viewport, double scale) {
        List<LabelCandidate> candidates = new ArrayList<>();
        for (MapComposition.Layer layer : composition.layers()) {
            if (layer.opacity() > 0.05) {
                layer.renderer().collectLabels(viewport, composition.language(), scale, candidates);
            }
        }
        svg.append("<g id=\"labels\" paint-order=\"stroke\" stroke-linejoin=\"round\">\n");
        for (LabelPlacer.Placed placed : LabelPlacer.place(candidates, viewport.width(), viewport.height(), 2 * scale)) {
            LabelCandidate label = placed.label();
            Font font = placed.font();
            String transform = label.angle() == 0 ? ""
                    : " transform=\"translate(" + n(label.x()) + " " + n(label.y()) + ") rotate(" + n(label.angle()) + ")\"";
            svg.append("<text x=\"").append(n(placed.left())).append("\" y=\"").append(n(placed.middle()))
                    .append("\" dominant-baseline=\"central\" font-family=\"").append(xml(font.getFamily()))
                    .append(", sans-serif\" font-size=\"").append(n(font.getSize())).append('"')
                    .append(label.bold() ? " font-weight=\"bold\"" : "").append(label.italic() ? " font-style=\"italic\"" : "")
                    .append(paint("fill", label.colour())).append(" stroke=\"#ffffff\" stroke-opacity=\"0.85\" stroke-width=\"")
                    .append(n(Math.max(2.5, label.size() / 4))).append('"').append(transform).append('>')
                    .append(xml(label.text())).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static void incidents(StringBuilder svg, IncidentRenderer.Shown shown, Viewport viewport, double scale,
                                  EvidenceFrame numbers) {
        // The marks the PNG draws, found by drawing on a scratch canvas: the same positions and clusters.
        List<IncidentRenderer.Mark> marks = IncidentRenderer.draw(new Canvas(1, 1).getGraphicsContext2D(), viewport, shown, scale, null);
        double r = 7 * scale;
        svg.append("<g id=\"incidents\" stroke-width=\"").append(n(1.2 * scale)).append("\">\n");
        doubt(svg, marks, viewport, scale);
        for (IncidentRenderer.Mark mark : marks) {
            double x = mark.x();
            double y = mark.y();
            if (mark.cluster()) {
                clusterSymbol(svg, x, y, mark.radius(), mark.incidents(), scale);
            } else {
                Incident incident = mark.incidents().get(0);
                double alpha = IncidentRenderer.fade((int) incident.date().end().toEpochDay(), shown.window());
                if (shown.selected() != null && shown.selected().id().equals(incident.id())) {
                    double halo = r + 5 * scale;
                    svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(halo))
                            .append("\" fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"#111111\" stroke-width=\"").append(n(2.5 * scale))
                            .append("\"/>\n");
                    alpha = 1;
                }
                Color fill = IncidentSymbols.color(incident.category());
                String style = paint("fill", fill) + " stroke=\"" + (incident.category() == org.araxes.incidents.Category.WAR ? "#ffffff" : "#1a1a1a") + "\""
                        + (alpha < 1 ? " opacity=\"" + n(alpha) + "\"" : "");
                if (incident.date().isImprecise()) {
                    // a date known only as a span: a dashed ring around the symbol, as on screen
                    svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r + 3 * scale))
                            .append("\" fill=\"none\" stroke=\"#262626\" stroke-opacity=\"").append(n(alpha)).append("\" stroke-width=\"")
                            .append(n(scale)).append("\" stroke-dasharray=\"").append(n(2 * scale)).append(' ').append(n(2 * scale))
                            .append("\" class=\"date-span\"/>\n");
                }
                String title = "<title>" + xml(incident.title() + " — " + incident.date().display()) + "</title>";
                switch (IncidentSymbols.shape(incident.category())) {
                    case CIRCLE -> svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                            .append('"').append(style).append('>').append(title).append("</circle>\n");
                    case SQUARE -> svg.append("<rect x=\"").append(n(x - r * 0.9)).append("\" y=\"").append(n(y - r * 0.9))
                            .append("\" width=\"").append(n(r * 1.8)).append("\" height=\"").append(n(r * 1.8)).append('"')
                            .append(style).append('>').append(title).append("</rect>\n");
                    case TRIANGLE -> polygon(svg, style, title, x, y - r * 1.15, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
                    case INVERTED_TRIANGLE -> polygon(svg, style, title, x - r * 1.1, y - r * 0.8, x + r * 1.1, y - r * 0.8, x, y + r * 1.15);
                    default -> polygon(svg, style, title, x, y - r * 1.2, x + r * 1.2, y, x, y + r * 1.2, x - r * 1.2, y);
                }
            }
            if (numbers != null) {
                String badge = numbers.badge(mark.incidents());
                if (!badge.isEmpty()) {
                    double bx = x + mark.radius() * 0.7;
                    double by = y - mark.radius() * 0.7 - 13 * scale;
                    double bw = (badge.length() * 6.2 + 6) * scale;
                    svg.append("<rect x=\"").append(n(bx)).append("\" y=\"").append(n(by)).append("\" width=\"").append(n(bw))
                            .append("\" height=\"").append(n(13 * scale)).append("\" rx=\"").append(n(3 * scale))
                            .append("\" fill=\"#ffffff\" fill-opacity=\"0.92\" stroke=\"#404040\" stroke-width=\"").append(n(0.8 * scale)).append("\"/>\n");
                    svg.append("<text x=\"").append(n(bx + 3 * scale)).append("\" y=\"").append(n(by + 6.5 * scale))
                            .append("\" dominant-baseline=\"central\" font-family=\"sans-serif\" font-weight=\"bold\" font-size=\"")
                            .append(n(10 * scale)).append("\">").append(xml(badge)).append("</text>\n");
                }
            }
        }
        svg.append("</g>\n");
    }

    /**
     * What the PNG draws under the symbols: each place's radius of doubt (a translucent disc with a
     * dashed edge, in the colour of its first incident, where it reaches past the symbol) and, where
     * several incidents share a place, the fan's centre and spokes.
     */
    private static void doubt(StringBuilder svg, List<IncidentRenderer.Mark> marks, Viewport viewport, double scale) {
        java.util.Map<String, List<IncidentRenderer.Mark>> places = new java.util.LinkedHashMap<>();
        java.util.Map<String, double[]> centres = new java.util.HashMap<>();
        for (IncidentRenderer.Mark mark : marks) {
            Incident incident = mark.incidents().get(0);
            if (mark.cluster() || incident.point() == null) {
                continue;
            }
            double px = viewport.screenX(incident.point().lon());
            double py = viewport.screenY(incident.point().lat());
            String key = Math.round(px * 8) + "," + Math.round(py * 8);
            places.computeIfAbsent(key, k -> new ArrayList<>()).add(mark);
            centres.putIfAbsent(key, new double[] {px, py});
        }
        for (var place : places.entrySet()) {
            Incident first = place.getValue().get(0).incidents().get(0);
            double[] c = centres.get(place.getKey());
            double radius = first.location().precision().radiusKm() * 1000
                    / WebMercator.metresPerPixel(first.point().lat(), viewport.zoom());
            if (radius > 7 * scale + 2 * scale) {
                Color colour = IncidentSymbols.color(first.category());
                svg.append("<circle cx=\"").append(n(c[0])).append("\" cy=\"").append(n(c[1])).append("\" r=\"").append(n(radius))
                        .append('"').append(paint("fill", colour.deriveColor(0, 1, 1, 0.13)))
                        .append(paint("stroke", colour.deriveColor(0, 1, 1, 0.35))).append(" stroke-width=\"").append(n(scale))
                        .append("\" stroke-dasharray=\"").append(n(4 * scale)).append(' ').append(n(3 * scale))
                        .append("\" class=\"place-doubt\"><title>").append(xml(first.location().display())).append("</title></circle>\n");
            }
        }
        for (var place : places.entrySet()) {
            if (place.getValue().size() < 2) {
                continue;
            }
            double[] c = centres.get(place.getKey());
            String grey = " stroke=\"#333333\" stroke-opacity=\"0.6\" stroke-width=\"" + n(scale) + "\"";
            svg.append("<circle cx=\"").append(n(c[0])).append("\" cy=\"").append(n(c[1])).append("\" r=\"").append(n(2 * scale))
                    .append("\" fill=\"none\"").append(grey).append("/>\n");
            for (IncidentRenderer.Mark mark : place.getValue()) {
                svg.append("<line x1=\"").append(n(c[0])).append("\" y1=\"").append(n(c[1])).append("\" x2=\"").append(n(mark.x()))
                        .append("\" y2=\"").append(n(mark.y())).append('"').append(grey).append("/>\n");
            }
        }
    }

    /**
     * A cluster as the PNG draws it: a ring divided by category (counter-clockwise from the top, in
     * the order the incidents come), a white core with the count, a dark edge.
     */
    private static void clusterSymbol(StringBuilder svg, double x, double y, double r, List<Incident> members, double scale) {
        java.util.Map<org.araxes.incidents.Category, Integer> counts = new java.util.LinkedHashMap<>();
        for (Incident incident : members) {
            counts.merge(incident.category(), 1, Integer::sum);
        }
        double inner = 0.62 * r;
        svg.append("<g class=\"cluster\">\n");
        if (counts.size() == 1) {
            svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n((r + inner) / 2))
                    .append("\" fill=\"none\"").append(paint("stroke", IncidentSymbols.color(counts.keySet().iterator().next())))
                    .append(" stroke-width=\"").append(n(r - inner)).append("\"/>\n");
        } else {
            double start = 0;
            for (var entry : counts.entrySet()) {
                double end = start + entry.getValue() / (double) members.size();
                boolean large = end - start > 0.5;
                svg.append("<path d=\"M").append(n(x - r * Math.sin(2 * Math.PI * start))).append(',').append(n(y - r * Math.cos(2 * Math.PI * start)))
                        .append(" A").append(n(r)).append(',').append(n(r)).append(" 0 ").append(large ? 1 : 0).append(" 0 ")
                        .append(n(x - r * Math.sin(2 * Math.PI * end))).append(',').append(n(y - r * Math.cos(2 * Math.PI * end)))
                        .append(" L").append(n(x - inner * Math.sin(2 * Math.PI * end))).append(',').append(n(y - inner * Math.cos(2 * Math.PI * end)))
                        .append(" A").append(n(inner)).append(',').append(n(inner)).append(" 0 ").append(large ? 1 : 0).append(" 1 ")
                        .append(n(x - inner * Math.sin(2 * Math.PI * start))).append(',').append(n(y - inner * Math.cos(2 * Math.PI * start)))
                        .append(" Z\"").append(paint("fill", IncidentSymbols.color(entry.getKey()))).append(" stroke=\"none\"/>\n");
                start = end;
            }
        }
        svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(inner))
                .append("\" fill=\"#ffffff\" fill-opacity=\"0.95\" stroke=\"none\"/>\n");
        svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" fill=\"none\" stroke=\"#262626\" stroke-width=\"").append(n(scale)).append("\"/>\n");
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"middle\" dominant-baseline=\"central\" font-family=\"sans-serif\" font-weight=\"bold\" font-size=\"")
                .append(n(Math.min(12 * scale, inner * 1.2))).append("\" fill=\"#1a1a1a\">").append(members.size()).append("</text>\n");
        svg.append("</g>\n");
    }

    private static void polygon(StringBuilder svg, String style, String title, double... xy) {
        svg.append("<polygon points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            svg.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        svg.append('"').append(style).append('>').append(title).append("</polygon>\n");
    }

    private static void frame(StringBuilder svg, EvidenceFrame frame, Viewport viewport, double scale) {
        double w = viewport.width();
        double h = viewport.height();
        double margin = 12 * scale;
        String family = xml(Fonts.sansFamily()) + ", sans-serif";
        svg.append("<g id=\"frame\" font-family=\"").append(family).append("\">\n");
        List<String> sub = new ArrayList<>();
        if (frame.shows(FrameElement.DATE) && frame.window() != null) {
            sub.add(frame.dateLine());
        }
        if (frame.shows(FrameElement.FILTERS)) {
            sub.add(frame.filterLine());
        }
        boolean hasTitle = frame.shows(FrameElement.TITLE) && !frame.title().isEmpty();
        Font subFont = Font.font(Fonts.sansFamily(), 12 * scale);
        List<String> subLines = sub.isEmpty() ? List.of() : MapComposition.wrap(List.of(String.join("  ·  ", sub)), w - 2 * margin, subFont);
        double header = 0;
        if (hasTitle || !subLines.isEmpty()) {
            header = margin * 0.7 + (hasTitle ? 25 * scale : 0) + subLines.size() * 16 * scale + margin * 0.5;
            svg.append("<rect width=\"").append(n(w)).append("\" height=\"").append(n(header)).append("\" fill=\"#ffffff\" fill-opacity=\"0.88\"/>\n");
            double y = margin * 0.7;
            if (hasTitle) {
                text(svg, frame.title(), margin, y, 18 * scale, true, "#222222");
                y += 25 * scale;
            }
            for (String line : subLines) {
                text(svg, line, margin, y, 12 * scale, false, "#333333");
                y += 16 * scale;
            }
        }
        List<String> lines = frame.footerLines();
        Font small = Font.font(Fonts.sansFamily(), 11 * scale);
        lines = lines.isEmpty() ? lines : MapComposition.wrap(lines, w - 2 * margin, small);
        List<FrameRenderer.LegendItem> legend = frame.shows(FrameElement.LEGEND)
                ? FrameRenderer.legendFlow(frame.legend(), w - 2 * margin, scale, small) : List.of();
        double row = FrameRenderer.LEGEND_ROW * scale;
        double legendHeight = legend.isEmpty() ? 0 : (legend.get(legend.size() - 1).row() + 1) * row + margin / 2;
        double footer = lines.isEmpty() && legend.isEmpty() ? 0 : legendHeight + lines.size() * 15 * scale + margin;
        if (footer > 0) {
            svg.append("<rect y=\"").append(n(h - footer)).append("\" width=\"").append(n(w)).append("\" height=\"").append(n(footer))
                    .append("\" fill=\"#ffffff\" fill-opacity=\"0.88\"/>\n");
            double top = h - footer + margin / 2;
            if (!legend.isEmpty()) {
                svg.append("<g id=\"legend\">\n");
            }
            for (FrameRenderer.LegendItem item : legend) {
                var entry = item.entry();
                double sx = margin + item.x();
                double cy = top + item.row() * row + row / 2;
                double sw = 34 * scale;
                if (entry.category() != null) {
                    svg.append("<circle cx=\"").append(n(sx + sw / 2)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(5 * scale))
                            .append('"').append(paint("fill", IncidentSymbols.color(entry.category()))).append(" stroke=\"#1a1a1a\"/>\n");
                } else {
                    var feature = new org.araxes.geo.GeoFeature(0, "legend", null, entry.properties());
                    Color fill = MapStyle.fill(entry.kind(), feature);
                    Color stroke = MapStyle.stroke(entry.kind(), feature);
                    double[] dashes = MapStyle.dashes(entry.kind(), feature);
                    if (entry.kind() == LayerInfo.Kind.PLACE) {
                        svg.append("<circle cx=\"").append(n(sx + sw / 2)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(3.5 * scale))
                                .append('"').append(paint("fill", MapStyle.placeMarker(feature))).append("/>\n");
                    } else if (entry.kind() == LayerInfo.Kind.LAND || entry.kind() == LayerInfo.Kind.WATER || entry.kind() == LayerInfo.Kind.ADMIN) {
                        svg.append("<rect x=\"").append(n(sx + scale)).append("\" y=\"").append(n(cy - 6 * scale)).append("\" width=\"").append(n(sw - 2 * scale))
                                .append("\" height=\"").append(n(12 * scale)).append('"').append(fill == null ? " fill=\"none\"" : paint("fill", fill))
                                .append(stroke == null ? "" : paint("stroke", stroke) + strokeStyle(1.5 * scale, dashes, scale)).append("/>\n");
                    } else if (stroke != null) {
                        svg.append("<line x1=\"").append(n(sx + 2 * scale)).append("\" y1=\"").append(n(cy)).append("\" x2=\"").append(n(sx + sw - 2 * scale))
                                .append("\" y2=\"").append(n(cy)).append('"').append(paint("stroke", stroke))
                                .append(strokeStyle(2 * scale, dashes, 0.6 * scale)).append("/>\n");
                    }
                }
                text(svg, entry.text(), sx + sw + 4 * scale, cy - 5.5 * scale, 11 * scale, false, "#333333");
            }
            if (!legend.isEmpty()) {
                svg.append("</g>\n");
            }
            double y = top + legendHeight;
            for (String line : lines) {
                text(svg, line, margin, y, 11 * scale, false, "#333333");
                y += 15 * scale;
            }
        }
        if (frame.shows(FrameElement.SCALE_BAR)) {
            double barY = h - footer - margin;
            ScaleBar bar = ScaleBar.forResolution(WebMercator.metresPerPixel(viewport.latitude(barY), viewport.zoom()), 180 * scale);
            double barX = w - margin - bar.pixels();
            svg.append("<g id=\"scale-bar\"><rect x=\"").append(n(barX)).append("\" y=\"").append(n(barY - 5 * scale)).append("\" width=\"")
                    .append(n(bar.pixels())).append("\" height=\"").append(n(5 * scale)).append("\" fill=\"#222222\"/>\n");
            text(svg, bar.label(), barX, barY - 22 * scale, 12 * scale, false, "#222222");
            svg.append("</g>\n");
        }
        if (frame.shows(FrameElement.NORTH_ARROW)) {
            double ax = w - margin - 10 * scale;
            double ay = header + margin;
            svg.append("<g id=\"north-arrow\"><polygon points=\"").append(n(ax)).append(',').append(n(ay)).append(' ')
                    .append(n(ax - 7 * scale)).append(',').append(n(ay + 20 * scale)).append(' ').append(n(ax + 7 * scale)).append(',')
                    .append(n(ay + 20 * scale)).append("\" fill=\"#222222\"/>\n");
            svg.append("<text x=\"").append(n(ax)).append("\" y=\"").append(n(ay + 22 * scale)).append("\" text-anchor=\"middle\" dominant-baseline=\"hanging\" font-weight=\"bold\" font-size=\"")
                    .append(n(12 * scale)).append("\" fill=\"#222222\">N</text></g>\n");
        }
        svg.append("</g>\n");
    }

    /** Text with its top at y (the baseline is set at 0.8 of the size below, which every viewer honours). */
    private static void text(StringBuilder svg, String text, double x, double y, double size, boolean bold, String colour) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + 0.8 * size)).append("\" font-size=\"")
                .append(n(size)).append('"').append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(colour).append("\">")
                .append(xml(text)).append("</text>\n");
    }

    private static void polygonPath(StringBuilder d, Polygon polygon, Viewport viewport) {
        ringPath(d, polygon.getExteriorRing(), viewport, true);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            ringPath(d, polygon.getInteriorRingN(h), viewport, true);
        }
    }

    private static void ringPath(StringBuilder d, LineString line, Viewport viewport, boolean close) {
        int n = line.getNumPoints();
        if (n < 2) {
            return;
        }
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < n; i++) {
            double x = viewport.screenX(line.getCoordinateN(i).x);
            double y = viewport.screenY(line.getCoordinateN(i).y);
            if (i > 0 && i < n - 1 && Math.abs(x - lastX) < 0.35 && Math.abs(y - lastY) < 0.35) {
                continue; // a vertex closer than a third of a pixel adds bytes, not detail
            }
            d.append(i == 0 ? 'M' : 'L').append(n1(x)).append(' ').append(n1(y));
            lastX = x;
            lastY = y;
        }
        if (close) {
            d.append('Z');
        }
    }

    private static String strokeStyle(double width, double[] dashes, double dashScale) {
        StringBuilder s = new StringBuilder(" stroke-width=\"").append(n(width)).append('"');
        if (dashes != null && dashes.length > 0) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                s.append(i == 0 ? "" : " ").append(n(dashes[i] * dashScale));
            }
            s.append('"');
        }
        return s.toString();
    }

    private static String paint(String attribute, Color colour) {
        if (colour == null) {
            return " " + attribute + "=\"none\"";
        }
        String hex = String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
        String s = " " + attribute + "=\"" + hex + "\"";
        if (colour.getOpacity() < 1) {
            s += " " + attribute + "-opacity=\"" + n(colour.getOpacity()) + "\"";
        }
        return s;
    }

    private static String rgb(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceFirst("\\.?0+$", "");
    }

    private static String n1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
