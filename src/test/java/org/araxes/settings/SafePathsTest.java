// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Relative paths from data files")
class SafePathsTest {

    @TempDir
    Path root;

    @Test
    @DisplayName("a plain relative name resolves inside the folder, with either separator")
    void inside() {
        Path folder = root.resolve("story");
        assertEquals(folder.resolve("views.json").toAbsolutePath(), SafePaths.resolveInside(folder, "views.json"));
        assertEquals(folder.resolve("pics/a.png").toAbsolutePath(), SafePaths.resolveInside(folder, "pics\\a.png"));
        assertEquals(folder.resolve("a.png").toAbsolutePath(), SafePaths.resolveInside(folder, "pics/../a.png"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
        "../secret.json",            // climbs out
        "a/../../secret.json",       // climbs out after going in
        "..\\..\\Windows\\win.ini",  // Windows separators
        "/etc/passwd",               // absolute (Unix)
        "C:\\Users\\x\\a.json",      // drive letter
        "c:a.json",                  // drive-relative
        "\\\\server\\share\\a.json", // UNC path
        "file:///etc/passwd",        // a URI
        "",                          // nothing
        "   ",                       // blank
        ".",                         // the folder itself
        "a\u0000b"                   // NUL
    })
    @DisplayName("names that lead outside the folder are refused with a plain reason")
    void refused(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SafePaths.resolveInside(root.resolve("story"), name));
        assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    @DisplayName("a symbolic link inside the folder that points outside is refused")
    void linkOut() throws IOException {
        Path folder = Files.createDirectories(root.resolve("story"));
        Path outside = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.json"), "{}");
        try {
            Files.createSymbolicLink(folder.resolve("link"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system (Windows without the right)
        }
        assertThrows(IllegalArgumentException.class, () -> SafePaths.resolveInside(folder, "link/secret.json"));
        assertThrows(IllegalArgumentException.class, () -> SafePaths.resolveInside(folder, "link/new-file.json"));
    }
}
