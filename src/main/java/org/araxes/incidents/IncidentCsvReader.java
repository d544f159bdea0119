// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.araxes.io.Problem;

/**
 * Imports incidents from CSV with Apache Commons CSV: an ACLED export (recognised by its
 * {@code event_date} column) or a plain table with {@code date, lat, lon, title, source}. The
 * mappings are those of {@code docs/incidents-format.md}, section 7.
 *
 * <p>Columns are found by their header name (case, spaces and a byte-order mark ignored), so they
 * may come in any order and extra columns are ignored. A missing required column stops the import
 * with one problem; a missing optional one is a warning. Comma, semicolon and tab separators are
 * recognised from the header line; quoted fields may hold separators, quotes and newlines. Each
 * problem names the line where the row starts.
 */
final class IncidentCsvReader {

    private static final List<String> ACLED_REQUIRED = List.of("event_date", "latitude", "longitude", "source");
    private static final List<String> ACLED_OPTIONAL = List.of("time_precision", "event_type", "sub_event_type",
            "actor1", "actor2", "location", "geo_precision", "notes");
    private static final List<String> PLAIN_REQUIRED = List.of("date", "title", "source");
    private static final List<String> PLAIN_OPTIONAL = List.of("lat", "lon");
    private static final List<String> ARAXES_REQUIRED = List.of("id", "title", "event_date", "date_precision", "sources");
    private static final List<String> ARAXES_OPTIONAL = IncidentCsvColumns.ALL.stream()
            .filter(c -> !ARAXES_REQUIRED.contains(c)).toList();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final org.locationtech.jts.geom.GeometryFactory GEOMETRY = new org.locationtech.jts.geom.GeometryFactory();

    private static final List<DateTimeFormatter> ACLED_DATES = List.of(
            IncidentReader.ISO_STRICT,
            strict("d MMMM uuuu"), strict("d-MMMM-uuuu"), strict("d MMM uuuu"), strict("d-MMM-uuuu"),
            strict("dd/MM/uuuu"));

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Longest row read, in characters (a field, a header, or everything after an unclosed quote):
     * the system property {@code araxes.csv.maxRowChars}, else 4,000,000. A longer row stops the
     * read with a problem naming its line, before it can take the memory.
     */
    static final int MAX_ROW_CHARS = Integer.getInteger("araxes.csv.maxRowChars", 4_000_000);

    /** Thrown by {@link RowBudget} when a row passes the limit. */
    static final class RowTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLongException(int limit) {
            super("a row is longer than " + limit + " characters (row length limit)", null);
        }
    }

    /** Counts the characters read since the last row began and stops past the limit. */
    private static final class RowBudget extends java.io.FilterReader {
        private final int limit;
        private long sinceRow;

        RowBudget(Reader in, int limit) {
            super(in);
            this.limit = limit;
        }

        void rowStarts() {
            sinceRow = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws RowTooLongException {
            sinceRow += n;
            // the parser reads ahead by its buffer, so a row is allowed that much more
            if (sinceRow > (long) limit + (1 << 16)) {
                throw new RowTooLongException(limit);
            }
        }
    }

    private final int maxRowChars;

    IncidentCsvReader() {
        this(MAX_ROW_CHARS);
    }

    IncidentCsvReader(int maxRowChars) {
        this.maxRowChars = maxRowChars;
    }

    IncidentResult read(Reader source, String fileName) {
        List<Problem> problems = new ArrayList<>();
        IncidentStore.Builder incidents = new IncidentStore.Builder();
        org.araxes.io.SwappedCoordinates swaps = new org.araxes.io.SwappedCoordinates();
        long[] rowLine = {1};
        try {
            if (source instanceof org.araxes.io.TextEncoding.CheckedReader checked && checked.decodedAs() != null) {
                problems.add(Problem.warning(fileName, "", "the file is not UTF-8: read as " + checked.decodedAs()
                        + "; check its letters, or save it as UTF-8"));
            }
            RowBudget budget = new RowBudget(source, maxRowChars);
            BufferedReader in = new BufferedReader(budget, 1 << 16);
            char delimiter = sniffDelimiter(in);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .setTrim(true).build();
            try (CSVParser parser = CSVParser.parse(in, format)) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    return IncidentReader.failed(fileName, "the file is empty");
                }
                CSVRecord headerRecord = records.next();
                budget.rowStarts();
                Map<String, Integer> header = header(headerRecord);
                boolean araxes = IncidentCsvColumns.isAraxes(header.keySet());
                boolean acled = !araxes && header.containsKey("event_date");
                List<String> required = araxes ? ARAXES_REQUIRED : acled ? ACLED_REQUIRED : PLAIN_REQUIRED;
                List<String> optional = araxes ? ARAXES_OPTIONAL : acled ? ACLED_OPTIONAL : PLAIN_OPTIONAL;
                List<String> missing = required.stream().filter(c -> !header.containsKey(c)).toList();
                if (!missing.isEmpty()) {
                    problems.add(Problem.error(fileName, "line 1", (araxes ? "Araxes CSV" : acled ? "ACLED CSV" : "CSV") + " lacks the column"
                            + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                            + (acled ? "" : " (a plain CSV needs date, lat, lon, title, source; an ACLED export needs event_date)")
                            + "; nothing imported"));
                    return new IncidentResult(fileName, List.of(), problems);
                }
                List<String> absent = optional.stream().filter(c -> !header.containsKey(c)).toList();
                if (!absent.isEmpty()) {
                    problems.add(Problem.warning(fileName, "line 1", "no column " + String.join(", ", absent)
                            + "; read as empty"));
                }
                int columns = headerRecord.size();
                // each row read here, turned into an incident on a second thread and stored on a
                // third, in file order (decision 0032): only the third adds problems until finished
                IncidentPipeline<NumberedRecord> behind = new IncidentPipeline<>(fileName, incidents, problems,
                        numbered -> () -> "line " + numbered.line(), (numbered, here) -> {
                            CSVRecord record = numbered.record();
                            if (record.size() < columns) {
                                here.warning("the row has " + record.size() + " values, the header " + columns
                                        + "; the missing ones are read as empty");
                            }
                            Row row = new Row(record, header);
                            String key = String.valueOf(numbered.line());
                            return araxes ? araxes(row, key, fileName, here)
                                    : acled ? acled(row, key, null, fileName, here) : plain(row, key, null, fileName, here);
                        }, "row", (numbered, incident) -> {
                            if (incident.point() != null) {
                                swaps.add(incident.point().lon(), incident.point().lat(), numbered.line());
                            }
                        });
                try {
                    long nextLine = parser.getCurrentLineNumber() + 1;
                    while (true) {
                        rowLine[0] = nextLine;
                        budget.rowStarts();
                        if (!records.hasNext()) {
                            break;
                        }
                        CSVRecord record = records.next();
                        long line = nextLine;
                        nextLine = parser.getCurrentLineNumber() + 1;
                        behind.accept(new NumberedRecord(record, line));
                    }
                } finally {
                    behind.finish();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String kept = incidents.size() == 0 ? "" : "; the " + incidents.size() + " incidents before it were kept";
            if (cause instanceof org.araxes.io.TextEncoding.NotUtf8Exception notUtf8) {
                problems.add(Problem.error(fileName, notUtf8.place(), notUtf8.getMessage() + kept));
            } else if (cause instanceof RowTooLongException) {
                problems.add(Problem.error(fileName, "line " + rowLine[0], cause.getMessage() + kept));
            } else {
                problems.add(Problem.error(fileName, csvPlace(cause), csvMessage(cause) + kept));
            }
        }
        for (org.araxes.io.SwappedCoordinates.Suspect suspect : swaps.suspects()) {
            problems.add(Problem.warning(fileName, "line " + suspect.key(), suspect.message()));
        }
        return new IncidentResult(fileName, incidents.build(), problems);
    }

    /** A row as read, with the line it starts on. */
    private record NumberedRecord(CSVRecord record, long line) {
    }

    /** Commons CSV names the line in its message: "(line 12)"; this makes it a place. */
    private static String csvPlace(IOException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? "line " + m.group(1) : "";
    }

    private static String csvMessage(IOException e) {
        String raw = String.valueOf(e.getMessage());
        if (raw.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is never closed: the file ends inside quotes (a \" is missing)";
        }
        if (raw.contains("invalid char between encapsulated token and delimiter")) {
            return "a quoted value is followed by more text before the next separator (a stray \" inside a value?)";
        }
        return "the file cannot be read as CSV: " + raw.replaceAll("\\s+", " ");
    }

    private static char sniffDelimiter(BufferedReader in) throws IOException {
        in.mark(1 << 16);
        char[] head = new char[(1 << 16) - 1];
        int n = 0;
        for (int read; n < head.length && (read = in.read(head, n, head.length - n)) > 0; ) {
            n += read;
            if (new String(head, n - read, read).indexOf('\n') >= 0) {
                break; // the header line is complete; read no further (a bad byte later is reported at its row)
            }
        }
        in.reset();
        String text = new String(head, 0, n);
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = count(first, ','), semicolons = count(first, ';'), tabs = count(first, '\t');
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = columnName(record.get(i));
            columns.putIfAbsent(name, i);
        }
        return columns;
    }

    /**
     * A row's values by column name, as the mapping reads them: a CSV row, or a feature's flat
     * properties ({@link FeatureFields}). An absent value is "".
     */
    interface Fields {
        /** The value of a column (a name as in docs/incidents-format.md section 7), trimmed, or "". */
        String get(String column);

        /** True when the row has the column at all (empty or not). */
        boolean has(String column);
    }

    /** One CSV row, read by column name; absent columns and short rows give "". */
    private record Row(CSVRecord record, Map<String, Integer> header) implements Fields {
        @Override
        public String get(String column) {
            Integer index = header.get(column);
            return index == null || index >= record.size() ? "" : record.get(index).trim();
        }

        @Override
        public boolean has(String column) {
            return header.containsKey(column);
        }
    }

    /** A column name as the header gives it: byte-order mark, case, surrounding and inner spaces folded. */
    static String columnName(String name) {
        return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /**
     * A feature's flat properties as a row (a CSV table turned into KML, GPX, GeoPackage…, or a
     * GeoJSON layer of ACLED's columns): the columns by their names as a header gives them, and
     * where a column is absent, what the format calls it — {@code latitude}/{@code lat} and
     * {@code longitude}/{@code lon} from the feature's point (or a point inside its geometry),
     * {@code date} from {@code time}, {@code timestamp} or {@code begin} (KML's TimeStamp and
     * TimeSpan, GPX's time; the day of a date-time), {@code end} from {@code end}, {@code title}
     * and (ACLED's) {@code location} from {@code name}, {@code notes} from {@code description} or
     * {@code desc}, {@code source} from {@code src}.
     */
    static final class FeatureFields implements Fields {
        private final Map<String, String> values = new HashMap<>();
        private final org.locationtech.jts.geom.Point point;

        FeatureFields(org.araxes.geo.GeoFeature feature) {
            feature.properties().forEach((key, value) -> {
                String text = IncidentReader.text(value);
                values.putIfAbsent(columnName(key), text == null ? "" : text.trim());
            });
            org.locationtech.jts.geom.Geometry geometry = feature.geometry();
            point = geometry == null || geometry.isEmpty() ? null
                    : geometry instanceof org.locationtech.jts.geom.Point p ? p : geometry.getInteriorPoint();
        }

        @Override
        public boolean has(String column) {
            return values.containsKey(column) || !alias(column).isEmpty() || coordinate(column) != null;
        }

        @Override
        public String get(String column) {
            String value = values.get(column);
            if (value != null && !value.isEmpty()) {
                return value;
            }
            String coordinate = coordinate(column);
            return coordinate != null ? coordinate : alias(column);
        }

        /** The property of that name alone, with no alias standing in for an empty one (Araxes's own columns). */
        String exact(String column) {
            return values.getOrDefault(column, "");
        }

        private String coordinate(String column) {
            if (point == null) {
                return null;
            }
            return switch (column) {
                case "latitude", "lat" -> Double.toString(point.getY());
                case "longitude", "lon" -> Double.toString(point.getX());
                default -> null;
            };
        }

        private String alias(String column) {
            return switch (column) {
                case "date" -> day(first("time", "timestamp", "begin", "when"));
                case "end" -> day(first("end"));
                case "title", "location" -> first("name");
                case "notes" -> first("description", "desc");
                case "source" -> first("src");
                default -> "";
            };
        }

        private String first(String... names) {
            for (String name : names) {
                String value = values.get(name);
                if (value != null && !value.isEmpty()) {
                    return value;
                }
            }
            return "";
        }

        /** The day of an ISO date-time ({@code 2023-01-27T09:00:00Z} → {@code 2023-01-27}); other text as is. */
        private static String day(String text) {
            return text.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? text.substring(0, 10) : text;
        }
    }

    /**
     * A feature whose properties are flat incident columns (not this format's {@code date} object
     * and {@code sources} list) as an incident, mapped exactly as a CSV row is: ACLED's columns when
     * it has {@code event_date}, else the plain ones ({@code date}, {@code title}, {@code source},
     * and the aliases of {@link FeatureFields}). The feature's own id, when the file gave one, is
     * the incident's id. Null (with the problems said) when it cannot be an incident.
     */
    static Incident fromFeature(org.araxes.geo.GeoFeature feature, String fileName, IncidentReader.FeatureProblems problems) {
        FeatureFields fields = new FeatureFields(feature);
        if (IncidentCsvColumns.ARAXES_MARKERS.stream().allMatch(fields::has)) {
            // Araxes's own columns (a KML written by Araxes keeps them in ExtendedData)
            return araxes(fields, "f" + feature.index(), fileName, problems);
        }
        boolean acled = fields.has("event_date");
        List<String> missing = (acled ? ACLED_REQUIRED : PLAIN_REQUIRED).stream().filter(c -> !fields.has(c)).toList();
        if (!missing.isEmpty()) {
            problems.error("not an incident: no " + String.join(", ", missing) + " (an incident needs this format's"
                    + " date and sources, or a table's date, title and source, or ACLED's event_date, source and a place;"
                    + " docs/incidents-format.md); left out");
            return null;
        }
        String givenId = feature.id().startsWith("#") ? null : feature.id();
        String key = "f" + feature.index();
        return acled ? acled(fields, key, givenId, fileName, problems) : plain(fields, key, givenId, fileName, problems);
    }

    /**
     * The plain mapping (docs/incidents-format.md 7.2) of one row.
     *
     * @param key     the row's place for a made id (a CSV line number, a feature's "f" + index)
     * @param givenId the id the file gave the row (a feature's id), or null to make one
     */
    private static Incident plain(Fields row, String key, String givenId, String fileName,
                                  IncidentReader.FeatureProblems problems) {
        String dateText = row.get("date");
        Incident.When when = until(flexibleDate(dateText, problems), row.get("end"), problems);
        String title = row.get("title");
        if (title.isEmpty()) {
            problems.error("no title; left out");
        }
        String source = row.get("source");
        if (source.isEmpty()) {
            problems.error("no source: every incident needs a source; left out");
        }
        Incident.Point point = point(row.get("lat"), row.get("lon"), problems);
        if (problems.failed()) {
            return null;
        }
        Incident.Place place = point == null
                ? new Incident.Place("unknown", LocationPrecision.NONE, "no coordinates in the CSV")
                : new Incident.Place("unknown", LocationPrecision.TOWN, "precision not given in the CSV");
        Incident.Source src = new Incident.Source(fileName, source, "unknown", "unknown", "unknown", title);
        String id = givenId != null ? givenId : "inc-csv-" + slug(dateText) + "-" + key;
        return build(problems, id, title, title, Category.OTHER, List.of("unknown"), Role.PRIMARY, when, place, point, src);
    }

    /** ACLED's mapping (docs/incidents-format.md 7.1) of one row; {@code key} and {@code givenId} as for {@link #plain}. */
    private static Incident acled(Fields row, String key, String givenId, String fileName,
                                  IncidentReader.FeatureProblems problems) {
        String eventDate = row.get("event_date");
        LocalDate day = acledDate(eventDate, problems);
        String eventType = row.get("event_type");
        String subType = row.get("sub_event_type");
        String notes = row.get("notes");
        String source = row.get("source");
        if (source.isEmpty()) {
            problems.error("no source: every incident needs a source; left out");
        }
        Incident.Point point = point(row.get("latitude"), row.get("longitude"), problems);
        if (problems.failed() || day == null) {
            return null;
        }
        String timePrecision = row.get("time_precision");
        String dateNote = "ACLED event_date " + eventDate + ", time_precision " + (timePrecision.isEmpty() ? "(none)" : timePrecision);
        Incident.When when = switch (timePrecision) {
            case "1", "" -> new Incident.When(day, day, DatePrecision.DAY, DateBasis.STATED, dateNote);
            case "2" -> new Incident.When(day.minusDays(3), day.plusDays(3), DatePrecision.APPROXIMATE, DateBasis.STATED, dateNote);
            case "3" -> new Incident.When(day.withDayOfMonth(1), YearMonth.from(day).atEndOfMonth(), DatePrecision.MONTH,
                    DateBasis.STATED, dateNote);
            default -> {
                problems.warning("unknown time_precision \"" + timePrecision + "\" (ACLED uses 1, 2, 3); read as 1, the day");
                yield new Incident.When(day, day, DatePrecision.DAY, DateBasis.STATED, dateNote);
            }
        };
        String locationName = row.get("location");
        String geoPrecision = row.get("geo_precision");
        String lowerNotes = notes.toLowerCase(Locale.ROOT);
        LocationPrecision precision;
        String locationNote = "ACLED geo_precision " + (geoPrecision.isEmpty() ? "(none)" : geoPrecision);
        switch (geoPrecision) {
            case "1", "" -> precision = containsAny(lowerNotes, "bridge", "checkpoint", "border post", "embassy", "consulate",
                    "airport", "base ") ? LocationPrecision.SITE : LocationPrecision.TOWN;
            case "2" -> {
                precision = LocationPrecision.REGION;
                locationNote += "; near " + (locationName.isEmpty() ? "the named place" : locationName);
            }
            case "3" -> precision = LocationPrecision.REGION;
            default -> {
                problems.warning("unknown geo_precision \"" + geoPrecision + "\" (ACLED uses 1, 2, 3); read as region");
                precision = LocationPrecision.REGION;
            }
        }
        if (point == null) {
            precision = LocationPrecision.NONE;
        }
        List<String> actors = new ArrayList<>();
        for (String actor : new String[] {row.get("actor1"), row.get("actor2")}) {
            if (!actor.isEmpty() && !actors.contains(actor)) {
                actors.add(actor);
            }
        }
        if (actors.isEmpty()) {
            actors.add("unknown");
        }
        boolean azerbaijan = actors.stream().anyMatch(a -> a.contains("Azerbaijan"));
        boolean iran = actors.stream().anyMatch(a -> a.contains("Iran"));
        Role role = azerbaijan && iran ? Role.PRIMARY : Role.BACKGROUND;
        Category category = acledCategory(eventType, subType, lowerNotes);
        String acledLine = "ACLED: " + (eventType.isEmpty() ? "?" : eventType) + " / " + (subType.isEmpty() ? "?" : subType);
        int[] sentences = notes.isEmpty() ? null : sentenceEnds(notes, 3);
        String summary = notes.isEmpty() ? acledLine : upTo(notes, sentences[2]) + " (" + acledLine + ")";
        String quote = notes.isEmpty() ? acledLine : cutWords(upTo(notes, sentences[0]), 40);
        String eventId = row.get("event_id_cnty");
        String id = givenId != null ? givenId
                : eventId.isEmpty() ? "inc-acled-" + day + "-" + key : "inc-acled-" + slug(eventId);
        String title = (subType.isEmpty() ? (eventType.isEmpty() ? "Event" : eventType) : subType)
                + " in " + (locationName.isEmpty() ? "an unnamed place" : locationName) + " (" + day + ")";
        Incident.Source src = new Incident.Source(fileName, source, "unknown", "unknown", "unknown", quote);
        return build(problems, id, title, summary, category, actors, role, when,
                new Incident.Place(locationName, precision, locationNote), point, src);
    }

    /**
     * A row of an Araxes CSV (docs/incidents-format.md 7.4): its cells, each with the safe-cell
     * apostrophe removed, become the properties of an incident feature and go through the GeoJSON
     * reader's own rules ({@link IncidentReader#toIncident}), so both forms read alike.
     */
    private static Incident araxes(Fields row, String key, String fileName, IncidentReader.FeatureProblems problems) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        String id = original(row, "id");
        p.put("id", id);
        p.put("title", original(row, "title"));
        p.put("summary", original(row, "notes"));
        p.put("category", original(row, "category"));
        p.put("status", original(row, "status"));
        p.put("role", original(row, "role"));
        p.put("actors", jsonList(row, "actors", problems));
        Map<String, Object> date = new java.util.LinkedHashMap<>();
        date.put("start", original(row, "event_date"));
        date.put("end", original(row, "date_end"));
        date.put("precision", original(row, "date_precision"));
        date.put("basis", original(row, "date_basis"));
        date.put("note", original(row, "date_note"));
        p.put("date", date);
        Map<String, Object> location = new java.util.LinkedHashMap<>();
        location.put("name", original(row, "location"));
        location.put("precision", original(row, "location_precision"));
        location.put("note", original(row, "location_note"));
        p.put("location", location);
        p.put("sources", jsonList(row, "sources", problems));
        Incident.Point point = point(original(row, "latitude"), original(row, "longitude"), false, problems);
        if (problems.failed()) {
            return null;
        }
        org.locationtech.jts.geom.Geometry geometry = point == null ? null
                : GEOMETRY.createPoint(new org.locationtech.jts.geom.Coordinate(point.lon(), point.lat()));
        return IncidentReader.toIncident(new org.araxes.geo.GeoFeature(0, id.isEmpty() ? "#" + key : id, geometry, p),
                fileName, problems);
    }

    /** A cell holding a JSON list; an empty list, with an error, when it holds something else. */
    /** A cell of an Araxes CSV, as it was before it was made safe ({@link IncidentCsvColumns#original}). */
    private static String original(Fields row, String column) {
        // an empty summary stays empty: a KML description is no summary here
        return IncidentCsvColumns.original(row instanceof FeatureFields feature ? feature.exact(column) : row.get(column));
    }

    private static List<?> jsonList(Fields row, String column, IncidentReader.FeatureProblems problems) {
        String cell = original(row, column);
        if (cell.isEmpty()) {
            return List.of();
        }
        try {
            Object value = JSON.readValue(cell, Object.class);
            if (value instanceof List<?> list) {
                return list;
            }
        } catch (IOException e) {
            // said below
        }
        problems.error("the " + column + " cell is not a JSON list ([…]): \"" + cut(cell) + "\"; left out");
        return List.of();
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static Incident build(IncidentReader.FeatureProblems problems, String id, String title, String summary,
                                  Category category, List<String> actors, Role role, Incident.When when,
                                  Incident.Place place, Incident.Point point, Incident.Source source) {
        try {
            return new Incident(id, title, summary, category, actors, Status.REPORTED, role, when, place, point, List.of(source));
        } catch (IllegalArgumentException e) {
            problems.error(e.getMessage() + "; left out");
            return null;
        }
    }

    /** ACLED event and sub-event types to categories (docs/incidents-format.md 7.1). */
    static Category acledCategory(String eventType, String subType, String lowerNotes) {
        String type = eventType.toLowerCase(Locale.ROOT);
        String sub = subType.toLowerCase(Locale.ROOT);
        if (type.startsWith("battles")) {
            return lowerNotes.contains("border") ? Category.BORDER_INCIDENT : Category.WAR;
        }
        if (type.startsWith("explosions") || type.startsWith("violence against civilians")) {
            return Category.ATTACK;
        }
        if (type.startsWith("protests") || type.startsWith("riots")) {
            return Category.OTHER;
        }
        if (type.startsWith("strategic developments")) {
            if (sub.startsWith("agreement")) {
                return Category.AGREEMENT;
            }
            if (sub.startsWith("arrests")) {
                return Category.ARREST_OR_EXPULSION;
            }
            if (sub.startsWith("disrupted weapons use") || sub.startsWith("looting")) {
                return Category.ATTACK;
            }
            if (sub.startsWith("headquarters or base")) {
                return Category.INFRASTRUCTURE;
            }
            if (containsAny(lowerNotes, "exercise", "drill", "manoeuvre", "maneuver")) {
                return Category.MILITARY_EXERCISE;
            }
            if (containsAny(lowerNotes, "embassy", "consul", "diplomat", "ambassador", "foreign minist")) {
                return Category.DIPLOMATIC;
            }
        }
        return Category.OTHER;
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate acledDate(String text, IncidentReader.FeatureProblems problems) {
        if (text.isEmpty()) {
            problems.error("no event_date; left out");
            return null;
        }
        LocalDate fast = IncidentReader.fastIsoDate(text);
        if (fast == null) {
            fast = exportDate(text);
        }
        if (fast != null) {
            return fast;
        }
        for (DateTimeFormatter format : ACLED_DATES) {
            try {
                LocalDate day = LocalDate.parse(text, format);
                if (day.getYear() < 1 || day.getYear() > IncidentReader.MAX_YEAR) {
                    problems.error("bad date \"" + text + "\" in event_date: the year must be 1 to "
                            + IncidentReader.MAX_YEAR + "; left out");
                    return null;
                }
                return day;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        problems.error("bad date \"" + text + "\" in event_date: "
                + (text.matches("\\d{4}-\\d{2}-\\d{2}") ? IncidentReader.whyBadDate(text) : "expected YYYY-MM-DD or 27 January 2023")
                + "; left out");
        return null;
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    /**
     * The date of ACLED's export tool, {@code 27 January 2023} (or {@code 27-January-2023}): one or
     * two digits of day, an English month name as written (capitalised), four digits of year, when
     * it is a real day of year 1 or later; null for anything else, which then goes through
     * {@link #ACLED_DATES} and its messages. The same day those formats give, without trying them
     * one by one (each failure is an exception): a tenth of the cost on an ACLED file.
     */
    static LocalDate exportDate(String text) {
        int length = text.length();
        int day = 0;
        int i = 0;
        while (i < length && i < 2 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            day = day * 10 + (text.charAt(i++) - '0');
        }
        if (i == 0 || length < i + 1 + 3 + 1 + 4) {
            return null;
        }
        char separator = text.charAt(i);
        if ((separator != ' ' && separator != '-') || text.charAt(length - 5) != separator) {
            return null;
        }
        String monthName = text.substring(i + 1, length - 5);
        int month = 0;
        for (int m = 0; m < MONTHS.length && month == 0; m++) {
            if (MONTHS[m].equals(monthName)) {
                month = m + 1;
            }
        }
        int year = 0;
        for (int k = length - 4; k < length; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return null;
            }
            year = year * 10 + (c - '0');
        }
        if (month == 0 || year < 1 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * A date with the row's optional {@code end} (a KML TimeSpan's end): a later day makes the date
     * a span from its start to that day, {@code approximate}; an earlier one is an error.
     */
    private static Incident.When until(Incident.When when, String endText, IncidentReader.FeatureProblems problems) {
        if (when == null || endText.isEmpty()) {
            return when;
        }
        LocalDate end = IncidentReader.isoDate(endText, "end", problems);
        if (end == null || !end.isAfter(when.end())) {
            if (end != null && end.isBefore(when.start())) {
                problems.error("end " + end + " is before the date " + when.start() + "; left out");
                return null;
            }
            return when;
        }
        return new Incident.When(when.start(), end, DatePrecision.APPROXIMATE, DateBasis.STATED,
                when.note() + " to " + endText);
    }

    /** {@code YYYY-MM-DD} → day, {@code YYYY-MM} → month, {@code YYYY} → year. */
    private static Incident.When flexibleDate(String text, IncidentReader.FeatureProblems problems) {
        String note = "From CSV: " + text;
        try {
            if (text.matches("\\d{4}")) {
                LocalDate start = LocalDate.of(Integer.parseInt(text), 1, 1);
                return new Incident.When(start, start.withDayOfYear(start.lengthOfYear()), DatePrecision.YEAR, DateBasis.STATED, note);
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return new Incident.When(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, DateBasis.STATED, note);
            }
        } catch (java.time.DateTimeException e) {
            problems.error("bad date \"" + text + "\": not a real month; left out");
            return null;
        }
        if (text.isEmpty()) {
            problems.error("no date; left out");
            return null;
        }
        LocalDate day = IncidentReader.isoDate(text, "date", problems);
        return day == null ? null : new Incident.When(day, day, DatePrecision.DAY, DateBasis.STATED, note);
    }

    private static Incident.Point point(String latText, String lonText, IncidentReader.FeatureProblems problems) {
        return point(latText, lonText, true, problems);
    }

    /** The point of two cells; {@code round} to 6 decimals for imported tables (an Araxes CSV keeps what it has). */
    private static Incident.Point point(String latText, String lonText, boolean round, IncidentReader.FeatureProblems problems) {
        if (latText.isEmpty() && lonText.isEmpty()) {
            return null;
        }
        if (latText.isEmpty() || lonText.isEmpty()) {
            problems.error("only one of latitude and longitude is given; left out");
            return null;
        }
        double lat = coordinate(latText);
        double lon = coordinate(lonText);
        if (Double.isNaN(lat) && !isNotFinite(latText) || Double.isNaN(lon) && !isNotFinite(lonText)) {
            problems.error("coordinates \"" + latText + "\", \"" + lonText + "\" are not numbers (write them as"
                    + " 39.2 or -45.1e0); left out");
            return null;
        }
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
            problems.error("coordinates \"" + latText + "\", \"" + lonText + "\" are not finite numbers (NaN, Infinity or too large); left out");
            return null;
        }
        if (round && Math.abs(lat) <= 1000 && Math.abs(lon) <= 1000) {
            lat = Math.round(lat * 1e6) / 1e6;
            lon = Math.round(lon * 1e6) / 1e6;
        }
        return IncidentReader.checkedPoint(lon, lat, problems);
    }

    /** Decimal numbers as JSON writes them (a decimal comma allowed); no hex, no {@code d}/{@code f} suffix. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)([.,][0-9]+)?([eE][+-]?[0-9]+)?");

    /** A coordinate's value; NaN for text that is not a decimal number (Double.parseDouble takes 0x1.3p5 and 39.2d). */
    private static double coordinate(String text) {
        if (isNotFinite(text)) {
            return Double.NaN;
        }
        return isDecimal(text) ? Double.parseDouble(text.replace(',', '.')) : Double.NaN;
    }

    /** True when the text matches {@link #NUMBER} (tested against it), without a matcher per cell. */
    static boolean isDecimal(String text) {
        int length = text.length();
        int i = 0;
        if (i < length && text.charAt(i) == '-') {
            i++;
        }
        int digits = digits(text, i);
        if (digits == 0 || digits > 1 && text.charAt(i) == '0') {
            return false;
        }
        i += digits;
        if (i < length && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
            int fraction = digits(text, i + 1);
            if (fraction == 0) {
                return false;
            }
            i += 1 + fraction;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = digits(text, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == length;
    }

    /** How many ASCII digits follow from an index. */
    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static boolean isNotFinite(String text) {
        String bare = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        return bare.equals("NaN") || bare.equals("Infinity");
    }

    /** One sentence iterator per thread: made per row, it cost as much as the rest of the row. */
    private static final ThreadLocal<java.text.BreakIterator> SENTENCES =
            ThreadLocal.withInitial(() -> java.text.BreakIterator.getSentenceInstance(Locale.ENGLISH));

    /**
     * Where the first sentences of a text end: element i is the end of sentence i + 1, or of the
     * last sentence when the text has fewer (0 when it has none), for {@link #upTo}. One walk gives
     * the first sentence and the first few.
     */
    private static int[] sentenceEnds(String text, int count) {
        java.text.BreakIterator sentences = SENTENCES.get();
        sentences.setText(text);
        int[] ends = new int[count];
        int end = 0;
        boolean done = false;
        for (int i = 0; i < count; i++) {
            if (!done) {
                int next = sentences.next();
                done = next == java.text.BreakIterator.DONE;
                end = done ? end : next;
            }
            ends[i] = end;
        }
        return ends;
    }

    /** The text up to a sentence end from {@link #sentenceEnds} (all of it for 0), trimmed. */
    private static String upTo(String text, int end) {
        return (end == 0 ? text : text.substring(0, end)).trim();
    }

    /**
     * The text, trimmed, cut after {@code words} words (runs of characters between the white space
     * of {@code \\s}: space, tab, line breaks, form feed, vertical tab) with " …"; joined by single spaces when cut.
     */
    static String cutWords(String text, int words) {
        String trimmed = text.trim();
        if (wordCount(trimmed, words + 1) <= words) {
            return trimmed;
        }
        StringBuilder cut = new StringBuilder();
        int count = 0;
        int i = 0;
        int length = trimmed.length();
        while (i < length) {
            while (i < length && isSpace(trimmed.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !isSpace(trimmed.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (++count > words) {
                    return cut.append(" …").toString();
                }
                cut.append(count > 1 ? " " : "").append(trimmed, start, i);
            }
        }
        return trimmed;
    }

    /** The words of a text, counted up to {@code most}. */
    private static int wordCount(String text, int most) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && count < most; i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /** White space as the regular expression {@code \\s} has it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Lower case, each run of characters other than 0-9 and a-z one "-", none at either end; "x" when nothing is left. */
    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                gap = false;
                slug.append(c);
            } else {
                gap = true;
            }
        }
        return slug.length() == 0 ? "x" : slug.toString();
    }
}
