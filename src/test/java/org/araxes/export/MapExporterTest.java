// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.araxes.geo.Viewport;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentStore;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.MapComposition;
import org.araxes.render.VectorRenderer;
import org.araxes.tiles.Basemap;
import org.araxes.timeline.TimeWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Exports without a display: sizes, stripes, DPI metadata, the evidence frame's elements and pixels. */
class MapExporterTest {

    private static Atlas atlas;
    private static IncidentStore store;
    private static final Instant AT = Instant.parse("2026-11-22T12:00:00Z");

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        atlas = Atlas.load(Path.of("geodata"));
        store = new IncidentStore(atlas.layersOfKind(LayerInfo.Kind.INCIDENTS).stream()
                .map(l -> IncidentReader.fromGeoJson(new GeoJsonResult(l.fileName(), l.info(), l.features(), l.problems())))
                .flatMap(r -> r.incidents().stream()).toList());
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    /** The whole data, 2021-09-01 to 2023-05-31, as the escalation story shows it. */
    private static MapComposition composition() {
        TimeWindow window = TimeWindow.of(LocalDate.of(2021, 9, 1), LocalDate.of(2023, 5, 31));
        return new MapComposition(Basemap.painterFor(atlas), 1.0,
                atlas.mapLayers().stream().map(l -> new MapComposition.Layer(new VectorRenderer(l), 1.0)).toList(),
                "en", atlas.credits())
                .withIncidents(new IncidentRenderer.Shown(store, store.visible(window, IncidentFilter.all()), window, null));
    }

    private static EvidenceFrame frame(MapComposition composition) {
        return EvidenceFrame.of(composition, region(1600, 1000), IncidentFilter.all(), "The Aras, 2021–2023", "2026-11-22",
                EnumSet.allOf(FrameElement.class), AT);
    }

    private static Viewport region(int width, int height) {
        return Viewport.fitting(Atlas.HOME_REGION, width, height);
    }

    @Nested
    @DisplayName("sizes")
    class Sizes {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // A4 landscape at 300 dpi: 297 × 210 mm
            "A4, 300, true, 3508, 2480",
            // A3 landscape at 300 dpi: 420 × 297 mm
            "A3, 300, true, 4961, 3508",
            // A3 portrait: taller than 4320, allowed because the area stays under 8K's
            "A3, 300, false, 3508, 4961",
            // A4 at 150 dpi
            "A4, 150, true, 1754, 1240",
        })
        @DisplayName("paper sizes give the pixels of the sheet at the resolution")
        void paper(ExportSize.Paper paper, int dpi, boolean landscape, int width, int height) {
            ExportSize size = ExportSize.ofPaper(paper, dpi, landscape);
            assertEquals(width, size.width());
            assertEquals(height, size.height());
            assertEquals(dpi / 96.0, size.scale(), 1e-9, "type prints at its screen size");
        }

        @ParameterizedTest(name = "{0}×{1}")
        @CsvSource({
            // wider than 8K
            "7681, 100",
            // 8K's width, taller than 8K's area allows
            "7680, 4321",
            // too small to be a picture
            "15, 100",
        })
        @DisplayName("sizes past 7680×4320 or under 16 pixels are refused with the limits named")
        void limits(int width, int height) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExportSize(width, height, 1, 96));
            assertTrue(e.getMessage().contains("7680×4320"), e.getMessage());
        }

        @Test
        @DisplayName("1×, 2× and 4× multiply the map's pixels, lines and type")
        void factors() {
            ExportSize four = ExportSize.ofScreen(1000, 700, 4);
            assertEquals(4000, four.width());
            assertEquals(2800, four.height());
            assertEquals(4, four.scale());
        }
    }

    @Nested
    @DisplayName("rendering")
    class Rendering {

        @Test
        @DisplayName("a render has the asked size and the PNG carries 300 dpi and the frame as text, read back with ImageIO")
        void pngMetadata(@TempDir Path folder) throws Exception {
            MapComposition composition = composition();
            EvidenceFrame frame = frame(composition);
            WritableImage image = fx(() -> MapExporter.render(composition, region(640, 400), 1, frame));
            assertEquals(640, (int) image.getWidth());
            assertEquals(400, (int) image.getHeight());
            Path png = folder.resolve("map.png");
            MapExporter.writePng(image, png, 300, MapExporter.textChunks(frame));
            PngMetadata metadata = PngMetadata.read(png);
            assertEquals(11811, metadata.pixelsPerMetre(), "300 dpi = 11811 pixels per metre");
            assertEquals(300, metadata.dpi());
            assertEquals("The Aras, 2021–2023", metadata.text().get("Title"), "UTF-8 text survives (iTXt)");
            assertTrue(metadata.text().get("Description").contains("borders-note: Borders as in OpenStreetMap (de facto)"));
            assertEquals("2026-11-22T12:00:00Z", metadata.text().get("Creation Time"));
        }

        @Test
        @DisplayName("a picture taller than a stripe is drawn in stripes that join exactly: it equals one canvas drawn whole")
        void stripesJoin() throws Exception {
            MapComposition composition = composition();
            int height = MapExporter.STRIPE_ROWS + 700;
            Viewport viewport = region(300, height);
            WritableImage striped = fx(() -> MapExporter.render(composition, viewport, 1, null));
            WritableImage whole = fx(() -> {
                Canvas canvas = new Canvas(300, height);
                canvas.getGraphicsContext2D().setFill(Color.WHITE);
                canvas.getGraphicsContext2D().fillRect(0, 0, 300, height);
                composition.draw(canvas.getGraphicsContext2D(), viewport, 1);
                SnapshotParameters parameters = new SnapshotParameters();
                parameters.setFill(Color.WHITE);
                return canvas.snapshot(parameters, new WritableImage(300, height));
            });
            int differing = ImageCompare.differing(striped, whole, 2);
            // the same drawing calls on the same pixel grid: no pixel more than rounding apart
            assertEquals(0, differing, differing + " of " + 300 * height + " pixels differ");
        }

        @Test
        @DisplayName("the frame covers the top with its white title band and leaves the map as it is in the middle")
        void framePixels() throws Exception {
            MapComposition composition = composition();
            Viewport viewport = region(800, 500);
            WritableImage framed = fx(() -> MapExporter.render(composition, viewport, 1, frame(composition)));
            WritableImage bare = fx(() -> MapExporter.render(composition, viewport, 1, null));
            // the same map with the frame's source badges on its markers, which the names move around
            WritableImage badged = fx(() -> {
                Canvas canvas = new Canvas(800, 500);
                canvas.getGraphicsContext2D().setFill(Color.WHITE);
                canvas.getGraphicsContext2D().fillRect(0, 0, 800, 500);
                composition.draw(new org.araxes.render.FxSurface(canvas.getGraphicsContext2D()), viewport, 1,
                        new IncidentRenderer(), MapExporter.badge(frame(composition)));
                SnapshotParameters parameters = new SnapshotParameters();
                parameters.setFill(Color.WHITE);
                return canvas.snapshot(parameters, new WritableImage(800, 500));
            });
            Color band = framed.getPixelReader().getColor(400, 3);
            assertTrue(band.getBrightness() > 0.9 && band.getSaturation() < 0.1, "white band at the top: " + band);
            assertFalse(bare.getPixelReader().getArgb(400, 3) == framed.getPixelReader().getArgb(400, 3), "the bare map differs there");
            // below the north arrow, above the scale bar and the legend band (four corridor stages make it taller): the map itself
            assertEquals(badged.getPixelReader().getArgb(760, 120), framed.getPixelReader().getArgb(760, 120), "the map shows through");
        }
    }

    @Nested
    @DisplayName("the evidence frame")
    class Frame {

        @Test
        @DisplayName("counts, lists and keys only the incidents in the picture: an area with none of them says 0 of 39")
        void countsWhatIsInThePicture() {
            MapComposition composition = composition();
            EvidenceFrame away = EvidenceFrame.of(composition, Viewport.fitting(new org.locationtech.jts.geom.Envelope(20, 21, 20, 21), 800, 600),
                    IncidentFilter.all(), null, "", EnumSet.allOf(FrameElement.class), AT);
            assertEquals(0, away.shownCount(), away.filterLine());
            assertEquals(39, away.totalCount());
            assertTrue(away.filterLine().endsWith("0 of 39 incidents shown"), away.filterLine());
            assertTrue(away.sources().isEmpty(), "no sources for incidents not in the picture");
            assertTrue(away.legend().stream().allMatch(e -> e.category() == null), "no incident categories in the legend");
            EvidenceFrame region = frame(composition);
            assertTrue(region.shownCount() > 0 && region.shownCount() <= composition.incidents().indices().length,
                    region.filterLine());
        }

        @Test
        @DisplayName("states every element, in order: title, dates, filters and count, sources, legend, scale, north, credits, borders, version")
        void everyElement() {
            List<String> lines = frame(composition()).describe();
            List<String> names = lines.stream().map(l -> l.split(":")[0]).toList();
            assertEquals(List.of("title", "date", "filters", "sources", "legend", "scale-bar", "north-arrow", "credits",
                    "borders-note", "version"), names);
            assertEquals("title: The Aras, 2021–2023", lines.get(0));
            assertEquals("date: Incidents from 1 September 2021 to 31 May 2023", lines.get(1));
            assertTrue(lines.get(2).matches("filters: Filters: none · \\d+ of 39 incidents shown"), lines.get(2));
            assertTrue(lines.get(3).contains("[1] ") && lines.get(3).contains("Brenda Shaffer"), lines.get(3));
            assertTrue(lines.get(4).contains("International border") && lines.get(4).contains("Military exercise"), lines.get(4));
            assertTrue(lines.get(7).contains("© OpenStreetMap contributors") && lines.get(7).contains("GeoNames"), lines.get(7));
            assertEquals("borders-note: Borders as in OpenStreetMap (de facto); names in English, other names in the app;"
                    + " corridors are approximate and labelled with their status.", lines.get(8));
            assertEquals("version: Dataset version 2026-11-22 · exported 2026-11-22T12:00:00Z with Araxes", lines.get(9));
        }

        @Test
        @DisplayName("switched-off elements are left out; the markers' numbers point into the source list")
        void switches() {
            EvidenceFrame frame = frame(composition());
            EvidenceFrame fewer = frame.withElements(EnumSet.of(FrameElement.TITLE, FrameElement.CREDITS));
            assertEquals(2, fewer.describe().size());
            assertTrue(fewer.describe().stream().noneMatch(l -> l.startsWith("sources")));
            var kapan = store.get(store.indexOf("inc-2022-10-21-kapan-consulate"));
            String badge = frame.badge(List.of(kapan));
            assertFalse(badge.isEmpty());
            java.util.Set<String> numbered = new java.util.HashSet<>();
            for (String number : badge.split(",")) {
                numbered.add(frame.sources().get(Integer.parseInt(number) - 1));
            }
            java.util.Set<String> own = new java.util.HashSet<>();
            kapan.sources().forEach(s -> own.add(EvidenceFrame.shortForm(s)));
            assertEquals(own, numbered, "the badge numbers the incident's own sources, no others");
        }

        @Test
        @DisplayName("filters are named: categories kept, text searched")
        void filters() {
            IncidentFilter filter = IncidentFilter.all()
                    .withCategories(EnumSet.of(org.araxes.incidents.Category.ATTACK, org.araxes.incidents.Category.WAR))
                    .withText("Drone");
            assertEquals("categories Attack, War; text “drone”", EvidenceFrame.describe(filter));
            assertEquals("none", EvidenceFrame.describe(IncidentFilter.all()));
        }
    }
}
