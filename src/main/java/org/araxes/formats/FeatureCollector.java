// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.araxes.geo.GeoFeature;
import org.araxes.geo.GeometryRepair;
import org.araxes.geo.Reprojection;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.InputFiles;
import org.araxes.io.LayerInfo;
import org.araxes.io.Problem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * What the binary readers (GeoPackage, FlatGeobuf, Shapefile) share: the features and problems of
 * one read, each feature's geometry reprojected to longitude/latitude, checked for range and its
 * polygons repaired as the GeoJSON reader repairs them ({@link GeometryRepair}). Not thread-safe;
 * one per read.
 */
final class FeatureCollector {

    final String fileName;
    private final List<GeoFeature> features = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    FeatureCollector(String fileName) {
        this.fileName = fileName;
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
        problems.add(Problem.error(fileName, place, message));
    }

    void warning(String place, String message) {
        problems.add(Problem.warning(fileName, place, message));
    }

    int count() {
        return features.size();
    }

    /**
     * Adds a feature: its geometry (null for none) is reprojected, checked and repaired; one whose
     * positions are not longitude/latitude after that is left out with an error at {@code place}.
     */
    void add(String place, String id, Geometry geometry, Map<String, Object> properties, Reprojection reprojection) {
        Geometry lonLat = geometry;
        if (geometry != null && !geometry.isEmpty()) {
            lonLat = reprojection == null ? geometry : reprojection.apply(geometry);
            if (!Reprojection.isUsable(lonLat)) {
                error(place, reprojection == null || reprojection.isIdentity()
                        ? "a position is outside longitude -180..180, latitude -90..90 (or not a number); feature left out"
                        : "a position cannot be converted from " + reprojection.name()
                                + " to longitude and latitude; feature left out");
                return;
            }
            if (lonLat instanceof Polygonal) {
                GeometryRepair.Outcome outcome = GeometryRepair.check(lonLat, GeometryRepair.DEFAULT_BUDGET, true);
                if (outcome.problem() != null) {
                    warning(place, outcome.problem());
                }
                lonLat = outcome.geometry();
            }
        } else if (geometry != null) {
            lonLat = null; // an empty geometry is a feature without a place, as a null one
        }
        features.add(new GeoFeature(features.size(), id, lonLat, properties));
    }

    /** The result, its layer titled from {@code title} (a table or file name). */
    GeoJsonResult result(String title) {
        return new GeoJsonResult(fileName, new LayerInfo(title == null || title.isBlank() ? LayerInfo.titleFromFileName(fileName) : title,
                LayerInfo.Kind.OTHER, 1000, "", ""), features, problems);
    }

    GeoJsonResult result() {
        return result(null);
    }
}
