// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.Map;
import javafx.scene.paint.Color;
import org.araxes.geo.GeoFeature;
import org.araxes.io.LayerInfo;

/**
 * The cartographic style: colours, widths and dashes by layer kind and feature properties. Neutral
 * by design: countries get pale tints of equal weight, proposals are dashed and labelled as such.
 */
public final class MapStyle {

    /** Pale, equal-weight tints for country areas, chosen by ISO code, never by side. */
    private static final Map<String, Color> COUNTRY_TINTS = Map.of(
            "AZE", Color.web("#e9dcc4"),
            "IRN", Color.web("#dfe6cf"),
            "ARM", Color.web("#e6d6dd"),
            "TUR", Color.web("#e3ddd0"),
            "GEO", Color.web("#e4e2cd"),
            "RUS", Color.web("#dcd9e6"));

    /** Tint of every other country: the surroundings (Iraq, Turkmenistan…), quieter than the region's. */
    private static final Color NEUTRAL_TINT = Color.web("#e8e4da");

    private MapStyle() {
    }

    /**
     * Whether a feature belongs to the surroundings drawn beyond the detailed data ({@code "context": true},
     * geodata/context-*.geojson): drawn quieter, and cut along the
     * detailed box.
     */
    public static boolean isContext(GeoFeature feature) {
        return Boolean.TRUE.equals(feature.properties().get("context"));
    }

    /** Fill of a polygon, or null for none. */
    public static Color fill(LayerInfo.Kind kind, GeoFeature feature) {
        return switch (kind) {
            case LAND -> feature.text("iso_a3") == null ? NEUTRAL_TINT
                    : COUNTRY_TINTS.getOrDefault(feature.text("iso_a3"), NEUTRAL_TINT);
            case WATER -> Color.web("#b5d0e0");
            case ADMIN -> "AZ.NX".equals(feature.text("hasc")) || feature.id().contains("nakhchivan")
                    ? Color.web("#c9a66b", 0.18) : null;
            case OTHER -> Color.web("#9e9e9e", 0.25);
            default -> null;
        };
    }

    /** Stroke colour of lines and outlines, or null for none. */
    public static Color stroke(LayerInfo.Kind kind, GeoFeature feature) {
        return switch (kind) {
            case LAND -> null; // borders and coasts are layers of their own; an outline would also trace the data's box
            case WATER -> isContext(feature) ? null : Color.web("#7fa8c9"); // seas are cut at straits and the data's edges
            case ADMIN -> Color.web("#7d6f96");
            case BORDER -> isContestedLine(feature) ? Color.web("#8a3b3b") : Color.web("#4a4a4a");
            case RIVER -> isContext(feature) ? Color.web("#6f9fcb") : Color.web("#3d85c6");
            case CORRIDOR -> CorridorStage.of(feature).colour();
            case PLACE, INCIDENTS -> Color.web("#333333");
            case OTHER -> Color.web("#666666");
        };
    }

    /**
     * Whether a border feature is a line of contact or a disputed line ({@code border_type}
     * ceasefire or disputed), drawn in its own colour and dashed, and given its own legend line.
     */
    public static boolean isContestedLine(GeoFeature feature) {
        return "ceasefire".equals(feature.text("border_type")) || "disputed".equals(feature.text("border_type"));
    }

    /** Stroke width in pixels at scale 1, growing gently with zoom. */
    public static double strokeWidth(LayerInfo.Kind kind, GeoFeature feature, double zoom) {
        double grow = Math.max(0, Math.min(4, zoom - 6)) * 0.25;
        return switch (kind) {
            case LAND -> 0.6;
            case WATER -> 0.6;
            case ADMIN -> 1.0 + grow * 0.5;
            case BORDER -> 1.6 + grow;
            case RIVER -> isContext(feature) ? 0.8 + grow * 0.5
                    : ("Aras".equals(feature.text("name")) || feature.id().contains("aras") ? 2.2 : 1.2) + grow;
            case CORRIDOR -> 3.0 + grow;
            default -> 1.0;
        };
    }

    /** Dash pattern in pixels at scale 1, or null for a solid line. */
    public static double[] dashes(LayerInfo.Kind kind, GeoFeature feature) {
        return switch (kind) {
            case ADMIN -> new double[] {6, 4};
            case BORDER -> "international".equals(feature.text("border_type")) || feature.text("border_type") == null
                    ? null : new double[] {8, 5};
            case CORRIDOR -> CorridorStage.of(feature).dashes();
            case RIVER -> "doubtful".equals(feature.text("position")) ? new double[] {4, 4} : null;
            default -> null;
        };
    }

    /**
     * How far a corridor has come, each drawn in its own line and colour (Okabe–Ito colours, told
     * apart by people with any common colour-vision deficiency, and by the line's pattern alone in
     * grey): proposed long dashes, agreed dots, under construction dash-dot, built solid (drawn
     * with round caps, so each gap is wider than the thickest line, 4 px at scale 1). Read from
     * the feature's {@code stage} property; without it, from the first word of its {@code status}
     * ("agreed (memorandum, March 2022)" is agreed); a corridor whose stage cannot be told is drawn
     * as proposed, the claim that says least.
     */
    public enum CorridorStage {
        PROPOSED("proposed", "#D55E00", new double[] {12, 7}),
        AGREED("agreed", "#CC79A7", new double[] {0.5, 8}),
        UNDER_CONSTRUCTION("under construction", "#E69F00", new double[] {12, 8, 0.5, 8}),
        BUILT("built", "#5C3A1E", null);

        private final String code;
        private final Color colour;
        private final double[] dashes;

        CorridorStage(String code, String colour, double[] dashes) {
            this.code = code;
            this.colour = Color.web(colour);
            this.dashes = dashes;
        }

        /** The value of the {@code stage} property. */
        public String code() {
            return code;
        }

        /** The line's colour. */
        public Color colour() {
            return colour;
        }

        /** The line's dashes at scale 1, or null for a solid line (a copy). */
        public double[] dashes() {
            return dashes == null ? null : dashes.clone();
        }

        /** The colour of the corridor's name: the line's colour, darkened to read as text. */
        public Color labelColour() {
            return colour.deriveColor(0, 1, 0.62, 1);
        }

        /** A corridor's stage, from its {@code stage} property, else from its {@code status}. */
        public static CorridorStage of(GeoFeature feature) {
            String stage = feature.text("stage");
            String text = (stage != null && !stage.isBlank() ? stage : String.valueOf(feature.text("status")))
                    .strip().toLowerCase(java.util.Locale.ROOT);
            for (CorridorStage value : values()) {
                if (text.startsWith(value.code)) {
                    return value;
                }
            }
            if (text.startsWith("construction") || text.startsWith("being built")) {
                return UNDER_CONSTRUCTION;
            }
            if (text.startsWith("open") || text.startsWith("established") || text.startsWith("completed")) {
                return BUILT;
            }
            return PROPOSED;
        }
    }

    /** Colour of a place marker. */
    public static Color placeMarker(GeoFeature feature) {
        return "capital".equals(feature.text("place_kind")) ? Color.web("#222222") : Color.web("#505050");
    }
}
