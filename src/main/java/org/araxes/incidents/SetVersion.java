// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.araxes.incidents.write.IncidentGeoJsonWriter;

/**
 * The version of an incident set: a hash of its content and a date.
 *
 * <p>The hash is SHA-256 over a canonical form: the incidents sorted by id, written compactly by
 * {@link IncidentGeoJsonWriter} under a fixed title (so the file's name, title, order, layout,
 * format and the coordinates' digits past the 7th do not count; every field of every incident
 * does). Two sets with the same incidents have the same hash whatever file they came from; any
 * change to any field gives another. It is shown by its first {@value #SHORT} hex digits, like a
 * git commit. The date says when the version was made: the file's edition date
 * ({@code araxes.version}) where it has one, else the file's last change, else the day it was
 * taken.
 *
 * @param hash the SHA-256 of the canonical form, 64 lower-case hex digits
 * @param date the version's date
 */
public record SetVersion(String hash, LocalDate date) {

    /** Hex digits of the short hash. */
    public static final int SHORT = 12;

    public SetVersion {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(date, "date");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a version hash is 64 hex digits: " + hash);
        }
    }

    /** The version of the incidents as of today (UTC). */
    public static SetVersion of(List<Incident> incidents) {
        return of(incidents, LocalDate.now(ZoneOffset.UTC));
    }

    /** The version of the incidents with the given date. */
    public static SetVersion of(List<Incident> incidents, LocalDate date) {
        return new SetVersion(hash(incidents), date);
    }

    /** The version of the incidents read from a file, dated by the file's last change (UTC). */
    public static SetVersion of(List<Incident> incidents, Path file) {
        LocalDate date;
        try {
            date = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        } catch (IOException e) {
            date = LocalDate.now(ZoneOffset.UTC);
        }
        return of(incidents, date);
    }

    /** The first {@value #SHORT} hex digits of the hash. */
    public String shortHash() {
        return hash.substring(0, SHORT);
    }

    /** "3f2a9c01b7de of 2026-11-22": the short hash and the date, as pictures and reports show it. */
    public String display() {
        return shortHash() + " of " + date;
    }

    /** "events.csv 3f2a9c01b7de of 2026-12-06": a set's name and this version, as an export stamps it. */
    public String stamp(String name) {
        return name + " " + display();
    }

    /**
     * The date of a data edition given as text ({@code araxes.version}, "2026-11-22"; the first of
     * several joined by "+"), or today (UTC) when it is no date.
     */
    public static LocalDate editionDate(String version) {
        try {
            return LocalDate.parse(version == null ? "" : version.split("\\+")[0].strip());
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.now(ZoneOffset.UTC);
        }
    }

    /** The SHA-256 of the canonical form, in hex. */
    static String hash(List<Incident> incidents) {
        List<Incident> sorted = new ArrayList<>(incidents);
        sorted.sort(Comparator.comparing(Incident::id));
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            IncidentGeoJsonWriter.write(sorted.iterator(), IncidentGeoJsonWriter.DEFAULT_TITLE, "", false, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
