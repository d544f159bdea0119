// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.araxes.geo.Viewport;
import org.araxes.incidents.Citation;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.SyntheticIncidents;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.render.FrameLayout;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.MapComposition;
import org.araxes.render.SvgSurface;
import org.araxes.render.VectorRenderer;
import org.araxes.timeline.TimeWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The evidence frame covers none of the map's content and keeps to its share of the picture at any number of incidents. */
class FrameAtAnyVolumeTest {

    private static final Instant AT = Instant.parse("2026-12-06T12:00:00Z");

    private static Atlas atlas;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        atlas = Atlas.load(Path.of("geodata"));
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    private static MapComposition composition(IncidentStore store, TimeWindow window) {
        return new MapComposition(null, 1.0,
                atlas.mapLayers().stream().map(l -> new MapComposition.Layer(new VectorRenderer(l), 1.0)).toList(),
                "en", atlas.credits())
                .withIncidents(new IncidentRenderer.Shown(store, store.visible(window, IncidentFilter.all()), window, null));
    }

    /** The export dialog's viewport for a screen view of the home region at a scale ({@code MainWindow.exportViewport}). */
    private static Viewport export(double screenWidth, double screenHeight, double scale) {
        Viewport screen = Viewport.fitting(Atlas.HOME_REGION, screenWidth, screenHeight);
        return Viewport.centeredOn(screen.centerLongitude(), screen.centerLatitude(),
                screen.zoom() + Math.log(scale) / Math.log(2), screenWidth * scale, screenHeight * scale);
    }

    @Nested
    @DisplayName("nothing shown is under the frame")
    class Covering {

        @ParameterizedTest(name = "{0}×{1} at {2}×")
        @CsvSource({"1280, 720, 2", "960, 720, 2", "1920, 1080, 1", "1600, 1000, 1"})
        @DisplayName("the bundled incidents of 2021-09 to 2023-05 in the export dialog's picture: every mark clear of every frame box, and the frame counts exactly the marks' incidents")
        void bundled(int screenWidth, int screenHeight, double scale) throws Exception {
            IncidentStore store = new IncidentStore(atlas.layersOfKind(LayerInfo.Kind.INCIDENTS).stream()
                    .map(l -> IncidentReader.fromGeoJson(new GeoJsonResult(l.fileName(), l.info(), l.features(), l.problems())))
                    .flatMap(r -> r.incidents().stream()).toList());
            MapComposition composition = composition(store,
                    TimeWindow.of(LocalDate.of(2021, 9, 1), LocalDate.of(2023, 5, 31)));
            Viewport viewport = export(screenWidth, screenHeight, scale);
            EvidenceFrame frame = EvidenceFrame.of(composition, viewport, IncidentFilter.all(), "The Aras, 2021–2023",
                    "2026-11-22", EnumSet.allOf(FrameElement.class), AT);
            FrameLayout layout = fx(() -> FrameLayout.of(frame, viewport, scale));
            List<IncidentRenderer.Mark> marks = fx(() -> composition.drawFramed(new SvgSurface(new StringBuilder()),
                    viewport, scale, new IncidentRenderer(), frame, layout));
            assertFalse(marks.isEmpty());
            List<FrameLayout.Box> boxes = new ArrayList<>(layout.boxes().values());
            boxes.add(layout.header());
            boxes.add(layout.footer());
            int drawn = 0;
            for (IncidentRenderer.Mark mark : marks) {
                drawn += mark.incidents().size();
                for (FrameLayout.Box box : boxes) {
                    assertFalse(overlaps(box, mark), mark.incidents().get(0).id() + " at " + Math.round(mark.x()) + ","
                            + Math.round(mark.y()) + " is under " + box);
                }
            }
            assertEquals(frame.shownCount(), drawn, "the frame claims the incidents the picture shows, no more, no fewer");
        }

        private static boolean overlaps(FrameLayout.Box box, IncidentRenderer.Mark mark) {
            double nearestX = Math.max(box.x(), Math.min(mark.x(), box.x() + box.w()));
            double nearestY = Math.max(box.y(), Math.min(mark.y(), box.y() + box.h()));
            return Math.hypot(mark.x() - nearestX, mark.y() - nearestY) < mark.radius();
        }
    }

    @Nested
    @DisplayName("at any volume")
    class Volume {

        @ParameterizedTest(name = "{0} incidents at {1}×{2}")
        @CsvSource({
            // a picture for the web: the frame set smaller (at 1920×1080 the same frame takes 18 %)
            "500, 800, 450",
            // smaller still: the legend goes, the sources take one line (the list is in the sidecar)
            "500, 640, 400", "50000, 640, 400",
            // (below about 640×400 the credits, which every picture must carry, take more than that)
        })
        @DisplayName("a small picture gets a smaller frame: its bands keep to at most 40 % of it, and the sources still point to the full list")
        void smallPicture(int count, int width, int height, @TempDir Path folder) throws Exception {
            IncidentStore store = new IncidentStore(new SyntheticIncidents(17).generate(count));
            MapComposition composition = composition(store, store.span());
            Viewport viewport = export(width, height, 1);
            Path picture = folder.resolve("small.png");
            EvidenceFrame frame = EvidenceFrame.of(composition, viewport, IncidentFilter.all(), "Synthetic incidents",
                    "", EnumSet.allOf(FrameElement.class), AT).withSidecar(SourcesSidecar.name(picture));
            FrameLayout layout = fx(() -> FrameLayout.of(frame, viewport, 1));
            assertTrue(layout.share() <= FrameLayout.MAX_SHARE, "the frame takes " + Math.round(layout.share() * 100) + " % of the picture");
            String all = layout.lines().stream().map(FrameLayout.Line::text).reduce("", (a, b) -> a + " " + b);
            assertTrue(all.contains("OpenStreetMap contributors"), "the credits always stay: " + all);
            if (!layout.numbered()) {
                assertTrue(all.contains("full list in small.sources.csv"), all);
            }
        }

        @ParameterizedTest(name = "{0} incidents at {1}×{2}: at most {4} of the picture")
        @CsvSource({"500, 1920, 1080, 1, 0.25", "5000, 1920, 1080, 1, 0.25", "50000, 1920, 1080, 1, 0.25",
            "50000, 3840, 2160, 2, 0.25", "500, 1280, 720, 1, 0.40", "50000, 1280, 720, 1, 0.40"})
        @DisplayName("the frame's bands keep to their share of the picture; the sources are counted, the most cited named, the rest in the sidecar")
        void share(int count, int width, int height, double scale, double share, @TempDir Path folder) throws Exception {
            IncidentStore store = new IncidentStore(new SyntheticIncidents(17).generate(count));
            MapComposition composition = composition(store, store.span());
            Viewport viewport = export(width / scale, height / scale, scale);
            Path picture = folder.resolve("volume.png");
            EvidenceFrame frame = EvidenceFrame.of(composition, viewport, IncidentFilter.all(), "Synthetic incidents",
                    "", EnumSet.allOf(FrameElement.class), AT).withSidecar(SourcesSidecar.name(picture));
            FrameLayout layout = fx(() -> FrameLayout.of(frame, viewport, scale));
            assertTrue(layout.share() <= share, "the frame takes " + Math.round(layout.share() * 100) + " % of the picture");
            String sources = layout.lines().stream().filter(l -> l.element() == FrameElement.SOURCES)
                    .map(FrameLayout.Line::text).reduce("", (a, b) -> a + " " + b);
            assertTrue(sources.contains(String.format(java.util.Locale.ENGLISH, "%,d distinct sources", frame.sources().size())),
                    sources);
            assertTrue(sources.contains("full list in volume.sources.csv"), sources);
            assertTrue(sources.contains(frame.sources().get(0).citation()), "the most cited is named: " + sources);
            assertFalse(layout.numbered(), "no numbers on the markers when the sources are counted");
            assertEquals("", frame.badge(store.incidents(new int[] {0})), "no badge then");

            SourcesSidecar.write(frame, picture);
            assertEveryShownSourceListed(store, composition.incidents().within(viewport.visibleBounds()).indices(),
                    folder.resolve("volume.sources.csv"));
        }

        @Test
        @DisplayName("a few sources are numbered in full, and the markers carry the numbers")
        void few() throws Exception {
            IncidentStore store = new IncidentStore(new SyntheticIncidents(17).generate(4));
            MapComposition composition = composition(store, store.span());
            Viewport viewport = export(1920, 1080, 1);
            EvidenceFrame frame = EvidenceFrame.of(composition, viewport, IncidentFilter.all(), "", "",
                    EnumSet.allOf(FrameElement.class), AT);
            FrameLayout layout = fx(() -> FrameLayout.of(frame, viewport, 1));
            assertTrue(frame.sources().size() <= EvidenceFrame.NUMBERED_MAX);
            assertTrue(layout.numbered());
            assertTrue(frame.footerText(FrameElement.SOURCES).startsWith("Sources (numbers on the map): [1] "),
                    frame.footerText(FrameElement.SOURCES));
        }

        /** The sidecar names every source of the shown incidents once, with how many cite it, counted from the records. */
        private void assertEveryShownSourceListed(IncidentStore store, int[] shown, Path sidecar) throws Exception {
            Map<String, java.util.Set<String>> citing = new HashMap<>();
            for (Incident incident : store.incidents(shown)) {
                for (Incident.Source source : incident.sources()) {
                    citing.computeIfAbsent(Citation.of(source), c -> new java.util.HashSet<>()).add(incident.id());
                }
            }
            List<String> lines = Files.readAllLines(sidecar, StandardCharsets.UTF_8);
            assertEquals("number,citation,incidents", lines.get(0));
            Map<String, Integer> listed = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int last = line.lastIndexOf(',');
                String citation = line.substring(line.indexOf(',') + 1, last);
                if (citation.startsWith("\"")) {
                    citation = citation.substring(1, citation.length() - 1).replace("\"\"", "\"");
                }
                assertEquals(null, listed.put(citation, Integer.parseInt(line.substring(last + 1))), "listed once: " + citation);
            }
            assertEquals(citing.keySet(), listed.keySet(), "every source of the shown incidents, no other");
            citing.forEach((citation, ids) -> assertEquals(ids.size(), listed.get(citation), citation));
        }
    }

    @Test
    @DisplayName("the PNG carries every source in its text and the sidecar beside it is written atomically")
    void pngText(@TempDir Path folder) throws Exception {
        IncidentStore store = new IncidentStore(new SyntheticIncidents(5).generate(300));
        MapComposition composition = composition(store, store.span());
        Viewport viewport = export(800, 500, 1);
        Path picture = folder.resolve("small.png");
        EvidenceFrame frame = EvidenceFrame.of(composition, viewport, IncidentFilter.all(), "", "",
                EnumSet.allOf(FrameElement.class), AT).withSidecar(SourcesSidecar.name(picture));
        MapExporter.writePng(fx(() -> MapExporter.render(composition, viewport, 1, frame)), picture, 96,
                MapExporter.textChunks(frame));
        SourcesSidecar.write(frame, picture);
        String text = PngMetadata.read(picture).text().get("Sources");
        assertEquals(frame.sources().size(), text.split("\n").length);
        assertTrue(text.startsWith("[1] " + frame.sources().get(0).citation()), text.substring(0, 80));
        assertTrue(Files.exists(folder.resolve("small.sources.csv")));
        try (var listing = Files.list(folder)) {
            assertEquals(2, listing.count(), "no temporary file left beside them");
        }
        assertTrue(Files.readString(picture.resolveSibling("small.sources.csv")).lines().count() == frame.sources().size() + 1);
        assertEquals(new Envelope(viewport.visibleBounds()), viewport.visibleBounds());
    }
}
