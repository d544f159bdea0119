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
                List.of("countries", "borders", "places"), filter, "inc-2022-10-21-kapan-consulate", "for the briefing",
                List.of("place-kapan"));
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
}
