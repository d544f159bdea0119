// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a desk's password comes from, in libpq's order: the one the user typed, else
 * {@code PGPASSWORD}, else the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}, on Windows
 * {@code %APPDATA%\postgresql\pgpass.conf}). Araxes only reads these; it never writes a password
 * anywhere.
 *
 * <p>The password file is libpq's: one {@code hostname:port:database:username:password} a line,
 * {@code *} matching anything in the first four fields, {@code \:} and {@code \\} for a colon and a
 * backslash, lines starting with {@code #} ignored, the first matching line winning. Like libpq,
 * on a system with POSIX permissions a file that its group or others may read is ignored (and
 * {@link Lookup#notice()} says why).
 */
public final class DeskPasswords {

    private DeskPasswords() {
    }

    /**
     * A password found, or none, with a notice for the user when the file was ignored.
     *
     * @param password the password, or empty when none was found
     * @param notice   what went wrong with the password file, or ""
     */
    public record Lookup(Optional<String> password, String notice) {
    }

    /** The password for a URL from this process's environment and home folder. */
    public static Lookup find(DeskUrl url) {
        return find(url, System.getenv(), Path.of(System.getProperty("user.home", ".")),
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
    }

    /**
     * The password for a URL from {@code PGPASSWORD} or the password file.
     *
     * @param env     the environment ({@code PGPASSWORD}, {@code PGPASSFILE}, {@code APPDATA})
     * @param home    the user's home folder
     * @param windows whether the file is {@code %APPDATA%\postgresql\pgpass.conf}
     */
    public static Lookup find(DeskUrl url, Map<String, String> env, Path home, boolean windows) {
        String fromEnvironment = env.get("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return new Lookup(Optional.of(fromEnvironment), "");
        }
        Path file;
        if (env.get("PGPASSFILE") != null && !env.get("PGPASSFILE").isBlank()) {
            file = Path.of(env.get("PGPASSFILE"));
        } else if (windows && env.get("APPDATA") != null) {
            file = Path.of(env.get("APPDATA"), "postgresql", "pgpass.conf");
        } else {
            file = home.resolve(".pgpass");
        }
        if (!Files.isRegularFile(file)) {
            return new Lookup(Optional.empty(), "");
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)
                    || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return new Lookup(Optional.empty(), file + " was not read: others may read it; "
                        + "make it yours alone with chmod 600 " + file);
            }
        } catch (UnsupportedOperationException windowsFileSystem) {
            // no POSIX permissions (Windows): libpq reads the file as it is
        } catch (IOException e) {
            return new Lookup(Optional.empty(), file + " could not be read: " + e.getMessage());
        }
        try {
            return new Lookup(match(Files.readAllLines(file, StandardCharsets.UTF_8), url), "");
        } catch (IOException e) {
            return new Lookup(Optional.empty(), file + " could not be read: " + e.getMessage());
        }
    }

    /** The password of the first line matching the URL's host, port, database and user. */
    static Optional<String> match(List<String> lines, DeskUrl url) {
        String[] wanted = {url.host(), String.valueOf(url.port()), url.database(), url.user()};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                matches = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
            }
            if (matches) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    /** The colon-separated fields of a line, {@code \:} and {@code \\} unescaped; the fifth field takes the rest. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
