// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Drops the vertices of lines and rings that lie within a distance of the last vertex kept, in one
 * pass ("radial distance" thinning, the cheap first step of many simplifiers before
 * Douglas–Peucker): each dropped vertex is within that distance of the thinned line. A line keeps
 * its ends; a ring that would keep fewer than four points is left whole (Douglas–Peucker decides
 * what becomes of it). Points and empty parts are copied as they are.
 */
final class RadialThinning extends GeometryTransformer {

    private final double distanceSquared;

    private RadialThinning(double distance) {
        this.distanceSquared = distance * distance;
    }

    /** A copy of a geometry without the vertices within a distance (degrees) of the last one kept. */
    static Geometry thin(Geometry geometry, double distance) {
        return new RadialThinning(distance).transform(geometry);
    }

    @Override
    protected CoordinateSequence transformCoordinates(CoordinateSequence coordinates, Geometry parent) {
        int n = coordinates.size();
        if (n < 3) {
            return copy(coordinates);
        }
        List<Coordinate> kept = new ArrayList<>();
        Coordinate last = coordinates.getCoordinateCopy(0);
        kept.add(last);
        for (int i = 1; i < n - 1; i++) {
            double dx = coordinates.getX(i) - last.x;
            double dy = coordinates.getY(i) - last.y;
            if (dx * dx + dy * dy > distanceSquared) {
                last = coordinates.getCoordinateCopy(i);
                kept.add(last);
            }
        }
        kept.add(coordinates.getCoordinateCopy(n - 1));
        if (parent instanceof LinearRing && kept.size() < 4) {
            return copy(coordinates);
        }
        return factory.getCoordinateSequenceFactory().create(kept.toArray(Coordinate[]::new));
    }
}
