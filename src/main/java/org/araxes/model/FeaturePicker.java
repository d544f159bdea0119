// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.model;

import java.util.List;
import java.util.Optional;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Finds the feature under a click: the topmost layer wins; within a layer points and lines are hit
 * within a tolerance, areas when the point lies inside them.
 */
public final class FeaturePicker {

    /** A feature and the layer it belongs to. */
    public record Hit(LayerData layer, GeoFeature feature) {
    }

    private FeaturePicker() {
    }

    /**
     * @param layersTopFirst  the visible layers, topmost first
     * @param lon             longitude of the click, degrees
     * @param lat             latitude of the click, degrees
     * @param toleranceDegrees how near a point or line must be, in degrees (a few pixels' worth)
     */
    public static Optional<Hit> pick(List<LayerData> layersTopFirst, double lon, double lat, double toleranceDegrees) {
        Point click = GeoJsonReader.geometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
        for (LayerData layer : layersTopFirst) {
            GeoFeature best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (GeoFeature feature : layer.features()) {
                Geometry geometry = feature.geometry();
                if (geometry == null || geometry.isEmpty()) {
                    continue;
                }
                org.locationtech.jts.geom.Envelope envelope = new org.locationtech.jts.geom.Envelope(geometry.getEnvelopeInternal());
                envelope.expandBy(toleranceDegrees);
                if (!envelope.contains(lon, lat)) {
                    continue;
                }
                boolean area = geometry.getDimension() == 2;
                double distance = area ? (geometry.contains(click) ? 0 : Double.POSITIVE_INFINITY) : geometry.distance(click);
                if (distance <= toleranceDegrees && distance < bestDistance) {
                    best = feature;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                return Optional.of(new Hit(layer, best));
            }
        }
        return Optional.empty();
    }
}
