// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.araxes.incidents.Category;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.SyntheticIncidents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Writing incidents as an ACLED export")
class AcledCsvWriterTest {

    private static final List<Incident> INCIDENTS = new SyntheticIncidents(7).generate(400).stream()
            .filter(Incident::hasPoint).toList();

    private static String written(List<Incident> incidents) throws IOException {
        StringWriter out = new StringWriter();
        AcledCsvWriter.write(incidents.iterator(), out);
        return out.toString();
    }

    @Test
    @DisplayName("writes ACLED's export columns and its dates as 27 January 2023, one CRLF row per incident")
    void writesTheExportForm() throws IOException {
        String[] lines = written(INCIDENTS).split("\r\n");
        assertEquals(String.join(",", AcledCsvWriter.COLUMNS), lines[0]);
        assertEquals(INCIDENTS.size() + 1, lines.length);
        Incident first = INCIDENTS.get(0);
        String day = first.date().start().getDayOfMonth() + " "
                + first.date().start().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + first.date().start().getYear();
        assertTrue(lines[1].startsWith(first.id().toUpperCase(java.util.Locale.ROOT) + "," + day + ","), lines[1]);
    }

    @Test
    @DisplayName("reads back through ACLED's mapping: every row, its id, day, point, publisher and, where ACLED has a type for it, its category")
    void readsBackAsAcled() throws IOException {
        IncidentResult read = new IncidentReader().readCsv(new StringReader(written(INCIDENTS)), "acled.csv");
        assertEquals(List.of(), read.problems());
        assertEquals(INCIDENTS.size(), read.incidents().size());
        List<Category> kept = List.of(Category.ATTACK, Category.ARREST_OR_EXPULSION,
                Category.AGREEMENT, Category.INFRASTRUCTURE, Category.MILITARY_EXERCISE);
        List<Category> battles = List.of(Category.WAR, Category.BORDER_INCIDENT); // told apart by "border" in the notes
        java.util.Map<String, Incident> byId = new java.util.HashMap<>();
        read.incidents().forEach(i -> byId.put(i.id(), i));
        for (Incident written : INCIDENTS) {
            Incident back = byId.get("inc-acled-" + written.id());
            if (written.date().precision() == DatePrecision.DAY && written.date().end().equals(written.date().start())) {
                assertEquals(written.date().start(), back.date().start(), written.id()); // time_precision 1
            }
            assertEquals(written.point().lon(), back.point().lon(), 1e-6, written.id());
            assertEquals(written.point().lat(), back.point().lat(), 1e-6, written.id());
            assertEquals(written.sources().get(0).publisher(), back.sources().get(0).publisher().split("; ")[0]);
            if (kept.contains(written.category())) {
                assertEquals(written.category(), back.category(), written.id());
            } else if (battles.contains(written.category())) {
                assertTrue(battles.contains(back.category()), written.id());
            }
        }
    }
}
