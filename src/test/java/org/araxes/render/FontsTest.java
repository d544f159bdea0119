// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.araxes.settings.OwnUserFolder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FontsTest {

    private static final String FONT = "NotoSans-Regular.ttf";

    @TempDir
    Path folder;
    @RegisterExtension
    final OwnUserFolder user = new OwnUserFolder();

    @Test
    @DisplayName("a font inside a jar is copied once into the cache folder; a new jar gets a new copy and the old one goes")
    void copiesFromJarOncePerJar() throws Exception {
        byte[] font;
        try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + FONT)) {
            font = in.readAllBytes();
        }
        Path jar = folder.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("assets/fonts/" + FONT));
            out.write(font);
            out.closeEntry();
        }
        URL url = new URL("jar:" + jar.toUri() + "!/assets/fonts/" + FONT);

        Path copy = Fonts.copyInCache(url, FONT);
        assertEquals(user.folder().resolve("cache").resolve("fonts").toAbsolutePath(), copy.getParent());
        assertTrue(copy.getFileName().toString().matches("NotoSans-Regular-[0-9a-f]{8}\\.ttf"), copy.toString());
        assertArrayEquals(font, Files.readAllBytes(copy));
        FileTime written = Files.getLastModifiedTime(copy);
        Files.setLastModifiedTime(copy, FileTime.fromMillis(written.toMillis() - 60_000));
        assertEquals(copy, Fonts.copyInCache(url, FONT), "the same jar, the same copy");
        assertEquals(written.toMillis() - 60_000, Files.getLastModifiedTime(copy).toMillis(), "not written again");

        Files.write(copy, java.util.Arrays.copyOf(font, 1000));
        assertEquals(copy, Fonts.copyInCache(url, FONT));
        assertArrayEquals(font, Files.readAllBytes(copy), "a copy cut short is made anew");
        Files.delete(copy);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", copy.toString()).start().waitFor() == 0, "mkfifo");
        assertEquals(copy, Fonts.copyInCache(url, FONT));
        assertArrayEquals(font, Files.readAllBytes(copy), "a FIFO in the copy's place is replaced, never opened");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 120_000));
        Path rebuilt = Fonts.copyInCache(url, FONT);
        assertNotEquals(copy, rebuilt, "a new build of the jar: a new copy");
        assertFalse(Files.exists(copy), "the other build's copy is removed");
        try (var left = Files.list(copy.getParent())) {
            assertEquals(1, left.count(), "no temporary files left");
        }
    }

    @Test
    @DisplayName("a missing font is null, not an error")
    void missing() {
        assertEquals(null, Fonts.load("NoSuchFont.ttf"));
    }
}
