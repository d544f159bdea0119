// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFoldersTest {

    @Test
    void linuxUsesXdgConfigHome() {
        UserFolders folders = UserFolders.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", "/srv/conf"), "/home/ana");
        assertEquals(Path.of("/srv/conf/araxes"), folders.root());
    }

    @Test
    void linuxFallsBackToDotConfig() {
        assertEquals(Path.of("/home/ana/.config/araxes"),
                UserFolders.forPlatform("Linux", Map.of(), "/home/ana").root());
        assertEquals(Path.of("/home/ana/.config/araxes"),
                UserFolders.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", ""), "/home/ana").root());
    }

    @Test
    void linuxIgnoresRelativeXdgConfigHome() {
        assertEquals(Path.of("/home/ana/.config/araxes"),
                UserFolders.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", "conf"), "/home/ana").root());
    }

    @Test
    void windowsUsesAppData() {
        UserFolders folders = UserFolders.forPlatform("Windows 11", Map.of("APPDATA", "C:/Users/Ana/AppData/Roaming"), "C:/Users/Ana");
        assertEquals(Path.of("C:/Users/Ana/AppData/Roaming", "Araxes"), folders.root());
    }

    @Test
    void windowsWithoutAppDataUsesRoamingUnderHome() {
        UserFolders folders = UserFolders.forPlatform("Windows 10", Map.of(), "/users/ana");
        assertEquals(Path.of("/users/ana", "AppData", "Roaming", "Araxes"), folders.root());
    }

    @Test
    void macUsesApplicationSupport() {
        UserFolders folders = UserFolders.forPlatform("Mac OS X", Map.of("XDG_CONFIG_HOME", "/ignored"), "/Users/ana");
        assertEquals(Path.of("/Users/ana/Library/Application Support/Araxes"), folders.root());
    }

    @Test
    void filesLiveInsideTheRoot() {
        UserFolders folders = new UserFolders(Path.of("/home/ana/.config/araxes"));
        assertEquals(Path.of("/home/ana/.config/araxes/settings.json"), folders.settingsFile());
        assertEquals(Path.of("/home/ana/.config/araxes/views"), folders.viewsFolder());
        assertEquals(Path.of("/home/ana/.config/araxes/stories"), folders.storiesFolder());
    }

    @Test
    void overridePropertyWins(@TempDir Path dir) {
        String before = System.getProperty(UserFolders.OVERRIDE_PROPERTY);
        try {
            System.setProperty(UserFolders.OVERRIDE_PROPERTY, dir.toString());
            assertEquals(dir.toAbsolutePath(), UserFolders.current().root());
        } finally {
            if (before == null) {
                System.clearProperty(UserFolders.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(UserFolders.OVERRIDE_PROPERTY, before);
            }
        }
    }

    @Test
    void currentIsNeverTheWorkingFolder() {
        Path root = UserFolders.current().root();
        assertTrue(root.isAbsolute() || System.getProperty(UserFolders.OVERRIDE_PROPERTY) != null, root.toString());
    }

    @Test
    void ensureCreatesTheFolder(@TempDir Path dir) throws IOException {
        UserFolders folders = new UserFolders(dir.resolve("araxes"));
        Path views = UserFolders.ensure(folders.viewsFolder());
        assertTrue(Files.isDirectory(views));
        assertEquals(views, UserFolders.ensure(folders.viewsFolder()));
    }

    @Test
    void cacheFolderFollowsEachPlatformsRule() {
        assertEquals(Path.of("/srv/cache/araxes"),
                UserFolders.cacheForPlatform("Linux", Map.of("XDG_CACHE_HOME", "/srv/cache"), "/home/ana"));
        assertEquals(Path.of("/home/ana/.cache/araxes"), UserFolders.cacheForPlatform("Linux", Map.of(), "/home/ana"));
        assertEquals(Path.of("/home/ana/.cache/araxes"),
                UserFolders.cacheForPlatform("Linux", Map.of("XDG_CACHE_HOME", "relative"), "/home/ana"));
        assertEquals(Path.of("C:/Users/Ana/AppData/Local", "Araxes", "Cache"),
                UserFolders.cacheForPlatform("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/Ana/AppData/Local"), "C:/Users/Ana"));
        assertEquals(Path.of("/Users/ana/Library/Caches/Araxes"),
                UserFolders.cacheForPlatform("Mac OS X", Map.of(), "/Users/ana"));
    }

    @Test
    void overrideKeepsTheCacheInsideTheNamedFolder() {
        // the test run names target/test-user-folder (pom.xml), so no test writes the real cache
        String override = System.getProperty(UserFolders.OVERRIDE_PROPERTY);
        org.junit.jupiter.api.Assumptions.assumeTrue(override != null && !override.isBlank());
        assertEquals(Path.of(override).toAbsolutePath().resolve("cache"), UserFolders.currentCache());
    }
}
