// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
     * version of the font ({@link #copyInCache}); a font in a folder (the classes of a build) is loaded where it
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

    /** How long a copy no start has used is kept (an Araxes of another version may still run). */
    private static final long UNUSED_COPY_LIFETIME_MILLIS = 30L * 24 * 3600 * 1000;

    /**
     * The copy of a font inside a jar in the cache folder's {@code fonts/}, named by the font file
     * and its content (the jar entry's CRC-32, which the jar's directory holds), written atomically
     * when missing or not the font's length (cut short, or replaced by something else, so a damaged
     * copy is made anew) and marked as used (its time set to now) at every call.
     *
     * <p>A copy is never removed while an Araxes may still use it: JavaFX hands each font file it
     * loads to the process's fontconfig, and GTK's own dialogs (the file choosers) take their
     * letters from it too; when that file goes while Araxes runs, those dialogs draw every letter
     * as a box. So builds with the same font (a rebuilt jar, the packaged app beside it) share one
     * copy, and a copy of another version of the font goes only once no start has used it for 30
     * days.
     */
    static Path copyInCache(URL url, String file) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        long crc = connection.getJarEntry().getCrc();
        if (crc < 0) {
            throw new IOException("no checksum in the jar's directory: " + url);
        }
        String dot = file.lastIndexOf('.') < 0 ? "" : file.substring(file.lastIndexOf('.'));
        String stem = file.substring(0, file.length() - dot.length());
        Path folder = UserFolders.ensure(UserFolders.currentCache().resolve("fonts"));
        String hex = Long.toHexString(crc);
        Path copy = folder.resolve(stem + "-" + "0".repeat(8 - hex.length()) + hex + dot);
        long now = System.currentTimeMillis();
        long length = connection.getContentLengthLong();
        if (Files.exists(copy) && !Files.isRegularFile(copy)) {
            Files.delete(copy); // a FIFO or an empty folder in its place: a cache is a cache
        }
        if (Files.isRegularFile(copy) && (length < 0 || Files.size(copy) == length)) {
            Files.setLastModifiedTime(copy, FileTime.fromMillis(now));
            return copy;
        }
        AtomicFiles.write(copy, out -> {
            try (InputStream in = connection.getInputStream()) {
                in.transferTo(out);
            }
        });
        try (DirectoryStream<Path> others = Files.newDirectoryStream(folder)) {
            for (Path other : others) {
                String name = other.getFileName().toString();
                if (!other.equals(copy) && name.startsWith(stem + "-") && name.endsWith(dot)
                        && name.length() == copy.getFileName().toString().length()
                        && now - Files.getLastModifiedTime(other).toMillis() > UNUSED_COPY_LIFETIME_MILLIS) {
                    Files.deleteIfExists(other); // another version's copy, unused for 30 days
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
