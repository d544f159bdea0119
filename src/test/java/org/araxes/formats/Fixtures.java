// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.araxes.geo.GeoFeature;
import org.araxes.geo.Geodesy;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.Problem;
import org.locationtech.jts.geom.Point;

/** The fixtures of src/test/resources/org/araxes/formats (see its README; the binary ones made by its make.sh). */
final class Fixtures {

    /** The places in the fixtures: the bundled places.geojson's 31. */
    static final int PLACES = 31;

    private Fixtures() {
    }

    /** A fixture by its name relative to this package (as the text formats' tests name them). */
    static Path of(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture by its path under org/araxes/formats. */
    static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/org/araxes/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies fixtures into a folder (to leave some of a Shapefile's files out, or to change them). */
    static Path copy(Path folder, String... names) throws IOException {
        Path last = null;
        for (String name : names) {
            last = folder.resolve(Path.of(name).getFileName().toString());
            Files.copy(fixture(name), last);
        }
        return last;
    }

    /** The messages of a result's problems. */
    static List<String> messages(GeoJsonResult result) {
        return result.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    /** The features by id. */
    static Map<String, GeoFeature> byId(GeoJsonResult result) {
        return result.features().stream().collect(Collectors.toMap(GeoFeature::id, f -> f));
    }

    /**
     * Checks that every place of a reprojected read lies within a metre of where GDAL's own
     * reprojection of the same UTM 38N file puts it (places-utm38n-by-gdal.geojson).
     */
    static void assertWithinAMetreOfGdal(GeoJsonResult read) {
        GeoJsonResult gdal = new GeoJsonReader().read(fixture("places-utm38n-by-gdal.geojson"));
        assertEquals(PLACES, gdal.features().size());
        Map<String, GeoFeature> ours = byId(read);
        assertEquals(PLACES, ours.size(), () -> "places read: " + messages(read));
        double worst = 0;
        for (GeoFeature expected : gdal.features()) {
            Point want = (Point) expected.geometry();
            Point got = (Point) ours.get(expected.text("id")).geometry();
            worst = Math.max(worst, Geodesy.distance(want.getX(), want.getY(), got.getX(), got.getY()));
        }
        double farthest = worst;
        assertTrue(farthest < 1.0, () -> "farthest from GDAL's place: " + farthest + " m");
    }
}
