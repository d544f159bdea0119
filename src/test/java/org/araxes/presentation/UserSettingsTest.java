// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad field of settings.json never costs the other settings nor stops the next save. */
class UserSettingsTest {

    private static final String HEAD = "{\"format\":\"araxes-settings\",\"version\":1,";

    private static KeptFiles.Loaded<UserSettings> load(Path folder, String json) throws Exception {
        Path file = Files.writeString(folder.resolve("settings.json"), json);
        return UserSettings.load(file, Clock.systemUTC());
    }

    @Nested
    @DisplayName("a bad field is left out with a warning, the rest is used and the file stays")
    class BadField {

        @Test
        @DisplayName("a NUL in a recent file: that entry goes, the others and the window size stay")
        void nulInRecentFiles(@TempDir Path folder) throws Exception {
            KeptFiles.Loaded<UserSettings> loaded = load(folder, HEAD + "\"window\":{\"width\":1500,\"height\":900},"
                    + "\"recentFiles\":[\"/data/a.csv\",\"/data/b\\u0000.csv\",\"/data/c.csv\"]}");
            UserSettings settings = loaded.value().orElseThrow();
            assertEquals(List.of("/data/a.csv", "/data/c.csv"), settings.recentFiles());
            assertEquals(1500, settings.windowWidth());
            Problem problem = loaded.problem().orElseThrow();
            assertEquals(Problem.Severity.WARNING, problem.severity());
            assertTrue(problem.message().startsWith("recentFiles[1] is not a file name"), problem.message());
            assertTrue(problem.message().endsWith("the file is written again without it"), problem.message());
            assertTrue(loaded.setAside().isEmpty());
            assertTrue(Files.exists(folder.resolve("settings.json")), "the file stays");
        }

        @Test
        @DisplayName("a last view east of 180°: the view goes, the language stays; the next save reads back clean")
        void lastViewOffTheMap(@TempDir Path folder) throws Exception {
            KeptFiles.Loaded<UserSettings> loaded = load(folder, HEAD + "\"language\":\"hy\","
                    + "\"lastView\":{\"name\":\"Last view\",\"centre\":{\"lon\":426.7,\"lat\":39,\"zoom\":4}}}");
            UserSettings settings = loaded.value().orElseThrow();
            assertNull(settings.lastView());
            assertEquals("hy", settings.language());
            assertTrue(loaded.problem().orElseThrow().message().startsWith("lastView.centre longitude 426.7 is outside"),
                    loaded.problem().toString());
            Path file = folder.resolve("settings.json");
            settings.save(file);
            KeptFiles.Loaded<UserSettings> again = UserSettings.load(file, Clock.systemUTC());
            assertEquals(settings, again.value().orElseThrow());
            assertTrue(again.problem().isEmpty());
        }

        @Test
        @DisplayName("a desk window limit of zero or not a whole number: the default limit (50,000), with a warning")
        void badDeskWindowLimit(@TempDir Path folder) throws Exception {
            for (String bad : new String[] {"0", "-5", "2.5", "\"many\""}) {
                KeptFiles.Loaded<UserSettings> loaded = load(folder, HEAD + "\"deskWindowLimit\":" + bad + "}");
                assertEquals(UserSettings.DEFAULT_WINDOW_LIMIT, loaded.value().orElseThrow().deskWindowLimit(), bad);
                assertTrue(loaded.problem().orElseThrow().message().startsWith("deskWindowLimit must be a whole number"),
                        loaded.problem().toString());
            }
        }

        @Test
        @DisplayName("a window too small to use: the default size")
        void tinyWindow(@TempDir Path folder) throws Exception {
            KeptFiles.Loaded<UserSettings> loaded = load(folder, HEAD + "\"window\":{\"width\":3,\"height\":2}}");
            assertEquals(UserSettings.defaults(), loaded.value().orElseThrow());
            assertTrue(loaded.problem().orElseThrow().message().startsWith("window window size 3.0×2.0 is outside"),
                    loaded.problem().toString());
        }

        @Test
        @DisplayName("100,000 recent files: the first 8 are kept and the rest counted in one short warning")
        void manyRecentFiles(@TempDir Path folder) throws Exception {
            StringBuilder json = new StringBuilder(HEAD + "\"recentFiles\":[");
            for (int i = 0; i < 100_000; i++) {
                json.append(i == 0 ? "" : ",").append("\"/data/").append(i).append(".csv\"");
            }
            KeptFiles.Loaded<UserSettings> loaded = load(folder, json.append("]}").toString());
            assertEquals(UserSettings.MAX_RECENT_FILES, loaded.value().orElseThrow().recentFiles().size());
            String message = loaded.problem().orElseThrow().message();
            assertTrue(message.startsWith("recentFiles 99992 more than the 8 kept"), message);
            assertTrue(message.length() < 300, message);
        }

        @Test
        @DisplayName("many bad fields: the first three are named and the rest counted")
        void manyBadFields(@TempDir Path folder) throws Exception {
            KeptFiles.Loaded<UserSettings> loaded = load(folder, HEAD
                    + "\"recentFiles\":[1,2,3,4,5],\"language\":7}");
            String message = loaded.problem().orElseThrow().message();
            assertTrue(message.startsWith("language must be a text; recentFiles[0] must be a non-empty text; "
                    + "recentFiles[1] must be a non-empty text; and 3 more — left out"), message);
        }
    }

    @Test
    @DisplayName("the desk window limit the user chose is saved and read back; a file without it gets the default")
    void deskWindowLimit(@TempDir Path folder) throws Exception {
        UserSettings chosen = new UserSettings(1280, 800, "en", "offline", null, List.of(), 250);
        Path file = folder.resolve("settings.json");
        chosen.save(file);
        assertTrue(Files.readString(file).contains("\"deskWindowLimit\" : 250"), Files.readString(file));
        assertEquals(chosen, UserSettings.load(file, Clock.systemUTC()).value().orElseThrow());
        assertEquals(50_000, load(folder, HEAD + "\"language\":\"en\"}").value().orElseThrow().deskWindowLimit());
    }

    @Test
    @DisplayName("the old strict reading still refuses a bad field (for files opened from elsewhere)")
    void strictParse() throws Exception {
        var tree = new org.araxes.settings.JsonFiles().readTree((HEAD + "\"language\":7}").getBytes());
        FormatException e = org.junit.jupiter.api.Assertions.assertThrows(FormatException.class, () -> UserSettings.parse(tree));
        assertEquals("language", e.place());
    }

    @Nested
    @DisplayName("a map centre is brought onto the map before it is saved")
    class CentreOnMap {

        @Test
        @DisplayName("a longitude panned past 180° wraps (426.7 is 66.7; −200 is 160)")
        void wraps() {
            assertEquals(66.7, MapExtent.Centre.onMap(426.7, 39, 4).lon(), 1e-9);
            assertEquals(160, MapExtent.Centre.onMap(-200, 39, 4).lon(), 1e-9);
            assertEquals(45, MapExtent.Centre.onMap(45, 39, 4).lon(), 1e-9);
            assertEquals(180, MapExtent.Centre.onMap(180, 39, 4).lon(), "the edge of the map stays where it is");
        }

        @Test
        @DisplayName("latitude and zoom are clamped; NaN gives the centre of the world")
        void clamps() {
            MapExtent.Centre c = MapExtent.Centre.onMap(Double.NaN, 91, 25);
            assertEquals(0, c.lon());
            assertEquals(85.06, c.lat());
            assertEquals(20, c.zoom());
            assertFalse(Double.isNaN(MapExtent.Centre.onMap(0, Double.NaN, Double.NaN).lat()));
        }
    }
}
