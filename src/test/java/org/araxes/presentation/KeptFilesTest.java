// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user's files are never silently lost: bad ones are set aside and reported; saves are atomic. */
class KeptFilesTest {

    /** 22 November 2026, 18:04:05 UTC — a clock in another zone, so the name must still say UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T18:04:05Z"), ZoneId.of("Asia/Baku"));

    @ParameterizedTest(name = "{0}")
    @DisplayName("a corrupt or old-format settings file is set aside as NAME.corrupt-<UTC time> and reported")
    @CsvSource(delimiter = '|', value = {
        // cut off in the middle (a crash of an older, non-atomic writer)
        "truncated | {\"format\":\"araxes-settings\",\"version\":1,\"window\":{\"wid | line 1",
        // an old file from before the format field
        "old format | {\"width\":1280,\"height\":800} | format",
        // a version this build does not read
        "future version | {\"format\":\"araxes-settings\",\"version\":9} | version",
        // an empty file
        "empty | '' | ''",
    })
    void setAside(String what, String content, String place, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, content);
        KeptFiles.Loaded<UserSettings> loaded = UserSettings.load(file, CLOCK);
        assertTrue(loaded.value().isEmpty(), what);
        Problem problem = loaded.problem().orElseThrow();
        assertTrue(problem.file().endsWith("settings.json"), problem.toString());
        assertTrue(problem.place().startsWith(place), what + ": " + problem);
        assertTrue(problem.message().contains("settings.json.corrupt-20261122-180405"), problem.message());
        Path aside = folder.resolve("settings.json.corrupt-20261122-180405");
        assertEquals(loaded.setAside().orElseThrow(), aside);
        assertEquals(content, Files.readString(aside), "the bytes are kept as they were");
        assertFalse(Files.exists(file));
    }

    @Test
    @DisplayName("setting aside twice in the same second keeps both files")
    void twiceSameSecond(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("views.json");
        Files.writeString(file, "one");
        KeptFiles.setAside(file, CLOCK);
        Files.writeString(file, "two");
        Path second = KeptFiles.setAside(file, CLOCK);
        assertEquals("views.json.corrupt-20261122-180405-2", second.getFileName().toString());
        assertEquals("one", Files.readString(folder.resolve("views.json.corrupt-20261122-180405")));
    }

    @Test
    @DisplayName("a missing file is a first start: no value, no problem")
    void missing(@TempDir Path folder) {
        KeptFiles.Loaded<UserSettings> loaded = UserSettings.load(folder.resolve("settings.json"), CLOCK);
        assertTrue(loaded.value().isEmpty());
        assertTrue(loaded.problem().isEmpty());
    }

    @Test
    @DisplayName("settings come back as saved, and a save replaces the file whole with no temporary file left")
    void settingsRoundTrip(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("deep").resolve("settings.json");
        UserSettings first = new UserSettings(1400, 900, "hy", "openstreetmap",
                SavedView.of("last", new MapExtent.Centre(46.4, 39.2, 8)), List.of("/data/a.csv", "/data/b.geojson"));
        first.save(file);
        assertEquals(first, UserSettings.load(file, CLOCK).value().orElseThrow());
        UserSettings second = UserSettings.defaults();
        second.save(file);
        assertEquals(second, UserSettings.load(file, CLOCK).value().orElseThrow());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    @DisplayName("a failed save leaves the old file as it was")
    void failedSaveKeepsOld(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("views.json");
        ViewsFile.save(file, List.of(ViewsFileTest.full()));
        String before = Files.readString(file);
        // a folder where the temporary file would go cannot be created: the target's parent is a file
        Path blocked = file.resolve("inner.json");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ViewsFile.save(blocked, List.of()));
        assertEquals(before, Files.readString(file));
    }

    @Test
    @DisplayName("a FIFO as a settings, views or story file is refused by kind at once, never opened (it would block)")
    void fifoRefused(@TempDir Path folder) throws Exception {
        Path fifo = folder.resolve("views.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            Problem views = ViewsFile.load(fifo, CLOCK).problem().orElseThrow();
            assertTrue(views.message().contains("is a pipe (FIFO), not a regular file"), views.toString());
            Problem settings = UserSettings.load(fifo, CLOCK).problem().orElseThrow();
            assertTrue(settings.message().contains("FIFO"), settings.toString());
            StoryFile.Result story = StoryFile.load(fifo, name -> java.util.Optional.empty(), false, CLOCK);
            assertTrue(story.problems().get(0).message().contains("FIFO"), story.problems().toString());
        });
        assertTrue(Files.exists(fifo), "the FIFO is left where it is");
    }
}
