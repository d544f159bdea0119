// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.araxes.io.Problem;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A project file")
class ProjectFileTest {

    @TempDir
    Path dir;

    private Project project(Path csv, Path layer) {
        MapState map = new MapState(new MapState.Area(45.9, 39.3, 8.25), 1000, 700, 1, false, 0.6,
                List.of(new MapState.Layer("countries", true, 1), new MapState.Layer("rivers", false, 0.5),
                        new MapState.Layer("roads", true, 0.75)),
                TimeWindow.of(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 10, 21)), WindowMode.ACCUMULATE,
                new IncidentFilter(EnumSet.of(Category.ATTACK, Category.DIPLOMATIC), EnumSet.allOf(Status.class),
                        EnumSet.of(Role.PRIMARY), Set.of("Iran"), "kapan"),
                true, "hy", "inc-2022-10-21-kapan-consulate", List.of("inc-a"), List.of("place-kapan"), 1.5);
        SavedView view = new SavedView("Kapan", new MapExtent.Centre(46.4, 39.2, 10), ViewTime.day(LocalDate.of(2022, 10, 21)),
                List.of("places"), List.of("rivers"), null, null, "");
        Story story = new Story("Kapan", "a short one", List.of(new StoryStep(view, "The consulate opens", "say why",
                List.of("inc-2022-10-21-kapan-consulate"))));
        return new Project(List.of(new Project.SetEntry("bundled", "incidents.geojson", null, false),
                new Project.SetEntry("mine.csv", "mine.csv", csv, true)),
                List.of(new Project.LayerEntry("roads", layer)), map, List.of(view), story);
    }

    @Test
    @DisplayName("reads back what it wrote: sets, layers, the map state, views and the story")
    void roundTrip() throws IOException {
        Path csv = Files.writeString(Files.createDirectories(dir.resolve("data")).resolve("mine.csv"), "date\n");
        Path layer = Files.writeString(dir.resolve("roads.geojson"), "{}");
        Project saved = project(csv, layer);
        Path file = dir.resolve("work.araxes");
        ProjectFile.write(file, saved);
        ProjectFile.Result read = ProjectFile.read(file, 1000, 700);
        assertEquals(List.of(), read.problems());
        assertEquals(saved, read.project());
    }

    @Test
    @DisplayName("keeps paths relative to its folder, with / between names, also above it")
    void relativePaths() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path csv = Files.writeString(Files.createDirectories(project.resolve("data")).resolve("mine.csv"), "date\n");
        Path layer = Files.writeString(dir.resolve("roads.geojson"), "{}");
        Path file = project.resolve("work.araxes");
        ProjectFile.write(file, project(csv, layer));
        String text = Files.readString(file);
        assertTrue(text.contains("\"path\" : \"data/mine.csv\"") || text.contains("\"path\":\"data/mine.csv\""), text);
        assertTrue(text.contains("../roads.geojson"), text);
        assertTrue(text.contains("\"format\" : \"araxes-project\"") || text.contains("\"format\":\"araxes-project\""), text);
        // moved with its files to another folder (another machine), it still finds them
        Path elsewhere = Files.createDirectories(dir.resolve("copy/project"));
        Files.createDirectories(elsewhere.resolve("data"));
        Files.copy(csv, elsewhere.resolve("data/mine.csv"));
        Files.copy(layer, dir.resolve("copy/roads.geojson"));
        Files.copy(file, elsewhere.resolve("work.araxes"));
        ProjectFile.Result read = ProjectFile.read(elsewhere.resolve("work.araxes"), 800, 600);
        assertEquals(List.of(), read.problems());
        assertEquals(elsewhere.resolve("data/mine.csv").normalize(), read.project().sets().get(1).file());
        assertEquals(dir.resolve("copy/roads.geojson").normalize(), read.project().layers().get(0).file());
    }

    @Test
    @DisplayName("names the files missing on this machine and opens the rest")
    void missingFiles() throws IOException {
        Path csv = Files.writeString(dir.resolve("mine.csv"), "date\n");
        Path layer = Files.writeString(dir.resolve("roads.geojson"), "{}");
        Path file = dir.resolve("work.araxes");
        ProjectFile.write(file, project(csv, layer));
        Files.delete(csv);
        Files.delete(layer);
        ProjectFile.Result read = ProjectFile.read(file, 1000, 700);
        assertNotNull(read.project());
        assertEquals(List.of("bundled"), read.project().sets().stream().map(Project.SetEntry::id).toList());
        assertEquals(List.of(), read.project().layers());
        assertEquals(2, read.problems().size());
        Problem set = read.problems().get(0);
        assertEquals(Problem.Severity.WARNING, set.severity());
        assertEquals(file.toString(), set.file());
        assertEquals("incidentSets[1].path", set.place());
        assertTrue(set.message().contains(csv.toString()) && set.message().contains("mine.csv"), set.message());
        assertEquals("layers[0].path", read.problems().get(1).place());
        assertEquals(1, read.project().views().size(), "the views and the story open");
        assertNotNull(read.project().story());
    }

    @Nested
    @DisplayName("a bad file is refused with its name and the place, changing nothing")
    class Bad {

        private ProjectFile.Result readText(String text) throws IOException {
            Path file = Files.writeString(dir.resolve("bad.araxes"), text);
            ProjectFile.Result result = ProjectFile.read(file, 1000, 700);
            assertEquals(text, Files.readString(file), "the file is left as it was");
            return result;
        }

        @Test
        @DisplayName("not JSON")
        void notJson() throws IOException {
            ProjectFile.Result result = readText("{\"format\": \"araxes-project\", ");
            assertNull(result.project());
            assertEquals(Problem.Severity.ERROR, result.problems().get(0).severity());
            assertTrue(result.problems().get(0).file().endsWith("bad.araxes"));
        }

        @Test
        @DisplayName("another format, or another version")
        void otherFormat() throws IOException {
            assertEquals("format", readText("{\"format\": \"araxes-views\", \"version\": 1}").problems().get(0).place());
            ProjectFile.Result later = readText("{\"format\": \"araxes-project\", \"version\": 9}");
            assertEquals("version", later.problems().get(0).place());
            assertTrue(later.problems().get(0).message().contains("version 9"), later.problems().get(0).message());
        }

        @Test
        @DisplayName("a zoom out of range in the map")
        void badZoom() throws IOException {
            ProjectFile.Result result = readText("""
                    {"format": "araxes-project", "version": 1,
                     "map": {"centre": {"lon": 46, "lat": 39, "zoom": 99}, "basemap": {"visible": true, "opacity": 1},
                             "from": "2022-01-01", "to": "2022-12-31", "mode": "moving"}}
                    """);
            assertNull(result.project());
            assertEquals("map.centre", result.problems().get(0).place());
        }

        @Test
        @DisplayName("a set without a path")
        void setWithoutPath() throws IOException {
            ProjectFile.Result result = readText("""
                    {"format": "araxes-project", "version": 1, "incidentSets": [{"id": "x"}],
                     "map": {"centre": {"lon": 46, "lat": 39, "zoom": 7}, "basemap": {"visible": true, "opacity": 1},
                             "from": "2022-01-01", "to": "2022-12-31", "mode": "moving"}}
                    """);
            assertEquals("incidentSets[0]", result.problems().get(0).place());
            assertTrue(result.problems().get(0).message().contains("\"path\" is missing"));
        }
    }
}
