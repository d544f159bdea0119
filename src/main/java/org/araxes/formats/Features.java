// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.araxes.geo.GeoFeature;
import org.araxes.geo.GeometryRepair;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.io.Problem;
import org.araxes.io.SwappedCoordinates;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * What the readers of this package share: geometries built and checked as the GeoJSON reader
 * checks them (positions in range, a pair that only fits the other way round named as swapped,
 * rings closed with a warning, polygons repaired within {@link GeometryRepair}'s budget, points
 * whose coordinates look swapped for the file's extent), and the features and problems of one
 * read. Not thread-safe: one per read.
 */
final class Features {

    /** A geometry that cannot be used; its message is for people. */
    static final class BadGeometry extends Exception {
        private static final long serialVersionUID = 1L;

        BadGeometry(String message) {
            super(message, null, false, false);
        }
    }

    private static final GeometryFactory FACTORY = GeoJsonReader.geometryFactory();

    private final String fileName;
    private final List<GeoFeature> features = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final SwappedCoordinates swaps = new SwappedCoordinates();
    private final Set<String> ids = new HashSet<>();
    private final List<String> swapPlaces = new ArrayList<>();

    Features(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    /** How many features were kept so far. */
    int count() {
        return features.size();
    }

    /**
     * Keeps a feature; its index is its place among those kept. A repeated id is warned about and
     * the feature kept, as the GeoJSON reader does.
     *
     * @param id         the file's id for it, or null (then {@code "#index"})
     * @param geometry   the geometry, or null for a feature without a place
     * @param properties its properties as plain values
     * @param place      where it is in the file, for problems
     */
    void add(String id, Geometry geometry, Map<String, Object> properties, String place) {
        int index = features.size();
        String given = id == null || id.isBlank() ? "#" + index : id;
        if (id != null && !id.isBlank() && !ids.add(id)) {
            warning(place, "duplicate id \"" + id + "\"");
        }
        if (geometry != null && !geometry.isEmpty() && geometry.getDimension() == 0) {
            org.locationtech.jts.geom.Envelope e = geometry.getEnvelopeInternal();
            swaps.add((e.getMinX() + e.getMaxX()) / 2, (e.getMinY() + e.getMaxY()) / 2, swapPlaces.size());
            swapPlaces.add(place);
        }
        features.add(new GeoFeature(index, given, geometry, properties));
    }

    void error(String place, String message) {
        problems.add(Problem.error(fileName, place, message));
    }

    void warning(String place, String message) {
        problems.add(Problem.warning(fileName, place, message));
    }

    /** The result: the features kept, the problems in file order, then the points that look swapped. */
    GeoJsonResult result(String title) {
        for (SwappedCoordinates.Suspect suspect : swaps.suspects()) {
            warning(swapPlaces.get((int) suspect.key()), suspect.message());
        }
        String shown = title == null || title.isBlank() ? LayerInfo.titleFromFileName(fileName) : title.strip();
        return new GeoJsonResult(fileName, new LayerInfo(shown, LayerInfo.Kind.OTHER, 1000, "", ""), features, problems);
    }

    /** A checked position (altitude dropped): finite, longitude -180..180, latitude -90..90. */
    static Coordinate position(double lon, double lat) throws BadGeometry {
        String why = GeoJsonReader.whyBadPosition(lon, lat);
        if (why != null) {
            throw new BadGeometry(why);
        }
        return new Coordinate(lon, lat);
    }

    static Point point(Coordinate position) {
        return FACTORY.createPoint(position);
    }

    static LineString line(List<Coordinate> positions) throws BadGeometry {
        if (positions.size() < 2) {
            throw new BadGeometry("a line needs at least 2 positions, found " + positions.size());
        }
        return FACTORY.createLineString(positions.toArray(new Coordinate[0]));
    }

    /** A ring, closed with a warning when its last position differs from its first. */
    LinearRing ring(List<Coordinate> positions, String place) throws BadGeometry {
        List<Coordinate> closed = positions;
        if (!positions.isEmpty() && !positions.get(0).equals2D(positions.get(positions.size() - 1))) {
            closed = new ArrayList<>(positions);
            closed.add(positions.get(0).copy());
            warning(place, "a ring was not closed (its last position differs from its first); closed it");
        }
        if (closed.size() < 4) {
            throw new BadGeometry("a ring needs at least 4 positions, found " + closed.size());
        }
        return FACTORY.createLinearRing(closed.toArray(new Coordinate[0]));
    }

    static Polygon polygon(LinearRing shell, List<LinearRing> holes) {
        return FACTORY.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    /** An area repaired as the GeoJSON reader repairs it (within its budget), with its warning. */
    Geometry repaired(Geometry area, String place) {
        GeometryRepair.Outcome outcome = GeometryRepair.check(area, GeometryRepair.DEFAULT_BUDGET, true);
        if (outcome.problem() != null) {
            warning(place, outcome.problem());
        }
        return outcome.geometry();
    }

    /**
     * Parts joined as one geometry: one part as itself, points as a MultiPoint, lines as a
     * MultiLineString, polygons as a MultiPolygon, a mix as a GeometryCollection; null for none.
     */
    static Geometry joined(List<Geometry> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.stream().allMatch(Point.class::isInstance)) {
            return FACTORY.createMultiPoint(parts.toArray(new Point[0]));
        }
        if (parts.stream().allMatch(LineString.class::isInstance)) {
            return FACTORY.createMultiLineString(parts.toArray(new LineString[0]));
        }
        if (parts.stream().allMatch(Polygon.class::isInstance)) {
            return FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
        }
        return FACTORY.createGeometryCollection(parts.toArray(new Geometry[0]));
    }
}
