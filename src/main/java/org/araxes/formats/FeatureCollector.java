// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.araxes.geo.Reprojection;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.InputFiles;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * What the binary readers (GeoPackage, FlatGeobuf, Shapefile) add to {@link Features}: each
 * feature's geometry, read whole by a library or from fixed-layout bytes, is reprojected to
 * longitude/latitude ({@link Reprojection}), its positions checked as GeoJSON's are and its
 * polygons repaired; an empty geometry is a feature without a place. Not thread-safe; one per read.
 */
final class FeatureCollector {

    private final Features out;

    FeatureCollector(String fileName) {
        this.out = new Features(fileName);
    }

    /**
     * Why a file cannot be read at all (missing, a folder, a FIFO, too big for the memory left), or
     * null when it can.
     */
    static String whyNot(Path file) {
        String why = InputFiles.whyNotReadable(file);
        if (why != null) {
            return why;
        }
        try {
            return InputFiles.whyTooBig(Files.size(file), InputFiles.Cost.LAYER);
        } catch (IOException e) {
            return "the file cannot be read: " + e.getMessage();
        }
    }

    void error(String place, String message) {
        out.error(place, message);
    }

    void warning(String place, String message) {
        out.warning(place, message);
    }

    int count() {
        return out.count();
    }

    /**
     * Adds a feature (see {@link Features#add}): its geometry (null for none) is reprojected,
     * checked and repaired; one with a position that is not longitude/latitude after that is left
     * out with an error at {@code place}.
     *
     * @param id           the file's id for it, or null (then {@code "#index"})
     * @param reprojection the file's conversion to WGS 84, or null when it is longitude/latitude already
     */
    void add(String place, String id, Geometry geometry, Map<String, Object> properties, Reprojection reprojection) {
        Geometry lonLat = null;
        if (geometry != null && !geometry.isEmpty()) {
            lonLat = reprojection == null ? geometry : reprojection.apply(geometry);
            for (Coordinate c : lonLat.getCoordinates()) {
                String why = GeoJsonReader.whyBadPosition(c.x, c.y);
                if (why != null) {
                    error(place, (reprojection == null || reprojection.isIdentity() ? ""
                            : "converted from " + reprojection.name() + ", ") + why + "; feature left out");
                    return;
                }
            }
            if (lonLat instanceof Polygonal) {
                lonLat = out.repaired(lonLat, place);
            }
        }
        out.add(id, lonLat, properties, place);
    }

    /** The result, its layer titled {@code title} (a table's or the file's own name), else from the file name. */
    GeoJsonResult result(String title) {
        return out.result(title);
    }

    GeoJsonResult result() {
        return out.result(null);
    }
}
