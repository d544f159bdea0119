// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.scene.image.WritableImage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.araxes.geo.Viewport;
import org.araxes.incidents.Category;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentStore;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.render.FrameLayout;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.LegendDrawing;
import org.araxes.render.MapComposition;
import org.araxes.render.VectorRenderer;
import org.araxes.tiles.Basemap;
import org.araxes.timeline.TimeWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The SVG export is the PNG's picture: both are drawn by the same code onto two surfaces, and the
 * SVG, drawn back to pixels by JSVG (with the bundled fonts), matches the PNG of the same map.
 */
class SvgMatchesPngTest {

    private static Atlas atlas;
    private static IncidentStore store;
    private static final Instant AT = Instant.parse("2026-11-22T12:00:00Z");
    private static final TimeWindow WINDOW = TimeWindow.of(LocalDate.of(2021, 9, 1), LocalDate.of(2023, 5, 31));

    /** Loads the bundled atlas and its incidents (other export tests draw the same map). */
    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        atlas = Atlas.load(Path.of("geodata"));
        store = IncidentStore.combine(atlas.layersOfKind(LayerInfo.Kind.INCIDENTS).stream()
                .map(l -> IncidentReader.fromGeoJson(new GeoJsonResult(l.fileName(), l.info(), l.features(), l.problems())))
                .map(r -> r.store()).toList());
    }

    /**
     * Lets the atlas and incidents go: a test class holding them in static fields keeps hundreds of
     * megabytes from the later tests' large canvases (StripesJoinTest's A3 picture).
     */
    @AfterAll
    static void unload() {
        atlas = null;
        store = null;
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    /** The bundled map with the incidents of 2021-09 to 2023-05, as `araxes export` draws it. */
    static MapComposition map() {
        return new MapComposition(Basemap.painterFor(atlas), 1.0,
                atlas.mapLayers().stream().map(l -> new MapComposition.Layer(new VectorRenderer(l), 1.0)).toList(),
                "en", atlas.credits())
                .withIncidents(new IncidentRenderer.Shown(store, store.visible(WINDOW, IncidentFilter.all()), WINDOW, null));
    }

    @Nested
    @DisplayName("the whole picture")
    class WholePicture {

        /*
         * Measured on this build (headless, software pipeline; JSVG 1.7.2 with the Noto fonts), the
         * 1000×700 map of the region, 2021-09 to 2023-05, with the full frame: after a 5×5 box blur,
         * 514 of 700,000 pixels (0.073 %) differ by more than 40 levels in a channel (text
         * antialiased by two rasterisers, the dash phase of the radii of doubt). The test allows
         * 0.25 % (1,750 pixels): a missing label line, cluster or radius of doubt, or a frame line
         * in another place, costs more.
         */
        @Test
        @DisplayName("the SVG drawn back to pixels matches the PNG: after a 5×5 blur, ≤ 0.25 % of pixels differ by more than 40 levels")
        void svgMatchesPng() throws Exception {
            MapComposition composition = map();
            Viewport viewport = Viewport.fitting(Atlas.HOME_REGION, 1000, 700);
            EvidenceFrame frame = EvidenceFrame.of(composition, viewport, IncidentFilter.all(), "The Aras, 2021–2023",
                    "2026-11-22", EnumSet.allOf(FrameElement.class), AT);
            WritableImage png = fx(() -> MapExporter.render(composition, viewport, 1, frame));
            String svg = fx(() -> SvgExporter.svg(composition, viewport, 1, frame));
            int[] drawn = SvgRaster.pixels(svg, 1000, 700);
            int differing = SvgRaster.differingBlurred(SvgRaster.pixels(png), drawn, 1000, 700, 2, 40);
            double share = differing / 700_000.0;
            System.out.printf("SVG vs PNG: %d of 700000 pixels (%.3f %%) differ by more than 40 levels after a 5x5 blur%n",
                    differing, 100 * share);
            assertTrue(share <= 0.0025, String.format("%.3f %% of pixels differ", 100 * share));
        }

        @Test
        @DisplayName("the SVG is well-formed XML even when the title and the dataset version carry control characters")
        void wellFormedWithControlCharacters() throws Exception {
            MapComposition composition = map();
            Viewport viewport = Viewport.fitting(Atlas.HOME_REGION, 600, 400);
            EvidenceFrame frame = EvidenceFrame.of(composition, viewport, IncidentFilter.all(), "Aras\u0001 \u0007border\u001b",
                    "v\u00021", EnumSet.allOf(FrameElement.class), AT);
            String svg = fx(() -> SvgExporter.svg(composition, viewport, 1, frame));
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertTrue(svg.contains("<title>Aras   border</title>"), "control characters print as spaces");
            assertTrue(svg.contains("Dataset version v 1"), "in the version too");
        }
    }

    /** A frame with every kind of content, one element switched on. */
    private static EvidenceFrame only(FrameElement element) {
        List<LegendDrawing.Entry> legend = new java.util.ArrayList<>(LegendDrawing.entries(EnumSet.allOf(LayerInfo.Kind.class)));
        legend.addAll(LegendDrawing.categoryEntries(EnumSet.allOf(Category.class)));
        return new EvidenceFrame(Set.of(element), "The Aras, 2021–2023", WINDOW, IncidentFilter.all(), 28, 39,
                List.of(new EvidenceFrame.CitedSource("Jam News, 2023-04", 3), new EvidenceFrame.CitedSource("Roshan Amiri, 2021-10", 2),
                        new EvidenceFrame.CitedSource("https://example.org/a/very/long/address/that/has/no/spaces/at/all/and/"
                        + "goes/on/and/on/past/the/right/edge/of/the/picture/unless/it/is/broken", 1)),
                legend, List.of("© OpenStreetMap contributors", "Natural Earth"), "en", "2026-11-22", AT, "");
    }

    static Stream<Arguments> elementsAndSurfaces() {
        return Stream.of(FrameElement.values()).flatMap(e -> Stream.of(Arguments.of(e, "PNG"), Arguments.of(e, "SVG")));
    }

    @ParameterizedTest(name = "{0} in the {1}")
    @MethodSource("elementsAndSurfaces")
    @DisplayName("each frame element is drawn inside its own box of the one layout, on both surfaces")
    void elementInItsBox(FrameElement element, String surface) throws Exception {
        MapComposition blank = new MapComposition(null, 0, List.of(), "en", List.of());
        Viewport viewport = Viewport.fitting(Atlas.HOME_REGION, 900, 600);
        EvidenceFrame frame = only(element);
        FrameLayout layout = fx(() -> FrameLayout.of(frame, viewport, 1));
        FrameLayout.Box box = layout.boxes().get(element);
        assertTrue(box != null, element + " has a box");
        assertTrue(box.x() >= 0 && box.y() >= 0 && box.x() + box.w() <= 900 && box.y() + box.h() <= 600,
                element + " lies inside the picture: " + box);
        int[] pixels = surface.equals("PNG") ? SvgRaster.pixels(fx(() -> MapExporter.render(blank, viewport, 1, frame)))
                : SvgRaster.pixels(fx(() -> SvgExporter.svg(blank, viewport, 1, frame)), 900, 600);
        int inside = 0;
        int outside = 0;
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 900; x++) {
                int p = pixels[y * 900 + x];
                boolean ink = ((p >> 16) & 0xff) < 200 || ((p >> 8) & 0xff) < 200 || (p & 0xff) < 200;
                if (!ink) {
                    continue;
                }
                // a pixel of antialiasing or a glyph's overhang around the box is allowed
                if (x >= box.x() - 2 && x <= box.x() + box.w() + 2 && y >= box.y() - 2 && y <= box.y() + box.h() + 2) {
                    inside++;
                } else {
                    outside++;
                }
            }
        }
        assertTrue(inside >= 10, element + " draws something in its box (" + inside + " pixels)");
        assertEquals(0, outside, element + " draws nothing outside its box " + box);
    }

    @Test
    @DisplayName("the frame's boxes do not overlap: legend items keep apart, N stands below its arrow, sources wrap inside the width")
    void boxesKeepApart() throws Exception {
        Viewport viewport = Viewport.fitting(Atlas.HOME_REGION, 900, 600);
        EvidenceFrame frame = only(FrameElement.TITLE).withElements(EnumSet.allOf(FrameElement.class));
        FrameLayout layout = fx(() -> FrameLayout.of(frame, viewport, 1));
        List<FrameLayout.LegendItem> items = layout.legend();
        for (int i = 1; i < items.size(); i++) {
            FrameLayout.LegendItem before = items.get(i - 1);
            FrameLayout.LegendItem item = items.get(i);
            if (item.swatch().y() == before.swatch().y()) {
                double gap = item.swatch().x() - (before.label().box().x() + before.label().box().w());
                assertTrue(gap >= 12, "a gap between '" + before.entry().text() + "' and the next: " + gap);
            }
        }
        FrameLayout.Arrow north = layout.north();
        assertTrue(north.letter().box().y() >= north.arrow().y() + north.arrow().h(), "N below the arrow");
        for (FrameLayout.Line line : layout.lines()) {
            assertTrue(line.box().x() + line.box().w() <= 900 - 12 + 0.5, "'" + line.text() + "' ends inside the margin");
        }
    }
}
