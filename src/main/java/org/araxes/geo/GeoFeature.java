// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature: an id, a geometry in lon/lat degrees (x = longitude), and every property the
 * file gave, kept as plain Java values (String, Number, Boolean, List, Map, or null).
 *
 * @param index      position of the feature in its file, from 0
 * @param id         the feature's id: GeoJSON's {@code id}, else {@code properties.id}, else {@code "#index"}
 * @param geometry   the geometry, or null where the file gives {@code "geometry": null}
 * @param properties the properties, never null, unmodifiable
 */
public record GeoFeature(int index, String id, Geometry geometry, Map<String, Object> properties) {

    public GeoFeature {
        Objects.requireNonNull(id, "id");
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(properties);
    }

    /** A property as text, or null when absent or not a scalar. */
    public String text(String key) {
        Object value = properties.get(key);
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? String.valueOf(value) : null;
    }

    /** A numeric property, or the fallback when absent or not a number. */
    public double number(String key, double fallback) {
        return properties.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }

    /** The display name: {@code names[language]}, else {@code name}, else the id. */
    public String name(String language) {
        if (language != null && properties.get("names") instanceof Map<?, ?> names
                && names.get(language) instanceof String s && !s.isBlank()) {
            return s;
        }
        String name = text("name");
        return name != null ? name : id;
    }

    /** A list property, or an empty list. */
    public List<?> list(String key) {
        return properties.get(key) instanceof List<?> l ? l : List.of();
    }
}
