// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import org.araxes.geo.Viewport;
import org.araxes.incidents.IncidentFilter;
import org.araxes.model.Atlas;
import org.araxes.presentation.MapExtent;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.ViewsFile;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.render.FxSurface;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.LabelPlacer;
import org.araxes.render.MapComposition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The names on an exported map and the incident marks are placed together: no name lies under a
 * symbol, cluster or source badge, and a view's subject is named first (issue 17).
 */
class NamesAroundIncidentsTest {

    @BeforeAll
    static void load() throws Exception {
        SvgMatchesPngTest.load();
    }

    @AfterAll
    static void unload() {
        SvgMatchesPngTest.unload();
    }

    /** The bundled map of 2021-09 to 2023-05, its subject named first. */
    private static MapComposition map(Set<String> subject) {
        return SvgMatchesPngTest.map().withSubject(subject);
    }

    /** Draws a composition on a canvas of the viewport's size, with the frame's source badges. */
    private static MapComposition.Drawn draw(MapComposition composition, Viewport viewport) throws Exception {
        EvidenceFrame frame = EvidenceFrame.of(composition, viewport, IncidentFilter.all(), "", "2026-11-22",
                EnumSet.allOf(FrameElement.class), Instant.parse("2026-11-22T12:00:00Z"));
        return WaitForAsyncUtils.asyncFx(() -> composition.drawAll(new FxSurface(new Canvas(viewport.width(), viewport.height())
                .getGraphicsContext2D()), viewport, 1, new IncidentRenderer(), frame::badge, List.of())).get();
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static boolean named(MapComposition.Drawn drawn, String prefix) {
        return drawn.labels().stream().anyMatch(p -> p.label().text().startsWith(prefix));
    }

    @Test
    @DisplayName("no name lies under a box kept clear, as the frame's bands are (a name there showed through the frame's text)")
    void noNameUnderAKeptOutBox() throws Exception {
        Viewport viewport = Viewport.fitting(Atlas.HOME_REGION, 1920, 1080);
        MapComposition composition = map(Set.of());
        // the bottom third of the picture, where a footer band with the legend and sources would be
        double[] band = {0, 720, 1920, 1080};
        MapComposition.Drawn open = WaitForAsyncUtils.asyncFx(() -> composition.drawAll(new FxSurface(
                new Canvas(1920, 1080).getGraphicsContext2D()), viewport, 1, new IncidentRenderer(), null, List.of())).get();
        MapComposition.Drawn kept = WaitForAsyncUtils.asyncFx(() -> composition.drawAll(new FxSurface(
                new Canvas(1920, 1080).getGraphicsContext2D()), viewport, 1, new IncidentRenderer(), null, List.of(band))).get();
        assertTrue(open.labels().stream().anyMatch(p -> overlap(LabelPlacer.box(p), band)), "names stand there when it is not kept clear");
        for (LabelPlacer.Placed placed : kept.labels()) {
            assertFalse(overlap(LabelPlacer.box(placed), band), placed.label().text() + " lies under the kept-out box");
        }
    }

    @Test
    @DisplayName("in the 1920×1080 export of the region, 2021-09 to 2023-05, no name's box meets a mark or badge, and Kapan, Baku and Jabrayil are named whole")
    void noNameUnderAMark() throws Exception {
        MapComposition.Drawn drawn = draw(map(Set.of()), Viewport.fitting(Atlas.HOME_REGION, 1920, 1080));
        assertFalse(drawn.marks().isEmpty(), "the period has incidents on the map");
        for (LabelPlacer.Placed placed : drawn.labels()) {
            double[] box = LabelPlacer.box(placed);
            for (double[] mark : drawn.obstacles()) {
                assertFalse(overlap(box, mark), placed.label().text() + " lies under an incident mark");
            }
        }
        for (String town : List.of("Kapan", "Baku", "Jabrayil")) {
            assertTrue(named(drawn, town), town + " is named");
        }
        assertTrue(drawn.labels().stream().anyMatch(LabelPlacer.Placed::leader),
                "a name ringed by marks (Baku's fan) stands off with a leader");
    }

    @Test
    @DisplayName("the bundled \"Zangezur corridor\" view at 1280×800 names the corridor and Meghri, its subject")
    void zangezurViewNamesItsSubject() throws Exception {
        SavedView view = ViewsFile.bundled().stream().filter(v -> v.name().equals("The Zangezur corridor"))
                .findFirst().orElseThrow();
        assertTrue(view.subject().contains("corridor-zangezur"), "the view names its subject");
        MapExtent.Box box = (MapExtent.Box) view.extent();
        Viewport viewport = Viewport.fitting(new org.locationtech.jts.geom.Envelope(box.west(), box.east(), box.south(),
                box.north()), 1280, 800);
        MapComposition.Drawn drawn = draw(map(Set.copyOf(view.subject())), viewport);
        assertTrue(named(drawn, "Zangezur corridor"), "the corridor is named");
        assertTrue(named(drawn, "Meghri"), "Meghri is named");
    }
}
