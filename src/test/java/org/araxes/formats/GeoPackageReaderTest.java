// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.araxes.formats.Fixtures.PLACES;
import static org.araxes.formats.Fixtures.assertWithinAMetreOfGdal;
import static org.araxes.formats.Fixtures.byId;
import static org.araxes.formats.Fixtures.copy;
import static org.araxes.formats.Fixtures.fixture;
import static org.araxes.formats.Fixtures.messages;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/** The GeoPackage reader on packages GDAL made (src/test/resources/org/araxes/formats/make.sh). */
class GeoPackageReaderTest {

    @Test
    @DisplayName("every feature table of a package is read into its one layer, the tables in name order")
    void severalFeatureTablesMakeOneLayer() {
        GeoJsonResult read = GeoPackageReader.read(fixture("places.gpkg"));
        assertEquals(List.of(), messages(read));
        assertEquals(PLACES + 2, read.features().size()); // places and context_places (Tehran, Qom)
        assertEquals("Places", read.info().title());
        GeoFeature agarak = byId(read).get("place-agarak");
        assertEquals("Агарак", agarak.text("name_ru"));
        assertEquals("Ağbənd", byId(read).get("place-aghband").text("name_az"));
        Point point = (Point) agarak.geometry();
        assertTrue(point.getX() > 46 && point.getX() < 46.3 && point.getY() > 38.8 && point.getY() < 39, point::toString);
    }

    @Test
    @DisplayName("as map layers, each feature table is a layer of its own, named file#table and titled by its identifier")
    void layerPerTable() {
        List<GeoJsonResult> layers = GeoPackageReader.readLayers(fixture("places.gpkg"));
        assertEquals(List.of("places.gpkg#context_places", "places.gpkg#places"),
                layers.stream().map(GeoJsonResult::fileName).toList());
        assertEquals(List.of(2, PLACES), layers.stream().map(l -> l.features().size()).toList()); // as ogrinfo -so
        assertEquals(List.of("context_places", "places"), layers.stream().map(l -> l.info().title()).toList());
        assertEquals(List.of(), layers.stream().flatMap(l -> l.problems().stream()).toList());
        assertEquals(1, GeoPackageReader.readLayers(fixture("acled.gpkg")).size(), "one table, one layer");
        assertEquals("acled.gpkg", GeoPackageReader.readLayers(fixture("acled.gpkg")).get(0).fileName());
    }

    @Test
    @DisplayName("a table in UTM zone 38N is reprojected to within a metre of GDAL's own reprojection")
    void projectedTableIsReprojected() {
        GeoJsonResult read = GeoPackageReader.read(fixture("places-utm38n.gpkg"));
        assertEquals(List.of(), messages(read));
        assertWithinAMetreOfGdal(read);
    }

    @Test
    @DisplayName("an empty geometry and a null one are features without a place; the others keep theirs")
    void emptyAndNullGeometries() {
        GeoJsonResult read = GeoPackageReader.read(fixture("empty-geometry.gpkg"));
        assertEquals(List.of(), messages(read));
        assertEquals(4, read.features().size());
        assertEquals("a point", read.features().get(0).text("name"));
        assertFalse(read.features().get(0).geometry().isEmpty());
        assertNull(read.features().get(1).geometry(), "POINT EMPTY");
        assertNull(read.features().get(2).geometry(), "no geometry");
        assertEquals("LineString", read.features().get(3).geometry().getGeometryType());
    }

    @Test
    @DisplayName("a package of tiles only is named so, with nothing loaded")
    void tilesOnly() {
        GeoJsonResult read = GeoPackageReader.read(fixture("tiles.gpkg"));
        assertTrue(read.features().isEmpty());
        assertEquals(1, read.problems().size());
        assertTrue(messages(read).get(0).startsWith("tiles.gpkg: the GeoPackage holds no vector features, only tiles (tiles)"),
                messages(read).get(0));
    }

    @Test
    @DisplayName("a table in a coordinate system no library knows is named and left out")
    void unknownCoordinateSystem(@TempDir Path folder) throws Exception {
        Path copy = copy(folder, "places-utm38n.gpkg");
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
             var s = db.createStatement()) {
            s.executeUpdate("UPDATE gpkg_spatial_ref_sys SET organization = 'NONE', definition = 'LOCAL_CS[\"Site grid\"]'"
                    + " WHERE srs_id = 32638");
        }
        GeoJsonResult read = GeoPackageReader.read(copy);
        assertTrue(read.features().isEmpty());
        assertEquals(1, read.problems().size());
        String message = messages(read).get(0);
        assertTrue(message.startsWith("places-utm38n.gpkg:table places: the coordinate system \"LOCAL_CS[\"Site grid\"]\""),
                message);
        assertTrue(message.contains("ogr2ogr -f GPKG -t_srs EPSG:4326"), message);
    }

    @Test
    @DisplayName("a file that is not a GeoPackage, or is damaged, gives one problem naming it")
    void notAGeoPackage(@TempDir Path folder) throws IOException {
        Path text = Files.writeString(folder.resolve("notes.gpkg"), "not a database");
        GeoJsonResult read = GeoPackageReader.read(text);
        assertEquals(1, read.problems().size());
        assertEquals(List.of("notes.gpkg: the file is a damaged or incomplete SQLite database (a GeoPackage cut short?)"),
                messages(read));

        Path cut = folder.resolve("cut.gpkg");
        byte[] whole = Files.readAllBytes(fixture("places.gpkg"));
        Files.write(cut, java.util.Arrays.copyOf(whole, 8192));
        GeoJsonResult damaged = GeoPackageReader.read(cut);
        assertTrue(damaged.hasErrors());
        assertTrue(messages(damaged).get(0).startsWith("cut.gpkg: "), messages(damaged).get(0));
    }

    @Test
    @DisplayName("the file is opened read-only: reading leaves its bytes as they were")
    void readOnly(@TempDir Path folder) throws IOException {
        Path copy = copy(folder, "places.gpkg");
        byte[] before = Files.readAllBytes(copy);
        GeoPackageReader.read(copy);
        assertArrayEquals(before, Files.readAllBytes(copy));
    }

    @Test
    @DisplayName("a missing file gives one problem")
    void missing(@TempDir Path folder) {
        GeoJsonResult read = GeoPackageReader.read(folder.resolve("gone.gpkg"));
        assertEquals(List.of("gone.gpkg: the file does not exist"), messages(read));
    }
}
