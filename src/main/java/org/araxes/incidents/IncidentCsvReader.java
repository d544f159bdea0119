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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        List<Incident> incidents = new ArrayList<>();
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
                    return new IncidentResult(fileName, incidents, problems);
                }
                List<String> absent = optional.stream().filter(c -> !header.containsKey(c)).toList();
                if (!absent.isEmpty()) {
                    problems.add(Problem.warning(fileName, "line 1", "no column " + String.join(", ", absent)
                            + "; read as empty"));
                }
                Set<String> ids = new HashSet<>();
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
                    Row row = new Row(record, header);
                    IncidentReader.FeatureProblems here =
                            new IncidentReader.FeatureProblems(fileName, "line " + line, problems);
                    if (record.size() < headerRecord.size()) {
                        here.warning("the row has " + record.size() + " values, the header " + headerRecord.size()
                                + "; the missing ones are read as empty");
                    }
                    Incident incident = araxes ? araxes(row, line, here)
                            : acled ? acled(row, line, fileName, here) : plain(row, line, fileName, here);
                    if (incident == null) {
                        continue;
                    }
                    if (!ids.add(incident.id())) {
                        here.error("duplicate id \"" + incident.id() + "\": an earlier row has the same id; this one is left out");
                        continue;
                    }
                    incidents.add(incident);
                    if (incident.point() != null) {
                        swaps.add(incident.point().lon(), incident.point().lat(), line);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String kept = incidents.isEmpty() ? "" : "; the " + incidents.size() + " incidents before it were kept";
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
        return new IncidentResult(fileName, incidents, problems);
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
            String name = record.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replace(' ', '_');
            columns.putIfAbsent(name, i);
        }
        return columns;
    }

    /** One CSV row, read by column name; absent columns and short rows give "". */
    private record Row(CSVRecord record, Map<String, Integer> header) {
        String get(String column) {
            Integer index = header.get(column);
            return index == null || index >= record.size() ? "" : record.get(index).trim();
        }

        /** A cell of an Araxes CSV, as it was before it was made safe ({@link IncidentCsvColumns#original}). */
        String original(String column) {
            return IncidentCsvColumns.original(get(column));
        }
    }

    private static Incident plain(Row row, long line, String fileName, IncidentReader.FeatureProblems problems) {
        String dateText = row.get("date");
        Incident.When when = flexibleDate(dateText, problems);
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
        String id = "inc-csv-" + slug(dateText) + "-" + line;
        return build(problems, id, title, title, Category.OTHER, List.of("unknown"), Role.PRIMARY, when, place, point, src);
    }

    private static Incident acled(Row row, long line, String fileName, IncidentReader.FeatureProblems problems) {
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
        String summary = notes.isEmpty() ? acledLine : firstSentences(notes, 3) + " (" + acledLine + ")";
        String quote = notes.isEmpty() ? acledLine : cutWords(firstSentences(notes, 1), 40);
        String eventId = row.get("event_id_cnty");
        String id = eventId.isEmpty() ? "inc-acled-" + day + "-" + line : "inc-acled-" + slug(eventId);
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
    private static Incident araxes(Row row, long line, IncidentReader.FeatureProblems problems) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        String id = row.original("id");
        p.put("id", id);
        p.put("title", row.original("title"));
        p.put("summary", row.original("notes"));
        p.put("category", row.original("category"));
        p.put("status", row.original("status"));
        p.put("role", row.original("role"));
        p.put("actors", jsonList(row, "actors", problems));
        Map<String, Object> date = new java.util.LinkedHashMap<>();
        date.put("start", row.original("event_date"));
        date.put("end", row.original("date_end"));
        date.put("precision", row.original("date_precision"));
        date.put("basis", row.original("date_basis"));
        date.put("note", row.original("date_note"));
        p.put("date", date);
        Map<String, Object> location = new java.util.LinkedHashMap<>();
        location.put("name", row.original("location"));
        location.put("precision", row.original("location_precision"));
        location.put("note", row.original("location_note"));
        p.put("location", location);
        p.put("sources", jsonList(row, "sources", problems));
        Incident.Point point = point(row.original("latitude"), row.original("longitude"), false, problems);
        if (problems.failed()) {
            return null;
        }
        org.locationtech.jts.geom.Geometry geometry = point == null ? null
                : GEOMETRY.createPoint(new org.locationtech.jts.geom.Coordinate(point.lon(), point.lat()));
        return IncidentReader.toIncident(new org.araxes.geo.GeoFeature((int) line, id.isEmpty() ? "#" + line : id,
                geometry, p), problems);
    }

    /** A cell holding a JSON list; an empty list, with an error, when it holds something else. */
    private static List<?> jsonList(Row row, String column, IncidentReader.FeatureProblems problems) {
        String cell = row.original(column);
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
        return NUMBER.matcher(text).matches() ? Double.parseDouble(text.replace(',', '.')) : Double.NaN;
    }

    private static boolean isNotFinite(String text) {
        String bare = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        return bare.equals("NaN") || bare.equals("Infinity");
    }

    private static String firstSentences(String text, int count) {
        java.text.BreakIterator sentences = java.text.BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int end = 0;
        for (int i = 0; i < count; i++) {
            int next = sentences.next();
            if (next == java.text.BreakIterator.DONE) {
                break;
            }
            end = next;
        }
        return (end == 0 ? text : text.substring(0, end)).trim();
    }

    private static String cutWords(String text, int words) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length <= words) {
            return text.trim();
        }
        return String.join(" ", java.util.Arrays.copyOf(parts, words)) + " …";
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
