// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.araxes.geo.Viewport;
import org.araxes.model.Atlas;
import org.araxes.raster.BasemapPainter;
import org.araxes.raster.PolygonRasterizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The home view, at any window shape, shows data everywhere: the basemap never paints "no data" there. */
class BasemapCoverageTest {

    private static BasemapPainter painter;

    @BeforeAll
    static void load() {
        painter = Basemap.painterFor(Atlas.load(Path.of("geodata")));
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1024, 600", "1280, 800", "1920, 1080", "3840, 1080", "3840, 2160", "600, 1024", "1080, 1920", "500, 1900"})
    @DisplayName("the home view fills the map with land and water at any window shape, wide or portrait")
    void homeViewIsCovered(int width, int height) {
        // the view AtlasMapView.home() shows: the home region fitted into the map
        Viewport home = Viewport.fitting(Atlas.HOME_REGION, width, height);
        PolygonRasterizer raster = new PolygonRasterizer(width, height);
        painter.paint(raster, home);
        int[] pixels = raster.pixels();
        long grey = 0;
        for (int argb : pixels) {
            if (argb == BasemapPainter.NO_DATA) {
                grey++;
            }
        }
        assertEquals(0, grey, grey + " of " + pixels.length + " pixels are 'no data' grey");
        assertTrue(painter.coverage().contains(home.visibleBounds()), "the data covers " + home.visibleBounds());
    }
}
