// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.write;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.araxes.incidents.Incident;

/**
 * Writes incidents as an ACLED export would hold them (the columns of ACLED's data export tool,
 * comma-separated, CRLF, {@code event_date} as {@code 27 January 2023}), streaming: for files that
 * load through {@link org.araxes.incidents.IncidentReader}'s ACLED mapping (docs/incidents-format.md
 * 7.1), such as the benchmarks' ACLED CSV of synthetic incidents. Only ACLED's facts are written, so
 * what reads back is what ACLED's mapping makes of them, not the incident itself (an Araxes CSV,
 * {@link IncidentCsvWriter}, reads back equal).
 *
 * <p>Cells as {@link IncidentCsvWriter} fills ACLED's columns; besides: {@code event_id_cnty} = the
 * id in upper case; {@code event_type} and {@code sub_event_type} = an ACLED type that ACLED's
 * mapping turns back into the category where one exists ({@link #eventType}). No cell is made
 * spreadsheet-safe: an ACLED export is not. The writer is not closed.
 */
public final class AcledCsvWriter {

    /** The columns written, in ACLED's order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "location", "geo_precision", "latitude", "longitude", "source", "notes");

    private static final DateTimeFormatter EXPORT_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private AcledCsvWriter() {
    }

    /** Writes a header and one row per incident, as they come. */
    public static void write(Iterator<Incident> incidents, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(COLUMNS);
        while (incidents.hasNext()) {
            csv.printRecord(row(incidents.next()));
        }
        csv.flush();
    }

    /** One incident's cells, in the order of {@link #COLUMNS}. */
    static List<String> row(Incident incident) {
        // event_date, time_precision, actor1, actor2, location, latitude, longitude, geo_precision, source, notes
        List<String> acled = IncidentCsvWriter.acled(incident);
        String[] type = eventType(incident);
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(incident.id().toUpperCase(Locale.ROOT));
        row.add(EXPORT_DATE.format(incident.date().start()));
        row.add(acled.get(1));
        row.add(type[0]);
        row.add(type[1]);
        row.add(acled.get(2));
        row.add(acled.get(3));
        row.add(acled.get(4));
        row.add(acled.get(7));
        row.add(acled.get(5));
        row.add(acled.get(6));
        row.add(acled.get(8));
        row.add(acled.get(9));
        return row;
    }

    /**
     * ACLED's event type and sub-event type for an incident's category: the inverse of ACLED's
     * mapping (docs/incidents-format.md 7.1) where it has one; a war and a border incident are both
     * battles (told apart by "border" in the notes), the categories ACLED has no type for are
     * strategic developments of the sub-type "Other".
     */
    static String[] eventType(Incident incident) {
        return switch (incident.category()) {
            case WAR, BORDER_INCIDENT -> new String[] {"Battles", "Armed clash"};
            case ATTACK -> new String[] {"Explosions/Remote violence", "Shelling/artillery/missile attack"};
            case ARREST_OR_EXPULSION -> new String[] {"Strategic developments", "Arrests"};
            case AGREEMENT -> new String[] {"Strategic developments", "Agreement"};
            case INFRASTRUCTURE -> new String[] {"Strategic developments", "Headquarters or base established"};
            case MILITARY_EXERCISE, DIPLOMATIC, STATEMENT -> new String[] {"Strategic developments", "Other"};
            case OTHER -> new String[] {"Protests", "Peaceful protest"};
        };
    }
}
