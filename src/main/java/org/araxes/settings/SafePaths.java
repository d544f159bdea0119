// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves file names found inside data files (a saved view's layer file, a story's picture)
 * against the folder the user chose, and refuses anything that would lead outside it: absolute
 * paths, drive letters, {@code ..} climbing out, and symbolic links that point elsewhere. So no
 * data file can make Araxes read or write outside what the user opened.
 */
public final class SafePaths {

    private SafePaths() {
    }

    /**
     * Resolves {@code name} inside {@code folder}.
     *
     * @param folder the folder the user chose (the one holding the view or story file)
     * @param name   a relative file name from a data file, with {@code /} or {@code \} separators
     * @return the normalised absolute path inside the folder
     * @throws IllegalArgumentException when the name leads outside the folder; its message says why
     *                                  in plain words
     */
    public static Path resolveInside(Path folder, String name) {
        if (name == null || name.isBlank()) {
            throw refusal("no file name given");
        }
        if (name.indexOf('\0') >= 0) {
            throw refusal("the file name \"" + printable(name) + "\" holds a NUL character");
        }
        String portable = name.replace('\\', '/');
        if (portable.startsWith("/") || portable.matches("^[A-Za-z]:.*") || portable.startsWith("//")
                || portable.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw refusal("\"" + printable(name) + "\" is an absolute path or a link; only names relative to the folder are allowed");
        }
        Path base = folder.toAbsolutePath().normalize();
        Path resolved;
        try {
            resolved = base.resolve(portable).normalize();
        } catch (InvalidPathException e) {
            throw refusal("\"" + printable(name) + "\" is not a valid file name here");
        }
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw refusal("\"" + printable(name) + "\" points outside the folder " + base.getFileName());
        }
        Path existing = resolved;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing != null && existing.startsWith(base)) {
            try {
                Path real = existing.toRealPath();
                Path realBase = base.toRealPath();
                if (!real.startsWith(realBase)) {
                    throw refusal("\"" + printable(name) + "\" goes through a link that points outside the folder " + base.getFileName());
                }
            } catch (IOException e) {
                throw refusal("\"" + printable(name) + "\" cannot be followed (" + e.getMessage() + ")");
            }
        }
        return resolved;
    }

    private static IllegalArgumentException refusal(String why) {
        return new IllegalArgumentException(why);
    }

    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 77) + "..." : clean;
    }
}
