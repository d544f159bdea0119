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

    private byte[] bundledFont() throws Exception {
        try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + FONT)) {
            return in.readAllBytes();
        }
    }

    /** A jar at a path holding one font file; its address inside the jar. */
    private URL jarWith(String name, byte[] font) throws Exception {
        Path jar = folder.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("assets/fonts/" + FONT));
            out.write(font);
            out.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/assets/fonts/" + FONT);
    }

    @Test
    @DisplayName("a font inside a jar is copied once into the cache folder, named by its content")
    void copiesFromJarOnce() throws Exception {
        byte[] font = bundledFont();
        URL url = jarWith("app.jar", font);

        Path copy = Fonts.copyInCache(url, FONT);
        assertEquals(user.folder().resolve("cache").resolve("fonts").toAbsolutePath(), copy.getParent());
        assertTrue(copy.getFileName().toString().matches("NotoSans-Regular-[0-9a-f]{8}\\.ttf"), copy.toString());
        assertArrayEquals(font, Files.readAllBytes(copy));
        long written = Files.size(copy);
        assertEquals(copy, Fonts.copyInCache(url, FONT), "the same font, the same copy");
        assertEquals(written, Files.size(copy));

        Files.write(copy, java.util.Arrays.copyOf(font, 1000));
        assertEquals(copy, Fonts.copyInCache(url, FONT));
        assertArrayEquals(font, Files.readAllBytes(copy), "a copy cut short is made anew");
        Files.delete(copy);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", copy.toString()).start().waitFor() == 0, "mkfifo");
        assertEquals(copy, Fonts.copyInCache(url, FONT));
        assertArrayEquals(font, Files.readAllBytes(copy), "a FIFO in the copy's place is replaced, never opened");
        try (var left = Files.list(copy.getParent())) {
            assertEquals(1, left.count(), "no temporary files left");
        }
    }

    /**
     * JavaFX hands every font it loads to the process's fontconfig, which GTK's own dialogs (the
     * file choosers) use too: when the file goes while Araxes runs, those dialogs draw every letter
     * as a box. Another build starting (the packaged app next to the jar, a rebuilt jar) must not
     * take away the file a running Araxes loaded.
     */
    @Test
    @DisplayName("another build with the same font shares the copy and never removes the one a running Araxes loaded")
    void anotherBuildKeepsTheLoadedCopy() throws Exception {
        byte[] font = bundledFont();
        Path running = Fonts.copyInCache(jarWith("app.jar", font), FONT);
        Path other = Fonts.copyInCache(jarWith("dist/lib/araxes.jar".replace('/', '-'), font), FONT);
        assertTrue(Files.exists(running), "the running build's font file is still there");
        assertEquals(running, other, "the same font in another jar: the same copy");
    }

    @Test
    @DisplayName("a copy of another version of the font is removed only once unused for 30 days")
    void oldCopiesAgeOut() throws Exception {
        byte[] font = bundledFont();
        byte[] changed = font.clone();
        changed[changed.length - 1] ^= 1;
        Path old = Fonts.copyInCache(jarWith("old.jar", changed), FONT);
        Path recent = old.resolveSibling("NotoSans-Regular-0000abcd.ttf");
        Files.write(recent, changed);
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 31L * 24 * 3600 * 1000));
        Files.setLastModifiedTime(recent, FileTime.fromMillis(System.currentTimeMillis() - 29L * 24 * 3600 * 1000));

        Path current = Fonts.copyInCache(jarWith("new.jar", font), FONT);
        assertNotEquals(old, current, "another font, another copy");
        assertFalse(Files.exists(old), "unused for 31 days: removed");
        assertTrue(Files.exists(recent), "used 29 days ago (maybe by an Araxes still running): kept");
    }

    @Test
    @DisplayName("a missing font is null, not an error")
    void missing() {
        assertEquals(null, Fonts.load("NoSuchFont.ttf"));
    }
}
