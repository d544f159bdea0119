// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import org.araxes.geo.Viewport;
import org.araxes.incidents.IncidentStore;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.presentation.MapState;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The bundled lines of contact and the Lachin corridor's status follow the time window, in every output. */
class LinesInTimeTest {

    private static Atlas atlas;

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        atlas = Atlas.load(Path.of("geodata"));
    }

    private static LayerData layer(String id) {
        return atlas.mapLayers().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static TimeWindow endingOn(int year, int month, int day) {
        return TimeWindow.endingAt((int) LocalDate.of(year, month, day).toEpochDay(), 30);
    }

    /** The ids of the features a renderer draws for a window, through {@link VectorRenderer#draw}. */
    private static int drawn(VectorRenderer renderer, TimeWindow time) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> renderer.draw(new FxSurface(new Canvas(800, 600).getGraphicsContext2D()),
                Viewport.fitting(Atlas.HOME_REGION, 800, 600), 1, time)).get();
    }

    @Test
    @DisplayName("the line of contact changes at 10 November 2020 and is gone after 20 September 2023")
    void lineOfContact() throws Exception {
        VectorRenderer lines = new VectorRenderer(layer("lines-of-contact"));
        List<Boolean> line1994 = List.of(lines.shownIn(0, endingOn(2020, 11, 9)), lines.shownIn(0, endingOn(2020, 11, 10)));
        List<Boolean> line2020 = List.of(lines.shownIn(1, endingOn(2020, 11, 9)), lines.shownIn(1, endingOn(2020, 11, 10)));
        assertEquals("contact-line-1994", layer("lines-of-contact").features().get(0).id());
        assertEquals(List.of(true, false), line1994);
        assertEquals(List.of(false, true), line2020);
        assertEquals(1, drawn(lines, endingOn(2020, 11, 9)));
        assertEquals(1, drawn(lines, endingOn(2020, 11, 10)));
        assertEquals(0, drawn(lines, endingOn(2023, 9, 21)), "no line of contact after September 2023");
        assertEquals(0, drawn(lines, endingOn(1994, 5, 11)), "none before the 1994 ceasefire");
        assertEquals(2, drawn(lines, null), "a picture without time draws both");
    }

    @Test
    @DisplayName("the Lachin corridor has one status a day, and its checkpoint stands from 23 April 2023")
    void lachin() throws Exception {
        VectorRenderer status = new VectorRenderer(layer("corridor-status"));
        assertEquals(0, drawn(status, endingOn(2020, 11, 9)));
        assertEquals(1, drawn(status, endingOn(2022, 12, 11)), "open");
        assertEquals(1, drawn(status, endingOn(2022, 12, 12)), "blocked");
        assertEquals(2, drawn(status, endingOn(2023, 4, 23)), "the checkpoint and its status");
        assertEquals(1, drawn(status, endingOn(2024, 1, 1)), "the checkpoint stays");
        int[] changes = status.changeDays();
        assertEquals(LocalDate.of(2020, 11, 10).toEpochDay(), changes[0]);
        assertTrue(status.changesReached(endingOn(2022, 12, 12)) > status.changesReached(endingOn(2022, 12, 11)));
        assertEquals(status.changesReached(endingOn(2021, 1, 1)), status.changesReached(endingOn(2022, 1, 1)),
                "no change between: the map need not repaint");
    }

    @Test
    @DisplayName("the one composition draws layers for its state's window, so exports and animation frames follow it")
    void composition() {
        MapState state = MapState.initial(800, 600, 1, List.of("lines-of-contact"), 0, 1, "en")
                .at(endingOn(2021, 1, 1), WindowMode.MOVING);
        MapComposition composition = MapComposer.compose(state, null,
                id -> new VectorRenderer(layer(id)), new IncidentStore(List.of()), List.of());
        assertEquals(endingOn(2021, 1, 1), composition.layers().get(0).time());
    }

    @Test
    @DisplayName("a feature whose date is not a date is a problem naming the file and the feature, and is drawn at every time")
    void badDate() throws Exception {
        String json = """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","id":"line-a","properties":{"valid_from":"2020-13"},
                 "geometry":{"type":"LineString","coordinates":[[46,40],[47,40]]}}]}""";
        GeoJsonResult read = new GeoJsonReader().read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "lines.geojson");
        LayerData layer = LayerData.of(read);
        assertEquals(1, layer.problems().size());
        String problem = layer.problems().get(0).toString();
        assertTrue(problem.contains("lines.geojson") && problem.contains("line-a") && problem.contains("valid_from: '2020-13'"), problem);
        assertEquals(1, drawn(new VectorRenderer(layer), endingOn(2000, 1, 1)));
    }

    @Test
    @DisplayName("the legend names the line of contact while one is drawn, and not after the last one ended")
    void legendFollowsTheLines() {
        List<LayerData> layers = List.of(layer("borders"), layer("lines-of-contact"));
        java.util.function.Function<TimeWindow, List<String>> texts = window ->
                LegendDrawing.entries(layers, window).stream().map(LegendDrawing.Entry::text).toList();
        String contact = "Line of contact or disputed line (as it stood then)";
        assertEquals(List.of("International border", contact), texts.apply(endingOn(2021, 6, 1)));
        assertEquals(List.of("International border"), texts.apply(endingOn(2024, 6, 1)));
        assertEquals(List.of("International border"), LegendDrawing.entries(List.of(layer("borders")), null).stream()
                .map(LegendDrawing.Entry::text).toList());
    }
}
