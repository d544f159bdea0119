// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentCsvColumns;

/**
 * Writes incidents as CSV (RFC 4180: comma, double quotes, CRLF; UTF-8 with a byte-order mark so
 * spreadsheets read non-Latin letters) with the columns of {@link IncidentCsvColumns}: ACLED's
 * names first, then Araxes's. Every cell passes {@link IncidentCsvColumns#safe}, so no cell runs as
 * a formula in a spreadsheet while coordinates stay numbers. {@link org.araxes.incidents.IncidentReader}
 * reads the file back equal (text cells lose surrounding spaces, as every CSV cell read does).
 *
 * <p>ACLED's columns: {@code event_date} = the first day; {@code time_precision} 1 for a known
 * single day, 2 for a window of up to a week, else 3; {@code actor1}, {@code actor2} = the first two
 * actors; {@code location} = the place's name; {@code latitude}, {@code longitude} at most 7
 * decimals, empty when there is no point; {@code geo_precision} 1 for a site or town, 3 otherwise;
 * {@code source} = the publishers, joined by "; "; {@code notes} = the summary. ACLED's event types
 * are left out: Araxes's categories do not map onto them one to one ({@code category} has ours).
 * {@code actors} and {@code sources} hold JSON lists, exactly. The stream is not closed.
 */
public final class IncidentCsvWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IncidentCsvWriter() {
    }

    /** Writes the incidents as UTF-8 CSV bytes, with a byte-order mark. */
    public static void write(List<Incident> incidents, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write('\uFEFF');
        write(incidents, text);
        text.flush();
    }

    /** Writes the incidents as CSV text (no byte-order mark). */
    public static void write(List<Incident> incidents, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(IncidentCsvColumns.ALL);
        for (Incident incident : incidents) {
            List<String> row = new ArrayList<>(IncidentCsvColumns.ALL.size());
            for (String cell : row(incident)) {
                row.add(IncidentCsvColumns.safe(cell));
            }
            csv.printRecord(row);
        }
        csv.flush();
    }

    /** One incident's cells, before they are made safe, in the order of {@link IncidentCsvColumns#ALL}. */
    static List<String> row(Incident incident) throws IOException {
        Incident.When date = incident.date();
        List<String> actors = incident.actors();
        List<Map<String, String>> sources = new ArrayList<>();
        for (Incident.Source source : incident.sources()) {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("file", source.file());
            s.put("publisher", source.publisher());
            s.put("author", source.author());
            s.put("title", source.title());
            s.put("published", source.published());
            s.put("quote", source.quote());
            sources.add(s);
        }
        List<String> row = new ArrayList<>(acled(incident));
        row.addAll(List.of(
                // ours
                incident.id(),
                incident.title(),
                incident.category().code(),
                JSON.writeValueAsString(actors),
                incident.status().code(),
                incident.role().code(),
                date.end().toString(),
                date.precision().code(),
                date.basis().code(),
                date.note(),
                incident.location().precision().code(),
                incident.location().note(),
                JSON.writeValueAsString(sources)));
        return row;
    }

    /**
     * One incident's cells in ACLED's columns ({@link IncidentCsvColumns#ACLED}, in that order),
     * before they are made safe: the one mapping of an incident onto ACLED's columns, for this
     * writer and {@link AcledCsvWriter}.
     */
    static List<String> acled(Incident incident) {
        Incident.When date = incident.date();
        Incident.Point point = incident.point();
        List<String> actors = incident.actors();
        List<String> publishers = new ArrayList<>();
        for (Incident.Source source : incident.sources()) {
            if (!publishers.contains(source.publisher())) {
                publishers.add(source.publisher());
            }
        }
        return List.of(
                date.start().toString(),
                timePrecision(date),
                actors.size() > 0 ? actors.get(0) : "",
                actors.size() > 1 ? actors.get(1) : "",
                incident.location().name(),
                point == null ? "" : IncidentGeoJsonWriter.coordinate(point.lat()),
                point == null ? "" : IncidentGeoJsonWriter.coordinate(point.lon()),
                switch (incident.location().precision()) {
                    case SITE, TOWN -> "1";
                    default -> "3";
                },
                String.join("; ", publishers),
                incident.summary());
    }

    /** ACLED's time_precision: 1 a known day, 2 a window of up to a week, 3 anything longer. */
    static String timePrecision(Incident.When date) {
        long days = date.end().toEpochDay() - date.start().toEpochDay() + 1;
        if (date.precision() == DatePrecision.DAY && days == 1) {
            return "1";
        }
        return days <= 7 && date.precision() != DatePrecision.MONTH && date.precision() != DatePrecision.YEAR ? "2" : "3";
    }
}
