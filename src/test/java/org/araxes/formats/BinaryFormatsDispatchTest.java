// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.araxes.formats.Fixtures.PLACES;
import static org.araxes.formats.Fixtures.copy;
import static org.araxes.formats.Fixtures.fixture;
import static org.araxes.formats.Fixtures.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.araxes.io.GeoJsonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The binary formats reach their readers through the one dispatcher, by content whatever the name. */
class BinaryFormatsDispatchTest {

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
        "places.gpkg, GEOPACKAGE, 33",
        "places.fgb, FLATGEOBUF, 31",
        "shp/places-utf8.shp, SHAPEFILE, 31",
    })
    void readByContent(String name, GeoFiles.Format format, int features) {
        assertEquals(format, GeoFiles.kind(fixture(name)).format());
        GeoJsonResult read = GeoFiles.read(fixture(name));
        assertEquals(List.of(), messages(read));
        assertEquals(features, read.features().size());
    }

    @ParameterizedTest(name = "{0} renamed {1} is still read")
    @CsvSource({
        "places.gpkg, places.dat",
        "places.fgb, places.bin",
    })
    void readWhateverItsName(String name, String renamed, @TempDir Path folder) throws IOException {
        Path copy = copy(folder, name).resolveSibling(renamed);
        java.nio.file.Files.move(folder.resolve(Path.of(name).getFileName()), copy);
        assertEquals(PLACES, GeoFiles.read(copy).features().size() - (name.endsWith("gpkg") ? 2 : 0));
    }
}
