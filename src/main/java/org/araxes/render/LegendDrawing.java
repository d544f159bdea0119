// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.araxes.geo.GeoFeature;
import org.araxes.incidents.Category;
import org.araxes.io.LayerInfo;
import org.araxes.model.LayerData;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.ValidTime;

/**
 * The legend's entries and their swatches, drawn with the map's own style ({@link MapStyle},
 * {@link IncidentSymbols}) so legend and map always agree. The window's legend panel and the
 * export's evidence frame both draw through here.
 */
public final class LegendDrawing {

    /** Swatch width at scale 1, in pixels. */
    public static final double SWATCH_WIDTH = 34;
    /** Swatch height at scale 1, in pixels. */
    public static final double SWATCH_HEIGHT = 14;

    private LegendDrawing() {
    }

    /**
     * One legend line: a swatch of a layer kind drawn for a feature with some properties, or of an
     * incident category, and its text.
     *
     * @param kind       the layer kind the swatch shows, or null for an incident category
     * @param properties feature properties that select the style (e.g. {@code hasc=AZ.NX})
     * @param category   the incident category when kind is null
     * @param text       the explanation
     */
    public record Entry(LayerInfo.Kind kind, Map<String, Object> properties, Category category, String text) {

        public Entry {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
            if ((kind == null) == (category == null)) {
                throw new IllegalArgumentException("a legend entry shows either a layer kind or an incident category");
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a legend entry needs a text");
            }
        }

        Entry(LayerInfo.Kind kind, Map<String, Object> properties, String text) {
            this(kind, properties, null, text);
        }
    }

    /**
     * The entries for the layers drawn in a time window: their kinds, and a line of contact or a
     * disputed line when one is drawn in that window (lines that held only on other days are not).
     *
     * @param layers the layers drawn
     * @param window the time window shown, or null for any day
     */
    public static List<Entry> entries(Collection<LayerData> layers, TimeWindow window) {
        Set<LayerInfo.Kind> kinds = new LinkedHashSet<>();
        boolean contested = false;
        for (LayerData layer : layers) {
            kinds.add(layer.info().kind());
            if (layer.info().kind() == LayerInfo.Kind.BORDER && !contested) {
                contested = layer.features().stream().anyMatch(f -> MapStyle.isContestedLine(f)
                        && (window == null || ValidTime.orAlways(f.properties()).shownIn(window)));
            }
        }
        List<Entry> entries = entries(kinds);
        if (contested) {
            int after = 0;
            while (after < entries.size() && entries.get(after).kind() != LayerInfo.Kind.BORDER) {
                after++;
            }
            entries.add(Math.min(after + 1, entries.size()), new Entry(LayerInfo.Kind.BORDER,
                    Map.of("border_type", "ceasefire"), "Line of contact or disputed line (as it stood then)"));
        }
        return entries;
    }

    /** The entries for the layer kinds present, in map order. */
    public static List<Entry> entries(Set<LayerInfo.Kind> kinds) {
        List<Entry> entries = new ArrayList<>();
        if (kinds.contains(LayerInfo.Kind.LAND)) {
            entries.add(new Entry(LayerInfo.Kind.LAND, Map.of("iso_a3", "AZE"), "Country area (pale tints, equal weight)"));
        }
        if (kinds.contains(LayerInfo.Kind.BORDER)) {
            entries.add(new Entry(LayerInfo.Kind.BORDER, Map.of("border_type", "international"), "International border"));
        }
        if (kinds.contains(LayerInfo.Kind.ADMIN)) {
            entries.add(new Entry(LayerInfo.Kind.ADMIN, Map.of(), "Province boundary"));
            entries.add(new Entry(LayerInfo.Kind.ADMIN, Map.of("hasc", "AZ.NX"), "Nakhchivan Autonomous Republic (exclave)"));
        }
        if (kinds.contains(LayerInfo.Kind.WATER)) {
            entries.add(new Entry(LayerInfo.Kind.WATER, Map.of(), "Sea, lake, reservoir"));
        }
        if (kinds.contains(LayerInfo.Kind.RIVER)) {
            entries.add(new Entry(LayerInfo.Kind.RIVER, Map.of("name", "Aras"), "Aras river"));
            entries.add(new Entry(LayerInfo.Kind.RIVER, Map.of("name", "Aras", "position", "doubtful"), "River, position doubtful"));
        }
        if (kinds.contains(LayerInfo.Kind.CORRIDOR)) {
            for (MapStyle.CorridorStage stage : MapStyle.CorridorStage.values()) {
                entries.add(new Entry(LayerInfo.Kind.CORRIDOR, Map.of("stage", stage.code()),
                        "Corridor " + stage.code()));
            }
        }
        if (kinds.contains(LayerInfo.Kind.PLACE)) {
            entries.add(new Entry(LayerInfo.Kind.PLACE, Map.of("rank", 1, "place_kind", "capital"), "Capital or major city"));
            entries.add(new Entry(LayerInfo.Kind.PLACE, Map.of("rank", 3), "Town, village or site"));
        }
        return entries;
    }

    /** One entry per incident category, in the categories' order. */
    public static List<Entry> categoryEntries(Collection<Category> categories) {
        List<Entry> entries = new ArrayList<>();
        for (Category category : Category.values()) {
            if (categories.contains(category)) {
                entries.add(new Entry(null, Map.of(), category, category.label()));
            }
        }
        return entries;
    }

    /**
     * Draws an entry's swatch in a box of {@link #SWATCH_WIDTH} × {@link #SWATCH_HEIGHT} times the
     * scale, its top left corner at (x, y).
     */
    public static void drawSwatch(GraphicsContext gc, Entry entry, double x, double y, double scale) {
        drawSwatch(new FxSurface(gc), entry, x, y, scale);
    }

    /** Draws an entry's swatch on a surface (the export's frame), as {@link #drawSwatch(GraphicsContext, Entry, double, double, double)}. */
    public static void drawSwatch(Surface gc, Entry entry, double x, double y, double scale) {
        double w = SWATCH_WIDTH * scale;
        double h = SWATCH_HEIGHT * scale;
        gc.save();
        gc.setGlobalAlpha(1);
        if (entry.category() != null) {
            IncidentSymbols.draw(gc, entry.category(), x + w / 2, y + h / 2, 5.5 * scale, 1, scale);
            gc.restore();
            return;
        }
        GeoFeature feature = new GeoFeature(0, "legend", null, entry.properties());
        LayerInfo.Kind kind = entry.kind();
        Color fill = MapStyle.fill(kind, feature);
        Color stroke = MapStyle.stroke(kind, feature);
        double[] dashes = MapStyle.dashes(kind, feature);
        double width = Math.min(3, MapStyle.strokeWidth(kind, feature, 7)) * scale;
        switch (kind) {
            case LAND, WATER, ADMIN -> {
                gc.setFill(fill != null ? fill : Color.TRANSPARENT);
                gc.fillRect(x + scale, y + scale, w - 2 * scale, h - 2 * scale);
                gc.setStroke(stroke);
                gc.setLineWidth(width);
                gc.setLineDashes(scaled(dashes, scale));
                gc.strokeRect(x + scale, y + scale, w - 2 * scale, h - 2 * scale);
            }
            case PLACE -> {
                double r = Math.max(2.2, 5.0 - feature.number("rank", 3) * 0.6) * scale;
                VectorRenderer.placeDot(gc, x + w / 2, y + h / 2, r, MapStyle.placeMarker(feature), scale);
            }
            case CORRIDOR -> {
                // the map's own pattern at full length, with its round caps: shrunk, dots and gaps merge
                gc.setStroke(stroke);
                gc.setLineWidth(width);
                gc.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
                gc.setLineDashes(scaled(dashes, scale));
                gc.strokeLine(x + 3 * scale, y + h / 2, x + w - 3 * scale, y + h / 2);
            }
            default -> {
                gc.setStroke(stroke);
                gc.setLineWidth(width);
                gc.setLineDashes(scaled(dashes, 0.6 * scale));
                gc.strokeLine(x + 2 * scale, y + h / 2, x + w - 2 * scale, y + h / 2);
            }
        }
        gc.setLineDashes();
        gc.restore();
    }

    private static double[] scaled(double[] dashes, double factor) {
        if (dashes == null) {
            return null;
        }
        double[] scaled = dashes.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = scaled[i] * factor;
        }
        return scaled;
    }
}
