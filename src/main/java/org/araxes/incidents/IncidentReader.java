// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.araxes.formats.GeoFiles;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.Problem;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads incident files: GeoJSON in the format of {@code docs/incidents-format.md}, CSV (ACLED
 * exports or plain {@code date, lat, lon, title, source}; see {@link IncidentCsvReader}), and every
 * other format {@link GeoFiles} reads (KML, GPX, TopoJSON, GeoPackage…). A feature whose properties
 * are flat columns (an ACLED export or a plain table in any format) is mapped exactly as a CSV row
 * is ({@link IncidentCsvReader#fromFeature}). What a file is, is told once, by {@link GeoFiles#kind}.
 *
 * <p>Like {@link GeoJsonReader}, which it uses to stream the JSON, it never throws for bad
 * content: it collects problems and loads the rest. An incident that breaks the format (duplicate
 * id, no source, a date that is not a real day, an end before its start, coordinates out of range
 * or swapped) is left out with an error that names the file and the feature (its index and id);
 * one that can be read with a safe default (unknown category, missing status) is kept with a
 * warning. Instances are immutable and thread-safe.
 */
public final class IncidentReader {

    /** ISO calendar dates only, with real days (2021-02-30 is refused). */
    static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final GeoJsonReader geoJson = GeoJsonReader.forIncidents();

    /**
     * Reads a file of any format {@link GeoFiles} tells apart (by content, then by extension:
     * {@code .csv}, {@code .tsv}, {@code .txt} are CSV). A file that cannot be opened, or is of a
     * format Araxes does not read, gives an empty result with one problem naming it.
     */
    public IncidentResult read(Path file) {
        return read(file, java.util.function.UnaryOperator.identity());
    }

    /**
     * Reads a file like {@link #read(Path)}, with the file's byte stream passed through {@code wrap}
     * first (e.g. a {@link org.araxes.io.ProgressInputStream} that reports progress and can cancel;
     * an {@code IOException} it throws ends the read as a result with one problem).
     */
    public IncidentResult read(Path file, java.util.function.UnaryOperator<InputStream> wrap) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        GeoFiles.Kind kind = GeoFiles.kind(file); // the one check of what a file is, before any reader
        if (!kind.readable()) {
            return failed(name, kind.refusal());
        }
        boolean csv = kind.format() == GeoFiles.Format.CSV;
        if (!csv && kind.format() != GeoFiles.Format.GEOJSON) {
            // KML, GPX, TopoJSON, GeoPackage…: read as a layer, then each feature as an incident
            return fromGeoJson(GeoFiles.read(file, wrap));
        }
        String why = null;
        try {
            why = org.araxes.io.InputFiles.whyTooBig(Files.size(file),
                    csv ? org.araxes.io.InputFiles.Cost.INCIDENTS_CSV : org.araxes.io.InputFiles.Cost.INCIDENTS_GEOJSON);
        } catch (IOException e) {
            why = "the file cannot be read: " + e.getMessage();
        }
        if (why != null) {
            return failed(name, why);
        }
        if (csv) {
            try (Reader in = org.araxes.io.TextEncoding.reader(wrap.apply(Files.newInputStream(file)), true)) {
                return new IncidentCsvReader().read(in, name);
            } catch (NoSuchFileException e) {
                return failed(name, "the file does not exist");
            } catch (IOException | java.io.UncheckedIOException e) {
                return failed(name, "the file cannot be read: " + e.getMessage());
            }
        }
        try (InputStream in = wrap.apply(Files.newInputStream(file))) {
            return readGeoJson(in, name);
        } catch (NoSuchFileException e) {
            return failed(name, "the file does not exist");
        } catch (IOException e) {
            return failed(name, "the file cannot be read: " + e.getMessage());
        }
    }

    /** True for file names read as CSV. */
    public static boolean isCsv(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt");
    }

    /** Reads GeoJSON from a stream; the caller closes it. */
    public IncidentResult readGeoJson(InputStream in, String fileName) {
        // streamed: each feature becomes an incident as it is read, so its property maps and
        // geometry are garbage at once (a large file never holds all of them)
        // and each incident goes straight into the store's columns
        List<Problem> featureProblems = new ArrayList<>();
        IncidentStore.Builder incidents = new IncidentStore.Builder();
        // (repeated ids are reported by add, as errors, not by the GeoJSON reader)
        // parsed on this thread, turned into incidents on a second and stored on a third (decision 0032)
        IncidentPipeline<GeoFeature> behind = new IncidentPipeline<>(fileName, incidents, featureProblems,
                feature -> () -> place(feature), (feature, here) -> toIncident(feature, fileName, here), "feature",
                (feature, incident) -> { });
        GeoJsonResult read;
        try {
            read = geoJson.readEach(in, fileName, behind, false);
        } finally {
            behind.finish();
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(featureProblems);
        return new IncidentResult(read.fileName(), incidents.build(), problems);
    }

    private static void add(GeoFeature feature, String file, List<Problem> problems, IncidentStore.Builder incidents) {
        FeatureProblems here = new FeatureProblems(file, () -> place(feature), problems);
        Incident incident = toIncident(feature, file, here);
        if (incident != null && !incidents.addNew(incident)) {
            here.error(duplicateId(incident, "feature"));
        }
    }

    /** The error of an incident whose id an earlier one has: {@code what} is "feature" or "row". */
    static String duplicateId(Incident incident, String what) {
        return "duplicate id \"" + incident.id() + "\": an earlier " + what + " has the same id; this one is left out";
    }

    /**
     * Reads CSV from a byte stream (UTF-8, or UTF-16 with a byte-order mark; other encodings are
     * reported); the caller closes it.
     */
    public IncidentResult readCsv(InputStream in, String fileName) {
        try {
            return new IncidentCsvReader().read(org.araxes.io.TextEncoding.reader(in, true), fileName);
        } catch (IOException e) {
            return failed(fileName, "the file cannot be read: " + e.getMessage());
        }
    }

    /** Reads CSV from a reader; the caller closes it. */
    public IncidentResult readCsv(Reader in, String fileName) {
        return new IncidentCsvReader().read(in, fileName);
    }

    /** The incidents of every incident layer of an atlas, one result per layer, in the atlas's order. */
    public static java.util.List<IncidentResult> fromAtlas(org.araxes.model.Atlas atlas) {
        return atlas.layersOfKind(org.araxes.io.LayerInfo.Kind.INCIDENTS).stream()
                .map(l -> fromGeoJson(new GeoJsonResult(l.fileName(), l.info(), l.features(), l.problems())))
                .toList();
    }

    /**
     * Turns an already-read GeoJSON layer into incidents, keeping the reader's own problems (a
     * duplicate id there is reported once, here, as the error that leaves the feature out).
     */
    public static IncidentResult fromGeoJson(GeoJsonResult read) {
        String file = read.fileName();
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : read.problems()) {
            if (!problem.message().startsWith("duplicate id")) {
                problems.add(problem);
            }
        }
        IncidentStore.Builder incidents = new IncidentStore.Builder(read.features().size());
        for (GeoFeature feature : read.features()) {
            add(feature, file, problems, incidents);
        }
        return new IncidentResult(file, incidents.build(), problems);
    }

    /**
     * Checks one incident given as a GeoJSON feature's id, properties and geometry (what an editor's
     * form holds) by exactly the rules a file's feature is read with: the result holds the incident
     * when it would be read, and every error and warning a file would give for it.
     *
     * @param fileName   the file named in the problems
     * @param id         the incident's id; blank for none
     * @param properties the feature's properties, as a GeoJSON file gives them (strings, lists, maps)
     * @param geometry   the point, or null for none
     */
    public static IncidentResult check(String fileName, String id, Map<String, Object> properties, Geometry geometry) {
        List<Problem> problems = new ArrayList<>();
        IncidentStore.Builder incidents = new IncidentStore.Builder(1);
        add(new GeoFeature(0, id == null || id.isBlank() ? "#0" : id.strip(), geometry, properties), fileName, problems, incidents);
        return new IncidentResult(fileName, incidents.build(), problems);
    }

    static IncidentResult failed(String file, String message) {
        return new IncidentResult(file, List.of(), List.of(Problem.error(file, "", message)));
    }

    private static String place(GeoFeature feature) {
        boolean hasId = !feature.id().equals("#" + feature.index());
        return "feature " + feature.index() + (hasId ? " (id \"" + feature.id() + "\")" : " (no id)");
    }

    /**
     * Problems about one feature or row: adds file and place, and remembers whether it failed. The
     * place is made only when there is a problem (a million rows without one make no place text).
     */
    static final class FeatureProblems {
        private final String file;
        private final java.util.function.Supplier<String> placeLater;
        private String place;
        private final List<Problem> sink;
        private boolean failed;

        FeatureProblems(String file, String place, List<Problem> sink) {
            this(file, () -> place, sink);
        }

        FeatureProblems(String file, java.util.function.Supplier<String> place, List<Problem> sink) {
            this.file = file;
            this.placeLater = place;
            this.sink = sink;
        }

        /** The place named in the problems. */
        String place() {
            if (place == null) {
                place = placeLater.get();
            }
            return place;
        }

        void error(String message) {
            failed = true;
            sink.add(Problem.error(file, place(), message));
        }

        void warning(String message) {
            sink.add(Problem.warning(file, place(), message));
        }

        boolean failed() {
            return failed;
        }
    }

    /**
     * True when a feature's properties are in this format (a {@code date} object or a
     * {@code sources} list); false for flat columns, mapped as a CSV row is.
     */
    static boolean inAraxesFormat(GeoFeature feature) {
        Map<String, Object> p = feature.properties();
        return p.get("date") instanceof Map<?, ?> || p.get("sources") instanceof List<?>;
    }

    /** An incident feature's incident, or null with errors: the one mapping of incident properties (flat ones as a CSV row). */
    static Incident toIncident(GeoFeature feature, String file, FeatureProblems problems) {
        if (!inAraxesFormat(feature)) {
            return IncidentCsvReader.fromFeature(feature, file, problems);
        }
        Map<String, Object> p = feature.properties();
        String id = feature.id();
        if (id.startsWith("#")) {
            problems.error("no id: every incident needs a unique \"id\"; left out");
            return null;
        }
        Object propertyId = p.get("id");
        if (propertyId != null && !String.valueOf(propertyId).equals(id)) {
            problems.warning("Feature.id \"" + id + "\" differs from properties.id \"" + propertyId + "\"; using \"" + id + "\"");
        }
        String title = text(p.get("title"));
        if (title == null) {
            problems.error("no title; left out");
        }
        Category category = category(text(p.get("category")), problems);
        Status status = Status.parse(text(p.get("status")));
        if (status == null) {
            problems.warning(unknown("status", text(p.get("status")), Status.class) + "; read as reported");
            status = Status.REPORTED;
        }
        Role role = Role.parse(text(p.get("role")));
        if (role == null) {
            problems.warning(unknown("role", text(p.get("role")), Role.class) + "; read as primary");
            role = Role.PRIMARY;
        }
        Incident.When when = date(p.get("date"), problems);
        Incident.Point point = point(feature.geometry(), problems);
        Incident.Place place = location(p.get("location"), point, problems);
        List<Incident.Source> sources = sources(p.get("sources"), problems);
        List<String> actors = new ArrayList<>();
        Object actorValue = p.get("actors");
        if (actorValue instanceof List<?> list) {
            for (Object actor : list) {
                String name = text(actor);
                if (name != null) {
                    actors.add(name.trim());
                }
            }
        } else if (text(actorValue) != null) {
            actors.add(text(actorValue).trim());
        }
        if (problems.failed()) {
            return null;
        }
        try {
            return new Incident(id, title, text(p.get("summary")), category, actors, status, role, when, place, point, sources);
        } catch (IllegalArgumentException e) {
            problems.error(e.getMessage() + "; left out");
            return null;
        }
    }

    private static String unknown(String what, String value, Class<? extends Enum<?>> type) {
        return (value == null ? "no " + what : "unknown " + what + " \"" + value + "\"")
                + " (allowed: " + Codes.allowed(type) + ")";
    }

    static Category category(String value, FeatureProblems problems) {
        Category category = Category.parse(value);
        if (category == null) {
            problems.warning(unknown("category", value, Category.class) + "; shown as other");
            return Category.OTHER;
        }
        return category;
    }

    private static Incident.When date(Object value, FeatureProblems problems) {
        if (!(value instanceof Map<?, ?> date)) {
            problems.error(value == null ? "no date; left out" : "\"date\" must be an object {start, end, precision, basis, note}; left out");
            return null;
        }
        LocalDate start = isoDate(date.get("start"), "date.start", problems);
        LocalDate end = date.get("end") == null ? null : isoDate(date.get("end"), "date.end", problems);
        if (start == null && text(date.get("start")) == null) { // absent, empty or blank
            problems.error("no date.start; left out");
        }
        if (start == null || problems.failed()) {
            return null;
        }
        String precisionText = text(date.get("precision"));
        DatePrecision precision = DatePrecision.parse(precisionText);
        if (precision == null) {
            precision = end == null || end.equals(start) ? DatePrecision.DAY : DatePrecision.APPROXIMATE;
            problems.warning(unknown("date precision", precisionText, DatePrecision.class) + "; read as " + precision.code());
        }
        if (end == null) {
            end = switch (precision) {
                case MONTH -> YearMonth.from(start).atEndOfMonth();
                case YEAR -> start.withDayOfYear(start.lengthOfYear());
                default -> start;
            };
        }
        if (end.isBefore(start)) {
            problems.error("date.end " + end + " is before date.start " + start + "; left out");
            return null;
        }
        DateBasis basis = DateBasis.parse(text(date.get("basis")));
        return new Incident.When(start, end, precision, basis, text(date.get("note")));
    }

    /** A strict ISO date, or null with an error naming the field and the value. */
    static LocalDate isoDate(Object value, String field, FeatureProblems problems) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return day(text);
        } catch (java.time.DateTimeException e) {
            problems.error("bad date \"" + text + "\" in " + field + ": " + e.getMessage() + "; left out");
            return null;
        }
    }

    /** Latest year a date may have: four digits, as {@code YYYY-MM-DD} and every day count allow. */
    public static final int MAX_YEAR = 9999;

    /**
     * The one rule for a day written by people (incident files, CSV, {@code export --date}): a real
     * day as {@code YYYY-MM-DD}, year 1 to {@value #MAX_YEAR} (surrounding spaces ignored).
     *
     * @throws java.time.DateTimeException with why, in plain words ("February 2021 has no day 30")
     */
    public static LocalDate day(String text) {
        String trimmed = text.trim();
        LocalDate fast = fastIsoDate(trimmed);
        if (fast != null) {
            return fast;
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(trimmed, ISO_STRICT);
        } catch (DateTimeParseException e) {
            throw new java.time.DateTimeException(whyBadDate(trimmed));
        }
        if (parsed.getYear() < 1 || parsed.getYear() > MAX_YEAR) {
            throw new java.time.DateTimeException("the year must be 1 to " + MAX_YEAR + " (YYYY-MM-DD)");
        }
        return parsed;
    }

    /**
     * A plain {@code YYYY-MM-DD} that is a real day, without the formatter (a tenth of its cost on
     * large files); null for anything else, which then goes through {@link #ISO_STRICT} and its
     * messages.
     */
    static LocalDate fastIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = 0;
        int month = 0;
        int day = 0;
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7) {
                continue;
            }
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            if (i < 4) {
                year = year * 10 + (c - '0');
            } else if (i < 7) {
                month = month * 10 + (c - '0');
            } else {
                day = day * 10 + (c - '0');
            }
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** Why a text is not an ISO date, in plain words. */
    static String whyBadDate(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(text);
        if (!m.matches()) {
            return "expected YYYY-MM-DD";
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        int day = Integer.parseInt(m.group(3));
        return YearMonth.of(Integer.parseInt(m.group(1)), month).getMonth()
                .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + m.group(1)
                + " has no day " + day;
    }

    private static Incident.Point point(Geometry geometry, FeatureProblems problems) {
        if (geometry == null || geometry.isEmpty()) {
            return null;
        }
        org.locationtech.jts.geom.Point p;
        if (geometry instanceof org.locationtech.jts.geom.Point point) {
            p = point;
        } else {
            p = geometry.getInteriorPoint();
            problems.warning("incidents need a Point geometry, found " + geometry.getGeometryType() + "; drawn at a point inside it");
        }
        return checkedPoint(p.getX(), p.getY(), problems);
    }

    /**
     * A point, or null with an error when out of range (numbers that only fit the other way round
     * are named as swapped). Swaps within range are judged against the file's extent by the
     * reader, {@link org.araxes.io.SwappedCoordinates}.
     */
    static Incident.Point checkedPoint(double lon, double lat, FeatureProblems problems) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            problems.error("coordinates are not numbers; left out");
            return null;
        }
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            if (Math.abs(lon) <= 90 && Math.abs(lat) <= 180) {
                problems.error("coordinates (longitude " + lon + ", latitude " + lat + ") are out of range and look swapped:"
                        + " latitude and longitude seem to be in the wrong order; left out");
            } else {
                problems.error("coordinates (longitude " + lon + ", latitude " + lat + ") are outside longitude -180..180,"
                        + " latitude -90..90; left out");
            }
            return null;
        }
        return new Incident.Point(lon, lat);
    }

    private static Incident.Place location(Object value, Incident.Point point, FeatureProblems problems) {
        if (!(value instanceof Map<?, ?> location)) {
            problems.warning("no location; read as an unnamed " + (point == null ? "place" : "town"));
            return new Incident.Place("unknown", point == null ? LocationPrecision.NONE : LocationPrecision.TOWN, "");
        }
        String precisionText = text(location.get("precision"));
        LocationPrecision precision = LocationPrecision.parse(precisionText);
        if (precision == null) {
            precision = point == null ? LocationPrecision.NONE : LocationPrecision.TOWN;
            problems.warning(unknown("location precision", precisionText, LocationPrecision.class) + "; read as " + precision.code());
        }
        return new Incident.Place(text(location.get("name")), precision, text(location.get("note")));
    }

    private static List<Incident.Source> sources(Object value, FeatureProblems problems) {
        List<Incident.Source> sources = new ArrayList<>();
        if (value instanceof List<?> list) {
            int i = 0;
            for (Object item : list) {
                if (item instanceof Map<?, ?> s) {
                    Incident.Source source = new Incident.Source(text(s.get("file")), text(s.get("publisher")),
                            text(s.get("author")), text(s.get("title")), text(s.get("published")), text(s.get("quote")));
                    if (source.quote().isBlank()) {
                        problems.warning("source " + i + " has no quote");
                    }
                    sources.add(source);
                } else {
                    problems.warning("source " + i + " is not an object; ignored");
                }
                i++;
            }
        }
        if (sources.isEmpty()) {
            problems.error("no source: every incident needs at least one source; left out");
        }
        return sources;
    }

    static String text(Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? null : s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return null;
    }
}
