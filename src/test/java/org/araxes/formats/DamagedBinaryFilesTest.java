// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import static org.araxes.formats.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Function;
import org.araxes.io.GeoJsonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged files never throw: each fixture cut at many places and with bytes changed at random (a
 * fixed seed, so a failure repeats) is read to a result whose problems say what went wrong.
 */
class DamagedBinaryFilesTest {

    private static final int TRIES = 60;

    @ParameterizedTest(name = "{0}, cut and changed, is read without an exception")
    @ValueSource(strings = {"places.fgb", "places-no-index.fgb", "shp/places-utf8.shp", "shp/places-utf8.dbf",
        "shp/polygons.shp", "shp/places-xyzm.shp", "places.gpkg"})
    void damagedFilesGiveProblems(String name, @TempDir Path folder) throws IOException {
        byte[] whole = Files.readAllBytes(fixture(name));
        boolean dbf = name.endsWith(".dbf");
        String base = Path.of(name).getFileName().toString().replaceFirst("\\.\\w+$", "");
        Function<Path, GeoJsonResult> reader = name.endsWith(".fgb") ? FlatGeobufReader::read
                : name.endsWith(".gpkg") ? GeoPackageReader::read : ShapefileReader::read;
        Random random = new Random(18);
        int tries = name.endsWith(".gpkg") ? TRIES / 6 : TRIES; // each one opens a database
        for (int i = 0; i < tries; i++) {
            byte[] damaged = i % 2 == 0
                    ? java.util.Arrays.copyOf(whole, random.nextInt(whole.length))
                    : flipped(whole, random);
            Path target = folder.resolve(i + "-" + Path.of(name).getFileName());
            Files.write(target, damaged);
            Path read = target;
            if (dbf || name.endsWith(".shp")) {
                // the Shapefile's other part, whole, beside the damaged one
                String other = dbf ? ".shp" : ".dbf";
                Path sibling = fixture(name.replaceFirst("\\.\\w+$", other));
                if (Files.exists(sibling)) {
                    Files.copy(sibling, folder.resolve(i + "-" + base + other));
                }
                read = dbf ? folder.resolve(i + "-" + base + ".shp") : target;
            }
            Path file = read;
            GeoJsonResult result = assertDoesNotThrow(() -> reader.apply(file), () -> "try " + file);
            assertTrue(result.features().size() <= 40, () -> "try " + file);
        }
    }

    private static byte[] flipped(byte[] whole, Random random) {
        byte[] copy = whole.clone();
        for (int k = 0; k < 8; k++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }
}
