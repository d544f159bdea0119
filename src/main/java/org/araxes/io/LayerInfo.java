// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.util.Locale;

/**
 * What a layer file says about itself in its {@code "araxes"} member: how the app lists and draws
 * it. Files without that member get a title from the file name and a kind from their geometries.
 *
 * @param title   name shown in the layer panel, never blank
 * @param kind    what the layer holds, which decides its style
 * @param order   drawing order, lower first
 * @param credit  the credit line its licence requires, or "" when none is given
 * @param source  where the data came from (package, version, licence), or ""
 * @param version the file's own version ({@code araxes.version}, e.g. a date), or ""
 */
public record LayerInfo(String title, Kind kind, int order, String credit, String source, String version) {

    /** What a layer holds. */
    public enum Kind {
        LAND, WATER, ADMIN, BORDER, RIVER, PLACE, CORRIDOR, INCIDENTS, OTHER;

        /** The kind named in a file ({@code "land"}, {@code "water"}…), or OTHER for an unknown name. */
        public static Kind parse(String name) {
            if (name == null) {
                return OTHER;
            }
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return OTHER;
            }
        }
    }

    public LayerInfo {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a layer needs a title");
        }
        kind = kind == null ? Kind.OTHER : kind;
        credit = credit == null ? "" : credit;
        source = source == null ? "" : source;
        version = version == null ? "" : version.strip();
    }

    /** A layer header without a version. */
    public LayerInfo(String title, Kind kind, int order, String credit, String source) {
        this(title, kind, order, credit, source, "");
    }

    /** A title made from a file name: {@code "west_azerbaijan-roads.geojson"} → "West azerbaijan roads". */
    public static String titleFromFileName(String fileName) {
        String base = fileName.replaceFirst("(?i)\\.((geo|topo)?json|geojson[ls]|kml|kmz|gpx|gpkg|fgb|shp)$", "").replaceAll("[_\\-.]+", " ").trim();
        if (base.isEmpty()) {
            return "Layer";
        }
        return Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }
}
