// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stories: the bundled one, and files with bad parts. */
class StoryFileTest {

    private static Optional<SavedView> known(String name) {
        return ViewsFile.bundled().stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }

    private static String story(String steps) {
        return "{\"format\":\"araxes-story\",\"version\":1,\"title\":\"T\",\"steps\":[" + steps + "]}";
    }

    private static final String GOOD = "{\"view\":\"Nakhchivan\",\"caption\":\"Nakhchivan\"}";

    @Nested
    @DisplayName("the bundled story")
    class Bundled {

        @Test
        @DisplayName("walks through 2020–2023 in date order, every highlight an incident of geodata/incidents.geojson")
        void bundledStory() {
            StoryFile.Result result = StoryFile.bundled(StoryFile.BUNDLED_RESOURCE, StoryFileTest::known);
            assertEquals(List.of(), result.problems());
            Story story = result.story();
            assertEquals(10, story.size());
            Set<String> ids = new HashSet<>();
            for (Incident incident : new IncidentReader().read(Path.of("geodata/incidents.geojson")).incidents()) {
                ids.add(incident.id());
            }
            java.time.LocalDate previous = java.time.LocalDate.MIN;
            for (StoryStep step : story.steps()) {
                assertTrue(ids.containsAll(step.highlight()), step.caption());
                assertTrue(step.caption().matches(".*\\(?seeds? 00\\d.*"), "the caption names its seed: " + step.caption());
                assertNotNull(step.view().time(), step.caption());
                assertTrue(!step.view().time().to().isBefore(previous), "in date order: " + step.caption());
                previous = step.view().time().to();
            }
            assertTrue(story.step(5).caption().startsWith("Iran opens a consulate general in Kapan"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a story file that cannot be used is refused, naming the place")
    @CsvSource(delimiter = '|', value = {
        // not JSON at all
        "not JSON | {\"format\": | line 1",
        // an old file without a format field
        "no format | {\"title\":\"T\",\"steps\":[]} | format",
        // a newer version
        "version 2 | {\"format\":\"araxes-story\",\"version\":2,\"title\":\"T\",\"steps\":[]} | version",
        // steps as an object
        "steps not a list | {\"format\":\"araxes-story\",\"version\":1,\"title\":\"T\",\"steps\":{}} | steps",
        // no steps
        "no steps | {\"format\":\"araxes-story\",\"version\":1,\"title\":\"T\",\"steps\":[]} | steps",
        // every step bad
        "no usable step | {\"format\":\"araxes-story\",\"version\":1,\"title\":\"T\",\"steps\":[{\"view\":\"Atlantis\",\"caption\":\"x\"}]} | steps",
        // no title
        "no title | {\"format\":\"araxes-story\",\"version\":1,\"steps\":[]} | ''",
        // a views file outside the folder
        "views climbs out | {\"format\":\"araxes-story\",\"version\":1,\"title\":\"T\",\"views\":\"../views.json\",\"steps\":[]} | views",
        // an absolute views file
        "views absolute | {\"format\":\"araxes-story\",\"version\":1,\"title\":\"T\",\"views\":\"/etc/passwd\",\"steps\":[]} | views",
    })
    void refused(String what, String content, String place, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("story.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        StoryFile.Result result = StoryFile.load(file, StoryFileTest::known, false, Clock.systemUTC());
        assertNull(result.story());
        Problem problem = result.problems().get(result.problems().size() - 1);
        assertTrue(problem.file().endsWith("story.json"), problem.toString());
        assertTrue(problem.place().startsWith(place), what + ": " + problem);
        assertTrue(Files.exists(file), "a file opened from elsewhere is only reported, not moved");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a bad step is skipped with a warning; the others are kept")
    @CsvSource(delimiter = '|', value = {
        // no caption
        "no caption | {\"view\":\"Nakhchivan\"} | steps[1]",
        // a view name nobody knows
        "unknown view | {\"view\":\"Atlantis\",\"caption\":\"x\"} | steps[1].view",
        // an inline view with an empty box
        "empty box | {\"view\":{\"bbox\":[46,38,45,39]},\"caption\":\"x\"} | steps[1].view.bbox",
        // highlights that are not texts
        "highlight numbers | {\"view\":\"Nakhchivan\",\"caption\":\"x\",\"highlight\":[1]} | steps[1].highlight[0]",
        // a step that is a text
        "step is text | \"hello\" | steps[1]",
    })
    void skipped(String what, String step, String place, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("s.json");
        Files.writeString(file, story(GOOD + "," + step + "," + GOOD));
        StoryFile.Result result = StoryFile.load(file, StoryFileTest::known, false, Clock.systemUTC());
        assertEquals(2, result.story().size(), what);
        assertEquals(1, result.problems().size());
        assertEquals(Problem.Severity.WARNING, result.problems().get(0).severity());
        assertEquals(place, result.problems().get(0).place(), result.problems().toString());
        assertTrue(result.problems().get(0).message().contains("step 2 is skipped"));
    }

    @Test
    @DisplayName("a step may name a view in the story's own views file, in its folder")
    void ownViewsFile(@TempDir Path folder) throws Exception {
        ViewsFile.save(folder.resolve("my-views.json"), List.of(SavedView.of("Meghri", new MapExtent.Centre(46.24, 38.9, 11))));
        Path file = folder.resolve("s.json");
        Files.writeString(file, "{\"format\":\"araxes-story\",\"version\":1,\"title\":\"T\",\"views\":\"my-views.json\","
                + "\"steps\":[{\"view\":\"meghri\",\"caption\":\"Meghri\"}," + GOOD + "]}");
        StoryFile.Result result = StoryFile.load(file, StoryFileTest::known, false, Clock.systemUTC());
        assertEquals(List.of(), result.problems());
        assertEquals(new MapExtent.Centre(46.24, 38.9, 11), result.story().step(0).view().extent());
        assertEquals("Nakhchivan", result.story().step(1).view().name());
    }

    @Test
    @DisplayName("a corrupt story in the user's folder is set aside and reported")
    void corruptSetAside(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("mine.json");
        Files.writeString(file, story("{\"view\":\"Nakhchivan\"}"));
        StoryFile.Result result = StoryFile.load(file, StoryFileTest::known, true, Clock.systemUTC());
        assertNull(result.story());
        assertTrue(Files.notExists(file));
        try (var files = Files.list(folder)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().matches("mine\\.json\\.corrupt-\\d{8}-\\d{6}")));
        }
    }

    @Test
    @DisplayName("a story of 10^6 bad steps: the first 100 are reported one by one, the rest counted in one warning")
    void manyBadSteps(@TempDir Path folder) throws Exception {
        StringBuilder steps = new StringBuilder(GOOD);
        for (int i = 0; i < 1_000_000; i++) {
            steps.append(",1");
        }
        Path file = Files.writeString(folder.resolve("many.json"), story(steps.toString()));
        StoryFile.Result result = StoryFile.load(file, StoryFileTest::known, false, Clock.systemUTC());
        assertEquals(1, result.story().steps().size());
        assertEquals(StoryFile.MAX_STEP_WARNINGS + 1, result.problems().size());
        assertEquals("999900 more steps cannot be used and are skipped (1000000 in all)",
                result.problems().get(StoryFile.MAX_STEP_WARNINGS).message());
    }
}
