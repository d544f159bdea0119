// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.araxes.incidents.Category;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.model.Atlas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Saved views: JSON round trip, the bundled views, and views that must be refused. */
class ViewsFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SavedView full() {
        IncidentFilter filter = new IncidentFilter(EnumSet.of(Category.ATTACK, Category.DIPLOMATIC),
                EnumSet.of(Status.REPORTED), EnumSet.allOf(Role.class), Set.of("Iran"), "embassy");
        return new SavedView("Kapan, October 2022", new MapExtent.Centre(46.41, 39.21, 9.25),
                ViewTime.window(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 10, 21)),
                List.of("countries", "borders", "places"), List.of("rivers"), filter, "inc-2022-10-21-kapan-consulate",
                "for the briefing", List.of("place-kapan"));
    }

    @Nested
    @DisplayName("round trip")
    class RoundTrip {

        @Test
        @DisplayName("a view with every part comes back equal from JSON")
        void everyPart() throws Exception {
            SavedView view = full();
            List<SavedView> back = ViewsFile.parse(JSON.readTree(JSON.writeValueAsString(ViewsFile.toJson(List.of(view)))));
            assertEquals(List.of(view), back);
        }

        @Test
        @DisplayName("a view of a box and a day keeps what it leaves out unset")
        void boxAndDay() throws Exception {
            SavedView view = new SavedView("Nakhchivan", new MapExtent.Box(44.66, 38.74, 46.25, 39.89),
                    ViewTime.day(LocalDate.of(2021, 10, 5)), null, null, null, "");
            SavedView back = ViewsFile.parse(ViewsFile.toJson(List.of(view))).get(0);
            assertEquals(view, back);
            assertEquals(null, back.layers(), "layers are left alone");
            assertEquals(null, back.filter(), "filters are left alone");
            assertEquals(List.of(), back.subject(), "a view without a subject names none");
        }

        @Test
        @DisplayName("the layers a view hides are written and read back beside those it shows")
        void hiddenLayers() throws Exception {
            SavedView view = new SavedView("Rivers off", new MapExtent.Box(44.66, 38.74, 46.25, 39.89), null,
                    List.of("places"), List.of("rivers", "provinces"), null, null, "");
            SavedView back = ViewsFile.parse(ViewsFile.toJson(List.of(view))).get(0);
            assertEquals(List.of("rivers", "provinces"), back.hiddenLayers());
            assertEquals(view, back);
        }

        @Test
        @DisplayName("saving writes the file atomically and reading it gives the views back")
        void saveAndLoad(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("views").resolve("views.json");
            ViewsFile.save(file, List.of(full()));
            assertEquals(List.of(full()), ViewsFile.load(file, java.time.Clock.systemUTC()).value().orElseThrow());
            try (var files = Files.list(file.getParent())) {
                assertEquals(List.of(file), files.toList(), "no temporary file is left");
            }
        }
    }

    @Nested
    @DisplayName("the bundled views")
    class Bundled {

        @Test
        @DisplayName("are the whole region, Nakhchivan, Zangezur, the Aras, Karabakh and Lachin, inside the region")
        void sixViews() {
            List<SavedView> views = ViewsFile.bundled();
            assertEquals(List.of("The whole region", "Nakhchivan", "The Zangezur corridor", "The Aras border", "Karabakh",
                    "The Lachin corridor"), views.stream().map(SavedView::name).toList());
            for (SavedView view : views) {
                MapExtent.Box box = (MapExtent.Box) view.extent();
                assertTrue(Atlas.HOME_REGION.contains(box.centreLon(), box.centreLat()), view.name());
                assertFalse(view.note().isBlank(), "each view says where its extent comes from: " + view.name());
            }
        }

        @Test
        @DisplayName("Nakhchivan's view holds Nakhchivan city and Ordubad")
        void nakhchivan() {
            MapExtent.Box box = (MapExtent.Box) ViewsFile.bundled().get(1).extent();
            assertTrue(box.west() < 45.4129 && box.east() > 46.0227 && box.south() < 38.9096 && box.north() > 39.2089);
        }
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a bad view is refused with its place")
    @CsvSource(delimiter = '|', value = {
        // no extent at all
        "no extent | {\"name\":\"a\"} | views[0]",
        // both kinds of extent
        "two extents | {\"name\":\"a\",\"bbox\":[1,2,3,4],\"centre\":{\"lon\":1,\"lat\":2,\"zoom\":3}} | views[0]",
        // west east of east
        "empty box | {\"name\":\"a\",\"bbox\":[46,38,45,39]} | views[0].bbox",
        // three numbers
        "short box | {\"name\":\"a\",\"bbox\":[46,38,45]} | views[0].bbox",
        // latitude beyond Web Mercator
        "pole | {\"name\":\"a\",\"centre\":{\"lon\":1,\"lat\":89,\"zoom\":3}} | views[0].centre",
        // zoom as text
        "zoom text | {\"name\":\"a\",\"centre\":{\"lon\":1,\"lat\":2,\"zoom\":\"near\"}} | views[0].centre.zoom",
        // not an ISO date
        "bad date | {\"name\":\"a\",\"bbox\":[1,2,3,4],\"date\":\"21/10/2022\"} | views[0].date",
        // window ending before it starts
        "backwards window | {\"name\":\"a\",\"bbox\":[1,2,3,4],\"from\":\"2023-01-02\",\"to\":\"2023-01-01\"} | views[0].to",
        // unknown category
        "bad category | {\"name\":\"a\",\"bbox\":[1,2,3,4],\"filter\":{\"categories\":[\"riot\"]}} | views[0].filter.categories[0]",
        // blank name
        "blank name | {\"name\":\" \",\"bbox\":[1,2,3,4]} | views[0].name",
    })
    void refused(String what, String view, String place) throws Exception {
        JsonNode tree = JSON.readTree("{\"format\":\"araxes-views\",\"version\":1,\"views\":[" + view + "]}");
        FormatException e = assertThrows(FormatException.class, () -> ViewsFile.parse(tree));
        assertEquals(place, e.place(), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    @DisplayName("two views with the same name are refused")
    void duplicateNames() throws Exception {
        JsonNode tree = JSON.readTree("{\"format\":\"araxes-views\",\"version\":1,\"views\":["
                + "{\"name\":\"A\",\"bbox\":[1,2,3,4]},{\"name\":\"a\",\"bbox\":[1,2,3,4]}]}");
        FormatException e = assertThrows(FormatException.class, () -> ViewsFile.parse(tree));
        assertEquals("views[1].name", e.place());
    }

    @Nested
    @DisplayName("two windows on one user folder")
    class TwoWindows {

        private final java.time.Clock clock = java.time.Clock.systemUTC();

        private SavedView view(String name, double lon) {
            return SavedView.of(name, new MapExtent.Centre(lon, 39, 8));
        }

        /** A window's session: the views it read at start, and each change it makes, as the Views menu does. */
        private final class Window {
            final Path file;
            List<SavedView> own;

            Window(Path file) {
                this.file = file;
                this.own = ViewsFile.load(file, clock).value().orElse(List.of());
            }

            void save(SavedView view) throws java.io.IOException {
                own = ViewsFile.update(file, own, views -> ViewsFile.withView(views, view), clock);
            }

            void delete(String name) throws java.io.IOException {
                own = ViewsFile.update(file, own, views -> ViewsFile.withoutView(views, name), clock);
            }
        }

        @Test
        @DisplayName("a view saved in one window is still there after the other saves, and both windows see both")
        void savesMerge(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("views").resolve("views.json");
            Window first = new Window(file);
            Window second = new Window(file);
            first.save(view("Kapan", 46.4));
            second.save(view("Nakhchivan", 45.4));
            assertEquals(List.of("Kapan", "Nakhchivan"), ViewsFile.load(file, clock).value().orElseThrow().stream()
                    .map(SavedView::name).toList());
            assertEquals(List.of("Kapan", "Nakhchivan"), second.own.stream().map(SavedView::name).toList());
            first.save(view("Lachin", 46.5));
            assertEquals(List.of("Kapan", "Nakhchivan", "Lachin"), first.own.stream().map(SavedView::name).toList());
        }

        @Test
        @DisplayName("a delete in one window removes that view only, not the views the other saved since")
        void deleteKeepsOthers(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("views.json");
            Window first = new Window(file);
            first.save(view("Kapan", 46.4));
            Window second = new Window(file);
            second.save(view("Nakhchivan", 45.4));
            first.delete("kapan");
            assertEquals(List.of("Nakhchivan"), ViewsFile.load(file, clock).value().orElseThrow().stream()
                    .map(SavedView::name).toList());
        }

        @Test
        @DisplayName("saving the same name in both windows replaces it: the last save is the view")
        void sameNameReplaced(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("views.json");
            Window first = new Window(file);
            Window second = new Window(file);
            first.save(view("Border", 46.0));
            second.save(view("border", 45.0));
            List<SavedView> saved = ViewsFile.load(file, clock).value().orElseThrow();
            assertEquals(1, saved.size());
            assertEquals(45.0, ((MapExtent.Centre) saved.get(0).extent()).lon());
        }

        @Test
        @DisplayName("a file made corrupt meanwhile is set aside and the window's own views are written, nothing lost")
        void corruptMeanwhile(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("views.json");
            Window first = new Window(file);
            first.save(view("Kapan", 46.4));
            Files.writeString(file, "{\"format\": \"araxes-views\", \"vers");
            first.save(view("Lachin", 46.5));
            assertEquals(List.of("Kapan", "Lachin"), ViewsFile.load(file, clock).value().orElseThrow().stream()
                    .map(SavedView::name).toList());
            try (var files = Files.list(folder)) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("views.json.corrupt-")));
            }
        }
    }
}
