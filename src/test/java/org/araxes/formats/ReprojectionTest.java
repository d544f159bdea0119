// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.araxes.formats.Fixtures.assertWithinAMetreOfGdal;
import static org.araxes.formats.Fixtures.fixture;
import static org.araxes.formats.Fixtures.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.araxes.geo.Reprojection;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one conversion of other coordinate systems to WGS 84 (geo.Reprojection), as the readers use it. */
class ReprojectionTest {

    @Test
    @DisplayName("a GeoJSON with a UTM 38N crs member is read to within a metre of GDAL's reprojection, with one warning")
    void geoJsonCrsMember() {
        GeoJsonResult read = new GeoJsonReader().read(fixture("places-utm38n.geojson"));
        assertEquals(List.of("places-utm38n.geojson: the file's coordinates are in urn:ogc:def:crs:EPSG::32638"
                + " (its \"crs\" member); they were converted to longitude and latitude on WGS 84"), messages(read));
        assertWithinAMetreOfGdal(read);
    }

    @ParameterizedTest(name = "\"{0}\" is found")
    @ValueSource(strings = {
        "EPSG:32638",
        "urn:ogc:def:crs:EPSG::32638",
        "urn:ogc:def:crs:EPSG:9.8.15:32638",
    })
    void epsgNames(String name) throws Exception {
        Reprojection found = Reprojection.find(name);
        assertFalse(found.isIdentity());
        double[] xy = {500000, 4300000}; // the zone's central meridian, 45° E
        found.apply(xy);
        assertEquals(45.0, xy[0], 1e-9);
        assertEquals(38.85, xy[1], 0.01);
    }

    @Test
    @DisplayName("a Shapefile's ESRI WKT (no authority) is read by its parameters")
    void esriWkt() throws Exception {
        String prj = Files.readString(fixture("shp/places-utm38n.prj"));
        Reprojection found = Reprojection.find(prj);
        assertEquals("WGS_1984_UTM_Zone_38N", found.name());
        double[] xy = {500000, 4300000};
        found.apply(xy);
        assertEquals(45.0, xy[0], 1e-9);
    }

    @Test
    @DisplayName("WGS 84 longitude/latitude, as a code or a WKT, changes nothing")
    void wgs84IsIdentity() throws Exception {
        assertTrue(Reprojection.find("EPSG:4326").isIdentity());
        assertTrue(Reprojection.find(Files.readString(fixture("shp/places-utf8.prj"))).isIdentity());
    }

    @Test
    @DisplayName("an unknown code or text is refused with a message naming it")
    void unknown() throws IOException {
        Reprojection.UnknownCrsException code = assertThrows(Reprojection.UnknownCrsException.class,
                () -> Reprojection.find("EPSG:999999"));
        assertTrue(code.getMessage().startsWith("the coordinate system EPSG:999999 is not one Araxes can convert"),
                code.getMessage());
        Reprojection.UnknownCrsException text = assertThrows(Reprojection.UnknownCrsException.class,
                () -> Reprojection.find("my local grid"));
        assertTrue(text.getMessage().startsWith("the coordinate system \"my local grid\" is not one Araxes knows"),
                text.getMessage());
    }
}
