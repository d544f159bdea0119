// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The columns of an Araxes incident CSV and its rule for safe cells, shared by the writer
 * ({@link org.araxes.incidents.write.IncidentCsvWriter}) and the reader ({@link IncidentCsvReader}),
 * so that what one writes the other reads back equal. See {@code docs/incidents-format.md}, 7.4.
 *
 * <p>ACLED's column names come first, filled where an incident has the same fact; then Araxes's own
 * columns, which hold the rest exactly. A file with {@link #ARAXES_MARKERS} in its header is read as
 * an Araxes CSV, by these columns; one without them as an ACLED export or a plain table.
 *
 * <p><b>Safe cells</b> (OWASP, "CSV Injection"): a spreadsheet runs a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula. Such a cell
 * is written with a leading apostrophe ({@code '=HYPERLINK(…)}), which spreadsheets show as text.
 * Two exceptions keep the rule exact and numbers numeric: a cell that is a plain decimal number
 * ({@code -45.1}, {@code -0.5}; nothing else in it) is no formula and is written as it is, so a
 * western longitude stays a number; and a cell that already begins with an apostrophe gets one
 * more, so that reading removes exactly one apostrophe from every cell that begins with one.
 */
public final class IncidentCsvColumns {

    /** ACLED's columns, in ACLED's order, that an incident can fill. */
    public static final List<String> ACLED = List.of("event_date", "time_precision", "actor1", "actor2", "location",
            "latitude", "longitude", "geo_precision", "source", "notes");

    /** Araxes's own columns, after ACLED's. */
    public static final List<String> OURS = List.of("id", "title", "category", "actors", "status", "role",
            "date_end", "date_precision", "date_basis", "date_note", "location_precision", "location_note", "sources");

    /** Every column, in the order written. */
    public static final List<String> ALL = java.util.stream.Stream.concat(ACLED.stream(), OURS.stream()).toList();

    /** Columns whose presence in a header makes the file an Araxes CSV. */
    public static final List<String> ARAXES_MARKERS = List.of("id", "date_precision", "sources");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private IncidentCsvColumns() {
    }

    /** The cell as written: with a leading apostrophe when a spreadsheet could run it as a formula. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (risky && PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return risky || first == '\'' ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #safe}: one leading apostrophe removed. */
    public static String original(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /** True when a header (lower-case names) is an Araxes CSV's. */
    static boolean isAraxes(java.util.Set<String> header) {
        return header.containsAll(ARAXES_MARKERS);
    }
}
