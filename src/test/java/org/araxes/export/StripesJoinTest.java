// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.araxes.geo.Viewport;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.model.Atlas;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.MapComposition;
import org.araxes.render.VectorRenderer;
import org.araxes.tiles.Basemap;
import org.araxes.timeline.TimeWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A picture taller than {@link MapExporter#STRIPE_ROWS} is drawn in stripes, and equals the same
 * map drawn on one canvas: with incidents on every stripe boundary (a radius of doubt, a cluster,
 * a symbol crossing it), nothing is cut off where one stripe ends and the next begins.
 */
class StripesJoinTest {

    private static Atlas atlas;
    private static final LocalDate DAY = LocalDate.of(2022, 10, 21);

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        atlas = Atlas.load(Path.of("geodata"));
    }

    private static Incident incident(String id, Category category, double lon, double lat, LocationPrecision place) {
        return new Incident(id, "Title " + id, "", category, List.of("Iran"), Status.REPORTED, Role.PRIMARY,
                new Incident.When(DAY, DAY, DatePrecision.DAY, DateBasis.STATED, ""),
                new Incident.Place("Place " + id, place, ""), new Incident.Point(lon, lat),
                List.of(new Incident.Source("f", "p", "a", "t", "2022-10", "q")));
    }

    /** On each stripe boundary: a radius of doubt at a third of the width, a cluster at two thirds, a symbol in the middle. */
    private static IncidentStore acrossBoundaries(Viewport viewport) {
        List<Incident> incidents = new ArrayList<>();
        for (int row = MapExporter.STRIPE_ROWS; row < viewport.height(); row += MapExporter.STRIPE_ROWS) {
            double lat = viewport.latitude(row);
            incidents.add(incident("doubt-" + row, Category.ATTACK, viewport.longitude(viewport.width() / 3), lat,
                    LocationPrecision.REGION));
            incidents.add(incident("single-" + row, Category.MILITARY_EXERCISE, viewport.longitude(viewport.width() / 2), lat,
                    LocationPrecision.SITE));
            for (int i = 0; i < 6; i++) {
                incidents.add(incident("cluster-" + row + "-" + i, i < 3 ? Category.DIPLOMATIC : Category.BORDER_INCIDENT,
                        viewport.longitude(viewport.width() * 2 / 3 + i * 2), viewport.latitude(row - 4 + i * 2),
                        LocationPrecision.SITE));
            }
        }
        return new IncidentStore(incidents);
    }

    @ParameterizedTest(name = "{0}×{1} at scale {2}")
    @CsvSource({
        "600, 4096, 1",          // one boundary, as in the issue
        "300, 6200, 1",          // three boundaries
        "3508, 4961, 3.2478",    // A3 portrait at 300 dpi: two boundaries, scaled symbols
    })
    @DisplayName("a tall picture drawn in stripes equals the same map drawn in one piece, incidents on every boundary")
    void stripesJoin(int width, int height, double scale) throws Exception {
        Viewport viewport = Viewport.fitting(Atlas.HOME_REGION, width, height);
        IncidentStore store = acrossBoundaries(viewport);
        TimeWindow window = TimeWindow.of(DAY.minusDays(30), DAY);
        MapComposition composition = new MapComposition(Basemap.painterFor(atlas), 1.0,
                atlas.mapLayers().stream().map(l -> new MapComposition.Layer(new VectorRenderer(l), 1.0)).toList(),
                "en", atlas.credits())
                .withIncidents(new IncidentRenderer.Shown(store, store.visible(window, IncidentFilter.all()), window, null));
        WritableImage striped = WaitForAsyncUtils.asyncFx(() -> MapExporter.render(composition, viewport, scale, null)).get();
        WritableImage whole = WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(width, height);
            canvas.getGraphicsContext2D().setFill(Color.WHITE);
            canvas.getGraphicsContext2D().fillRect(0, 0, width, height);
            composition.draw(canvas.getGraphicsContext2D(), viewport, scale);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            return canvas.snapshot(parameters, new WritableImage(width, height));
        }).get();
        assertEquals(width, (int) striped.getWidth());
        assertEquals(height, (int) striped.getHeight());
        // the same drawing calls on the same pixel grid: antialiasing may round a level apart, no more
        int differing = ImageCompare.differing(striped, whole, 2);
        System.out.printf("stripes vs one piece, %dx%d: %d pixels differ by more than 2 levels%n", width, height, differing);
        assertEquals(0, differing, differing + " of " + width * height + " pixels differ by more than 2 levels");
    }
}
