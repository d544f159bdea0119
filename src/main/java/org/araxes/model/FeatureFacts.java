// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.araxes.geo.GeoFeature;
import org.araxes.geo.Geodesy;
import org.araxes.io.LayerInfo;

/**
 * What a place or feature card shows: every name with its language or who uses it, the size
 * computed from the geometry, and where the data came from. Plain values, ready to print.
 *
 * @param title    the English (or first) name
 * @param layer    the layer's title
 * @param names    each line "language or user: name", in a stable order
 * @param measures lines such as "Area: 5,247 km²" or "Length: 326 km"
 * @param details  other facts: status, dates, kind, note, source
 */
public record FeatureFacts(String title, String layer, List<String> names, List<String> measures, List<String> details) {

    private static final List<String[]> LANGUAGES = List.of(
            new String[] {"en", "English"}, new String[] {"az", "Azerbaijani"}, new String[] {"hy", "Armenian"},
            new String[] {"fa", "Persian"}, new String[] {"ru", "Russian"});

    public FeatureFacts {
        names = List.copyOf(names);
        measures = List.copyOf(measures);
        details = List.copyOf(details);
    }

    /** The facts of a feature of a layer. */
    public static FeatureFacts of(GeoFeature feature, LayerInfo layer) {
        List<String> names = new ArrayList<>();
        if (feature.properties().get("names") instanceof Map<?, ?> byLanguage) {
            for (String[] language : LANGUAGES) {
                if (byLanguage.get(language[0]) instanceof String name && !name.isBlank()) {
                    names.add(language[1] + ": " + name);
                }
            }
        }
        for (Object alternative : feature.list("alt_names")) {
            if (alternative instanceof Map<?, ?> alt && alt.get("name") instanceof String name) {
                Object usedBy = alt.get("used_by");
                names.add(usedBy instanceof String who && !who.isBlank() ? who + ": " + name : "Also: " + name);
            } else if (alternative instanceof String name) {
                names.add("Also: " + name);
            }
        }
        List<String> measures = new ArrayList<>();
        if (feature.geometry() != null) {
            String type = feature.geometry().getGeometryType();
            if (type.endsWith("Polygon")) {
                double drawn = Geodesy.area(feature.geometry()) / 1e6;
                double whole = feature.number("country_area_km2", Double.NaN);
                if (Double.isNaN(whole)) {
                    measures.add(String.format(Locale.ROOT, "Area: %,.0f km² (geodesic, WGS84)", drawn));
                } else {
                    // a country the map holds only in part: its area is the whole country's, from the data's source
                    String source = feature.text("country_area_source");
                    measures.add(String.format(Locale.ROOT, "Area of the whole country: %,.0f km²%s", whole,
                            source == null ? "" : " (" + source + ")"));
                    measures.add(String.format(Locale.ROOT, "Part in this layer: %,.0f km² (geodesic, WGS84)", drawn));
                }
            } else if (type.endsWith("LineString")) {
                measures.add(String.format(Locale.ROOT, "Length: %,.1f km (geodesic, WGS84)", Geodesy.length(feature.geometry()) / 1000));
            } else if (type.equals("Point")) {
                measures.add(String.format(Locale.ROOT, "Position: %.4f° N, %.4f° E",
                        feature.geometry().getCoordinate().y, feature.geometry().getCoordinate().x));
            }
        }
        List<String> details = new ArrayList<>();
        for (String key : List.of("status", "place_kind", "iso_a3", "countries", "border_type", "position", "purpose",
                "dates", "approximate", "note", "position_source", "source")) {
            Object value = feature.properties().get(key);
            if (value != null && !String.valueOf(value).isBlank()) {
                details.add(label(key) + ": " + text(value));
            }
        }
        for (Object source : feature.list("sources")) {
            if (source instanceof Map<?, ?> s) {
                details.add("Source " + text(s.get("file")) + (s.get("quote") instanceof String q ? ": “" + q + "”" : ""));
            }
        }
        return new FeatureFacts(feature.name("en"), layer.title(), names, measures, details);
    }

    private static String label(String key) {
        String words = key.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(k + " " + v));
            return String.join(", ", parts);
        }
        if (Boolean.TRUE.equals(value)) {
            return "yes";
        }
        return String.valueOf(value);
    }
}
