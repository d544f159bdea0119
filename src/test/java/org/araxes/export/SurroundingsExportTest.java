// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.araxes.geo.Viewport;
import org.araxes.model.Atlas;
import org.araxes.raster.BasemapPainter;
import org.araxes.render.MapComposition;
import org.araxes.render.VectorRenderer;
import org.araxes.tiles.Basemap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The bundled data's surroundings: an export of any box shows land and water, never the "no data" grey. */
class SurroundingsExportTest {

    private static MapComposition composition;

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        Atlas atlas = Atlas.load(Path.of("geodata"));
        composition = new MapComposition(Basemap.painterFor(atlas), 1.0,
                atlas.mapLayers().stream().map(l -> new MapComposition.Layer(new VectorRenderer(l), 1.0)).toList(),
                "en", atlas.credits());
    }

    /** The share of a picture's pixels that have the basemap's "no data" colour. */
    static double noDataFraction(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        long grey = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (pixels.getArgb(x, y) == BasemapPainter.NO_DATA) {
                    grey++;
                }
            }
        }
        return grey / (double) (width * height);
    }

    @ParameterizedTest(name = "{0}–{2} E, {1}–{3} N at {4}×{5}")
    @CsvSource({
        // the home region in a 16:9 picture: a third of it was grey
        "43.5, 36.5, 50.5, 42.0, 1920, 1080",
        // 25–65 E, 25–50 N: Tehran, Turkmenistan, the Black Sea coast, the Gulf
        "25, 25, 65, 50, 1920, 1080",
        // a tall picture of the Caspian
        "46, 36, 55, 47.5, 600, 1400",
        // far out: Europe to India
        "-10, 5, 95, 65, 1600, 900",
    })
    @DisplayName("an export of a box shows no 'no data' grey: the surroundings draw land, seas, lakes and borders")
    void noGrey(double west, double south, double east, double north, int width, int height) throws Exception {
        Viewport viewport = Viewport.fitting(new Envelope(west, east, south, north), width, height);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> MapExporter.render(composition, viewport, 1, null)).get();
        double grey = noDataFraction(image);
        assertTrue(grey < 0.0005, String.format("%.4f %% of the picture is 'no data' grey", grey * 100));
    }
}
