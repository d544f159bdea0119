// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated, sourced incident, as described in {@code docs/incidents-format.md}. Immutable; the
 * compact constructors reject anything the format forbids, so a built incident is always valid.
 *
 * @param id       unique, stable id ({@code inc-2022-10-21-kapan-consulate})
 * @param title    short neutral headline
 * @param summary  1–3 sentences in the editors' words
 * @param category what kind of event
 * @param actors   who took part, at least one, no duplicates
 * @param status   how well attested
 * @param role     primary (Azerbaijan–Iran) or background
 * @param date     when, with precision
 * @param location where, with precision
 * @param point    the point drawn on the map, or null when the place cannot be drawn as one
 * @param sources  the sources, at least one
 */
public record Incident(String id, String title, String summary, Category category, List<String> actors,
                       Status status, Role role, When date, Place location, Point point, List<Source> sources) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public Incident {
        id = nonBlank(id, "id");
        title = nonBlank(title, "title");
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(location, "location");
        actors = List.copyOf(new LinkedHashSet<>(actors == null ? List.of() : actors));
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " has no source");
        }
    }

    /**
     * An incident's date: a day or a span, with how precisely it is known.
     *
     * @param start     first possible day
     * @param end       last possible day, not before start; equal to start for a known day
     * @param precision how precisely the date is known
     * @param basis     written in the text or worked out
     * @param note      the text's own time expression and any reasoning, never null
     */
    public record When(LocalDate start, LocalDate end, DatePrecision precision, DateBasis basis, String note) {

        public When {
            Objects.requireNonNull(start, "start");
            end = end == null ? start : end;
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("end " + end + " is before start " + start);
            }
            Objects.requireNonNull(precision, "precision");
            basis = basis == null ? DateBasis.STATED : basis;
            note = note == null ? "" : note;
        }

        /** A known single day. */
        public static When day(LocalDate day) {
            return new When(day, day, DatePrecision.DAY, DateBasis.STATED, "");
        }

        /** True when the date is a span the event lies somewhere in, not a known day or days. */
        public boolean isImprecise() {
            return precision != DatePrecision.DAY;
        }

        /** The date as people read it: "21 October 2022", "5–8 October 2021", "October 2022", "about 2021–2023". */
        public String display() {
            String text = switch (precision) {
                case DAY -> start.equals(end) ? DAY.format(start) : DAY.format(start) + " – " + DAY.format(end);
                case MONTH -> start.getMonth() == end.getMonth() && start.getYear() == end.getYear()
                        ? MONTH.format(start) : MONTH.format(start) + " – " + MONTH.format(end);
                case YEAR -> start.getYear() == end.getYear()
                        ? String.valueOf(start.getYear()) : start.getYear() + "–" + end.getYear();
                case APPROXIMATE -> "between " + DAY.format(start) + " and " + DAY.format(end);
            };
            String precisionWord = switch (precision) {
                case DAY -> "exact day";
                case MONTH -> "month known";
                case YEAR -> "year known";
                case APPROXIMATE -> "approximate";
            };
            return text + " (" + precisionWord + (basis == DateBasis.INFERRED ? ", inferred" : ", stated") + ")";
        }
    }

    /**
     * Where an incident happened, in words.
     *
     * @param name      the place the text names
     * @param precision how precisely the place is known
     * @param note      what is inferred and how far the point may be from the event, never null
     */
    public record Place(String name, LocationPrecision precision, String note) {

        public Place {
            name = name == null || name.isBlank() ? "unknown" : name;
            Objects.requireNonNull(precision, "precision");
            note = note == null ? "" : note;
        }

        /** "Kapan, Armenia (town)". */
        public String display() {
            return name + " (" + precision.code() + ")";
        }
    }

    /**
     * A point in WGS 84 degrees.
     *
     * @param lon longitude, −180..180
     * @param lat latitude, −90..90
     */
    public record Point(double lon, double lat) {

        public Point {
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException("point (" + lon + ", " + lat + ") is outside the world");
            }
        }
    }

    /**
     * One source of an incident: an article and an exact quote from it.
     *
     * @param file      the seed file, imported file name, or a URL
     * @param publisher who published it, or "unknown"
     * @param author    who wrote it, or "unknown"
     * @param title     its headline, or "unknown"
     * @param published when ({@code YYYY-MM-DD}, {@code YYYY-MM}) or "unknown"
     * @param quote     an exact quote supporting the incident
     */
    public record Source(String file, String publisher, String author, String title, String published, String quote) {

        public Source {
            file = orUnknown(file);
            publisher = orUnknown(publisher);
            author = orUnknown(author);
            title = orUnknown(title);
            published = orUnknown(published);
            quote = quote == null ? "" : quote;
        }

        private static String orUnknown(String value) {
            return value == null || value.isBlank() ? "unknown" : value.trim();
        }

        /**
         * A web link to the source, if one of its fields is an http or https URL. Other schemes
         * ({@code file:}, {@code javascript:}) are never offered.
         */
        public Optional<URI> link() {
            for (String candidate : new String[] {file, publisher}) {
                Optional<URI> uri = webLink(candidate);
                if (uri.isPresent()) {
                    return uri;
                }
            }
            return Optional.empty();
        }

        /** The text as an http(s) URI with a host, or empty. */
        public static Optional<URI> webLink(String text) {
            if (text == null) {
                return Optional.empty();
            }
            try {
                URI uri = new URI(text.trim());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return Optional.of(uri);
                }
            } catch (java.net.URISyntaxException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
    }

    private static String nonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an incident needs a " + what);
        }
        return value;
    }

    /** True when the incident has a point to draw. */
    public boolean hasPoint() {
        return point != null;
    }

    /** Title, summary, place, actors and quotes in lower case, for text search. */
    public String searchText() {
        StringBuilder text = new StringBuilder(title).append('\n').append(summary).append('\n')
                .append(location.name()).append('\n').append(String.join("\n", actors)).append('\n').append(id);
        for (Source source : sources) {
            text.append('\n').append(source.quote()).append('\n').append(source.publisher());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
