// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.araxes.geo.GeoFeature;
import org.araxes.geo.Geodesy;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * How far incidents are from the Aras and from each corridor, on the ellipsoid.
 *
 * <p>For each incident with a point, the nearest point of a target line is found with JTS
 * {@link DistanceOp} in a local plane around the incident (longitudes scaled by the cosine of its
 * latitude, so the plane is nearly equidistant nearby), and the distance to that point is then
 * measured geodesically with GeographicLib. Incidents without a point have no distance.
 */
public final class IncidentProximity {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** Id of the target made of every reach of the Aras. */
    public static final String ARAS = "aras";

    private IncidentProximity() {
    }

    /**
     * Something to measure from: the Aras, or a corridor.
     *
     * @param id       a stable id ({@value #ARAS} or the corridor feature's id)
     * @param label    the name shown in the filter
     * @param geometry lon/lat geometry
     */
    public record Target(String id, String label, Geometry geometry) {
        public Target {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(geometry, "geometry");
            if (geometry.isEmpty()) {
                throw new IllegalArgumentException("target " + id + " has an empty geometry");
            }
        }
    }

    /**
     * The targets an atlas offers: the Aras (every river feature with {@code river = aras}, or
     * named Aras/Araz) and each corridor feature, in that order.
     */
    public static List<Target> targets(Atlas atlas) {
        List<Target> targets = new ArrayList<>();
        List<Geometry> aras = new ArrayList<>();
        for (LayerData layer : atlas.layersOfKind(LayerInfo.Kind.RIVER)) {
            for (GeoFeature f : layer.features()) {
                String river = f.text("river");
                String name = f.name("en");
                if (f.geometry() != null && ("aras".equalsIgnoreCase(river) || "Aras".equalsIgnoreCase(name)
                        || "Araz".equalsIgnoreCase(name))) {
                    aras.add(f.geometry());
                }
            }
        }
        if (!aras.isEmpty()) {
            targets.add(new Target(ARAS, "the Aras", FACTORY.buildGeometry(aras)));
        }
        for (LayerData layer : atlas.layersOfKind(LayerInfo.Kind.CORRIDOR)) {
            for (GeoFeature f : layer.features()) {
                // the routes only: a corridor's checkpoint or status marker is a point on a route
                if (f.geometry() != null && !f.geometry().isEmpty() && f.geometry().getDimension() == 1) {
                    targets.add(new Target(f.id(), shortName(f.name("en")), f.geometry()));
                }
            }
        }
        return targets;
    }

    private static String shortName(String name) {
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren) : name;
    }

    /** The geodesic distance in metres from a point to the nearest point of a lon/lat geometry. */
    public static double distance(double lon, double lat, Geometry target) {
        double scale = Math.cos(Math.toRadians(lat));
        Geometry local = new GeometryTransformer() {
            @Override
            protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
                    org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
                Coordinate[] out = new Coordinate[coords.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new Coordinate((coords.getX(i) - lon) * scale, coords.getY(i) - lat);
                }
                return factory.getCoordinateSequenceFactory().create(out);
            }
        }.transform(target);
        Coordinate[] nearest = DistanceOp.nearestPoints(local, FACTORY.createPoint(new Coordinate(0, 0)));
        Coordinate c = nearest[0];
        return Geodesy.distance(lon, lat, c.x / scale + lon, c.y + lat);
    }

    /**
     * Distances in metres from every incident of a list to a target, in list order;
     * {@link Double#NaN} for an incident without a point.
     */
    public static double[] distances(List<Incident> incidents, Target target) {
        double[] out = new double[incidents.size()];
        for (int i = 0; i < out.length; i++) {
            Incident.Point p = incidents.get(i).point();
            out[i] = p == null ? Double.NaN : distance(p.lon(), p.lat(), target.geometry());
        }
        return out;
    }

    /** The ids of the incidents of a list within a distance (km) of a target. */
    public static Set<String> within(List<Incident> incidents, double[] distances, double km) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < distances.length; i++) {
            if (!Double.isNaN(distances[i]) && distances[i] <= km * 1000) {
                ids.add(incidents.get(i).id());
            }
        }
        return ids;
    }
}
