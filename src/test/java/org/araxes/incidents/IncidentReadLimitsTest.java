// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Memory is a limit, not a crash: a CSV field, header or unclosed quote longer than the row limit
 * is a problem naming its line. A 1 GB field is simulated with a small limit (no gigabytes written).
 */
@DisplayName("A CSV row longer than the row length limit")
class IncidentReadLimitsTest {

    private static final int LIMIT = 1_000;
    private static final String HEADER = "date,lat,lon,title,source\n";

    /** Characters generated as they are read: a reader that never holds the long text. */
    private static Reader text(String head, char filler, long fillerCount, String tail) {
        return new Reader() {
            private long at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                long total = head.length() + fillerCount + tail.length();
                if (at >= total) {
                    return -1;
                }
                int n = 0;
                while (n < length && at < total) {
                    long i = at++;
                    buffer[offset + n++] = i < head.length() ? head.charAt((int) i)
                            : i < head.length() + fillerCount ? filler : tail.charAt((int) (i - head.length() - fillerCount));
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<Problem> errors(IncidentResult result) {
        return result.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    @Test
    @DisplayName("a long field stops the read at its row, and the rows before it are kept")
    void longField() {
        IncidentResult result = new IncidentCsvReader(LIMIT).read(text(HEADER + "2023-01-27,39.2,46.4,Ok,Agency\n"
                + "2023-01-28,39.2,46.4,", 'x', 10_000_000, ",Agency\n"), "long.csv");
        assertEquals(1, result.incidents().size());
        assertEquals(List.of(Problem.error("long.csv", "line 3", "a row is longer than 1000 characters (row length limit);"
                + " the 1 incidents before it were kept")), errors(result));
    }

    @Test
    @DisplayName("a header line longer than the limit is named at line 1")
    void longHeader() {
        IncidentResult result = new IncidentCsvReader(LIMIT).read(text("date,lat,lon,title,source,", 'h', 10_000_000,
                "\n2023-01-27,39.2,46.4,Ok,Agency\n"), "header.csv");
        assertEquals(0, result.incidents().size());
        assertEquals("line 1", errors(result).get(0).place());
        assertTrue(errors(result).get(0).message().startsWith("a row is longer than 1000 characters"), result.problems().toString());
    }

    @Test
    @DisplayName("an unclosed quote followed by many short lines stops at the row where the quote opened")
    void unclosedQuote() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            lines.append("2023-01-28,39.2,46.4,Row,Agency\n");
        }
        IncidentResult result = new IncidentCsvReader(LIMIT).read(new StringReader(HEADER + "2023-01-27,39.2,46.4,\"Open,Agency\n"
                + lines), "quote.csv");
        assertEquals("line 2", errors(result).get(0).place(), result.problems().toString());
        assertTrue(errors(result).get(0).message().startsWith("a row is longer than 1000 characters"), result.problems().toString());
    }
}
