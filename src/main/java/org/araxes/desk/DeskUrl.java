// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a shared desk lives: {@code postgresql://[user@]host[:port]/database[?currentSchema=schema]}
 * (also {@code postgres://}, and {@code jdbc:postgresql://} as pasted from QGIS or DBeaver). The same
 * form in the window's dialog and on the command line.
 *
 * <p>Deliberately strict, because a URL is remembered and shared: a password in it is refused
 * (it belongs in {@code ~/.pgpass} or {@code PGPASSWORD}); the schema must be a plain lower-case
 * identifier; the only other parameter taken is {@code sslmode}. Anything else is refused by name,
 * so no driver option (a socket factory, a logger file…) can be slipped in through a URL. The
 * database and user names are percent-decoded and may hold any character but control characters.
 *
 * @param user     the database user, never blank
 * @param host     host name, IPv4 address or IPv6 address (without brackets)
 * @param port     1–65535, 5432 when not given
 * @param database the database's name, never blank
 * @param schema   the schema holding the desk's tables, {@code araxes} when not given
 * @param sslmode  the driver's sslmode ({@code disable}, {@code allow}, {@code prefer}, {@code require},
 *                 {@code verify-ca}, {@code verify-full}), {@code prefer} when not given
 */
public record DeskUrl(String user, String host, int port, String database, String schema, String sslmode) {

    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_SCHEMA = "araxes";

    private static final Pattern FORM = Pattern.compile(
            "(?:jdbc:)?postgres(?:ql)?://(?:([^@/?#]*)@)?(\\[[0-9A-Fa-f:.]+\\]|[^:/?#\\[\\]@]*)(?::([0-9]{1,5}))?/([^?#]*)(?:\\?([^#]*))?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252}[A-Za-z0-9])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final java.util.Set<String> SSL_MODES =
            java.util.Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public DeskUrl {
        user = plainName(user, "user");
        Objects.requireNonNull(host, "host");
        if (!HOST.matcher(host).matches() && !(host.contains(":") && IPV6.matcher(host).matches())) {
            throw new IllegalArgumentException("\"" + host + "\" is not a host name or address");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        database = plainName(database, "database");
        schema = schema == null || schema.isEmpty() ? DEFAULT_SCHEMA : schema;
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema \"" + schema + "\" must be lower-case letters, digits and _ "
                    + "(starting with a letter or _, at most 63)");
        }
        sslmode = sslmode == null || sslmode.isEmpty() ? "prefer" : sslmode;
        if (!SSL_MODES.contains(sslmode)) {
            throw new IllegalArgumentException("sslmode \"" + sslmode + "\" is not one of " + String.join(", ", SSL_MODES));
        }
    }

    /** Whether the text looks like a desk URL at all (so a command line can tell it from a file name). */
    public static boolean looksLikeUrl(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://") || t.startsWith("jdbc:postgresql://");
    }

    /**
     * Reads a desk URL; with no user in it, the user is {@code PGUSER} or the login name.
     *
     * @throws IllegalArgumentException with a plain message naming what is wrong
     */
    public static DeskUrl parse(String text) {
        return parse(text, System.getenv("PGUSER") != null ? System.getenv("PGUSER") : System.getProperty("user.name", ""));
    }

    /** Reads a desk URL, taking {@code defaultUser} when the URL names none. */
    public static DeskUrl parse(String text, String defaultUser) {
        String t = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + t + "\" is not a PostgreSQL URL like "
                    + "postgresql://user@host:5432/database?currentSchema=araxes");
        }
        String user = m.group(1);
        if (user != null && user.contains(":")) {
            throw new IllegalArgumentException("the URL holds a password: leave it out and give it when asked, "
                    + "in PGPASSWORD or in ~/.pgpass, so it is never saved with the URL");
        }
        user = user == null || user.isEmpty() ? defaultUser : decode(user, "user");
        String host = m.group(2).isEmpty() ? "localhost" : m.group(2);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
        String database = decode(m.group(4), "database");
        String schema = null;
        String sslmode = null;
        if (m.group(5) != null && !m.group(5).isEmpty()) {
            for (String pair : m.group(5).split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq), "parameter");
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), key);
                switch (key) {
                    case "currentSchema" -> schema = value;
                    case "sslmode" -> sslmode = value;
                    default -> throw new IllegalArgumentException("the URL parameter \"" + key + "\" is not taken: "
                            + "only currentSchema and sslmode are");
                }
            }
        }
        return new DeskUrl(user, host, port, database, schema, sslmode);
    }

    /** The URL as the user writes it, without password: {@code postgresql://ana@db.example:5432/desk?currentSchema=araxes}. */
    @Override
    public String toString() {
        return "postgresql://" + encode(user) + "@" + place().substring("postgresql://".length());
    }

    /** The URL without the user, as the connect dialog shows it beside its own user field. */
    public String place() {
        return "postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
                + "/" + encode(database) + "?currentSchema=" + schema + (sslmode.equals("prefer") ? "" : "&sslmode=" + sslmode);
    }

    /** The same place for another user. */
    public DeskUrl withUser(String otherUser) {
        return new DeskUrl(otherUser, host, port, database, schema, sslmode);
    }

    /** The driver's URL: host, port and the database percent-encoded; everything else goes in {@link #driverProperties}. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + encode(database);
    }

    /** The driver's properties: user, password, the search path (the desk's schema, then public for PostGIS), sslmode. */
    Properties driverProperties(String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("currentSchema", schema + ",public");
        properties.setProperty("sslmode", sslmode);
        properties.setProperty("ApplicationName", "Araxes");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    private static String plainName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the URL names no " + what);
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("the " + what + " name holds a control character");
            }
        }
        return value;
    }

    private static String decode(String text, String what) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " in the URL has a broken %-escape: " + text);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
