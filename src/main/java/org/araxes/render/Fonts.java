// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import javafx.scene.text.Font;
import org.araxes.io.AtomicFiles;
import org.araxes.settings.UserFolders;

/**
 * The label fonts bundled under {@code /assets/fonts/} (Noto, SIL OFL 1.1), loaded once so labels
 * render the same on every machine, and the family to use for a text by its script: Noto Sans for
 * Latin and Cyrillic, Noto Sans Armenian, Noto Sans Arabic (Persian). Falls back to the system
 * font when the bundled ones are missing. Each family is loaded when first needed.
 */
public final class Fonts {

    /** The bundled families, each loaded when a text first needs it. */
    private enum Family {
        SANS("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"),
        ARMENIAN("NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
        ARABIC("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf");

        private final String[] files;
        /** The family's name once loaded: null until then, "System" when its files are missing. */
        private String loaded;

        Family(String... files) {
            this.files = files;
        }

        /**
         * The family's name, its files loaded on the first call. Each family is loaded only when a
         * text first needs it (JavaFX copies every loaded font to a temporary file and opens it
         * with FreeType: ~10 ms a file on a cold start), so a map labelled in English loads the
         * Latin files only.
         */
        synchronized String family() {
            if (loaded == null) {
                loaded = "System";
                for (String file : files) {
                    Font font = load(file);
                    if (font != null) {
                        loaded = font.getFamily();
                    }
                }
            }
            return loaded;
        }
    }

    private Fonts() {
    }

    /**
     * Loads a bundled font file, or returns null when it is missing. JavaFX opens a font file
     * where it lies, but copies a font read from a stream into a temporary file first, at every
     * start, and a JVM that is killed leaves those copies behind (~1.3 MB a start in the temporary
     * folder). So a font inside the jar is loaded from a copy in the cache folder, made once per
     * jar ({@link #copyInCache}); a font in a folder (the classes of a build) is loaded where it
     * is; the stream is the last resort.
     */
    static Font load(String file) {
        URL url = Fonts.class.getResource("/assets/fonts/" + file);
        if (url == null) {
            return null;
        }
        try {
            Font font = Font.loadFont(loadableAddress(url, file), 12);
            if (font != null) {
                return font;
            }
        } catch (RuntimeException e) {
            // an address JavaFX cannot open: the stream below
        }
        try (InputStream in = url.openStream()) {
            return Font.loadFont(in, 12);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Where JavaFX should load a font file from without writing a temporary copy: the file itself
     * when it lies in a folder, its copy in the cache folder when it lies in a jar
     * ({@link #copyInCache}), else (no cache folder, another kind of address) the address as it is.
     *
     * @param url  the font's address (a class-path resource)
     * @param file the font's file name, for its copy
     */
    public static String loadableAddress(URL url, String file) {
        if ("jar".equals(url.getProtocol())) {
            try {
                return copyInCache(url, file).toUri().toString();
            } catch (IOException | RuntimeException e) {
                // an unwritable cache folder, a jar that cannot be read: the address as it is
            }
        }
        return url.toExternalForm();
    }

    /**
     * The copy of a font inside a jar in the cache folder's {@code fonts/}, named by the font
     * file and the jar's path, size and time (so a new build makes new copies, and removes the
     * copies of other builds); written atomically when missing or not the font's length (cut
     * short, or replaced by something else), so a damaged copy is made anew.
     */
    static Path copyInCache(URL url, String file) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        Path jar;
        try {
            jar = Path.of(connection.getJarFileURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("not a jar on disk: " + url, e);
        }
        CRC32C key = new CRC32C();
        key.update((jar.toAbsolutePath() + "\n" + Files.size(jar) + "\n"
                + Files.getLastModifiedTime(jar).toMillis()).getBytes(StandardCharsets.UTF_8));
        String dot = file.lastIndexOf('.') < 0 ? "" : file.substring(file.lastIndexOf('.'));
        String stem = file.substring(0, file.length() - dot.length());
        Path folder = UserFolders.ensure(UserFolders.currentCache().resolve("fonts"));
        String hex = Long.toHexString(key.getValue());
        Path copy = folder.resolve(stem + "-" + "0".repeat(8 - hex.length()) + hex + dot);
        long length = connection.getContentLengthLong();
        if (Files.exists(copy) && !Files.isRegularFile(copy)) {
            Files.delete(copy); // a FIFO or an empty folder in its place: a cache is a cache
        }
        if (!Files.isRegularFile(copy) || (length >= 0 && Files.size(copy) != length)) {
            AtomicFiles.write(copy, out -> {
                try (InputStream in = connection.getInputStream()) {
                    in.transferTo(out);
                }
            });
            try (DirectoryStream<Path> others = Files.newDirectoryStream(folder)) {
                for (Path other : others) {
                    String name = other.getFileName().toString();
                    if (!other.equals(copy) && name.startsWith(stem + "-") && name.endsWith(dot)
                            && name.length() == copy.getFileName().toString().length()) {
                        Files.deleteIfExists(other); // another build's copy
                    }
                }
            }
        }
        return copy;
    }

    /**
     * Loads the families labels in a language need (the Latin one always; Armenian for "hy", Arabic
     * for "fa"), ahead of the first text: the start does it on a thread of its own once JavaFX runs.
     */
    public static void prepare(String language) {
        Family.SANS.family();
        if ("hy".equals(language)) {
            Family.ARMENIAN.family();
        } else if ("fa".equals(language)) {
            Family.ARABIC.family();
        }
    }

    /** The family of the bundled sans-serif for Latin and Cyrillic, or "System". */
    public static String sansFamily() {
        return Family.SANS.family();
    }

    /** The family that has the glyphs of a text: by the first Armenian or Arabic letter in it. */
    public static String familyFor(String text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.ARMENIAN) {
                return Family.ARMENIAN.family();
            }
            if (script == Character.UnicodeScript.ARABIC) {
                return Family.ARABIC.family();
            }
        }
        return Family.SANS.family();
    }
}
