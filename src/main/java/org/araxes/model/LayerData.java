// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.model;

import java.util.List;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.io.Problem;
import org.locationtech.jts.geom.Envelope;

/**
 * One map layer as loaded from one file: what it is, its features, the problems met reading it,
 * and the lon/lat box around its geometries. Immutable.
 *
 * @param id       a stable id, the file name without extension (e.g. {@code "countries"})
 * @param fileName the file it came from
 * @param info     its description (title, kind, order, credit)
 * @param features its features, unmodifiable
 * @param problems problems met reading it, unmodifiable
 * @param bounds   the box around all geometries; a null envelope when there are none
 */
public record LayerData(String id, String fileName, LayerInfo info, List<GeoFeature> features,
                        List<Problem> problems, Envelope bounds) {

    public LayerData {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
        bounds = new Envelope(bounds);
    }

    /** A layer from a read result. */
    public static LayerData of(GeoJsonResult result) {
        Envelope bounds = new Envelope();
        for (GeoFeature feature : result.features()) {
            if (feature.geometry() != null) {
                bounds.expandToInclude(feature.geometry().getEnvelopeInternal());
            }
        }
        String id = result.fileName().replaceFirst("(?i)\\.(geo)?json$", "");
        List<Problem> problems = new java.util.ArrayList<>(result.problems());
        for (GeoFeature feature : result.features()) {
            try {
                org.araxes.timeline.ValidTime.of(feature.properties());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.warning(result.fileName(), "feature " + feature.index()
                        + (feature.id() == null ? "" : " (" + feature.id() + ")"),
                        e.getMessage() + "; the feature is drawn at every time"));
            }
        }
        return new LayerData(id, result.fileName(), result.info(), result.features(), problems, bounds);
    }

    /** The layer's box; a copy, so callers cannot change it. */
    @Override
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    /** The title shown to users. */
    public String title() {
        return info.title();
    }

    /** Total number of coordinates over all geometries. */
    public long vertexCount() {
        return features.stream().filter(f -> f.geometry() != null).mapToLong(f -> f.geometry().getNumPoints()).sum();
    }
}
