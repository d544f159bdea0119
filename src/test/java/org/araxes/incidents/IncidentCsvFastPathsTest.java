// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV reader's hand-written checks (decision 0032) say exactly what the regular expressions and
 * formatters they replace said; the rows around them keep their lines with rows read on one thread
 * and stored on another.
 */
@DisplayName("The CSV reader's fast paths")
class IncidentCsvFastPathsTest {

    private static final DateTimeFormatter EXPORT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter EXPORT_HYPHENS = DateTimeFormatter.ofPattern("d-MMMM-uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private static LocalDate byFormatter(String text) {
        for (DateTimeFormatter format : List.of(EXPORT, EXPORT_HYPHENS)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next
            }
        }
        return null;
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "27 January 2023", "1 May 2023", "01 May 2023", "31 December 1999", "29 February 2024",
            "27-January-2023", "9-September-2001",
            // the formatters' answer is kept for these: the fast path passes them on
            "30 February 2023", "29 February 2023", "27 january 2023", "27 JANUARY 2023", "27 Jan 2023",
            "27 January 23", "27 January 02023", "127 January 2023", "27  January 2023", "27 January-2023",
            "0 January 2023", "32 January 2023", "27 Januaryy 2023", "January 2023", "2023", "", " 27 January 2023",
            "27 January 2023 ", "٢٧ January 2023", "1 May 0000"})
    @DisplayName("an export date is the day the export formats give, or left to them")
    void exportDate(String text) {
        LocalDate fast = IncidentCsvReader.exportDate(text);
        if (fast != null) {
            assertEquals(byFormatter(text), fast);
        }
        boolean plain = text.matches("\\d{1,2}( [A-Z][a-z]+ |-[A-Z][a-z]+-)\\d{4}") && byFormatter(text) != null
                && !text.endsWith("0000");
        assertEquals(plain, fast != null, "the fast path reads every plain, real export date and nothing else");
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)([.,][0-9]+)?([eE][+-]?[0-9]+)?");

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"39.2", "-45.1", "0", "0.5", "-0.5", "45,1", "1e5", "-4.51E+1", "4.5e-0", "12",
            "", "-", ".5", "5.", "05", "-05.1", "1e", "1e+", "1.2.3", "+4", "0x1.3p5", "39.2d", "4 5", " 4", "4 ",
            "NaN", "Infinity", "٣٩.٢", "1,2,3", "00"})
    @DisplayName("a coordinate is a decimal number exactly when the pattern of decimal numbers says so")
    void decimal(String text) {
        assertEquals(NUMBER.matcher(text).matches(), IncidentCsvReader.isDecimal(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"AZE123", "SYN-42-0000001", "  spaced out  ", "--x--", "ÄZE 12", "İstanbul 1",
            "", "!!!", "a__b..c", "Ağdam/Ağdərə", "日本 7"})
    @DisplayName("a slug is what the regular expressions made")
    void slug(String text) {
        String byRegex = text.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]+", "-").replaceAll("(^-|-$)", "");
        assertEquals(byRegex.isEmpty() ? "x" : byRegex, IncidentCsvReader.slug(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"one two three", "  one   two\tthree\nfour  ", "a b c d e f g", "single", "", "   ",
            "x\u000By\fz\rw", "non\u00A0breaking space stays in a word", "a b c d e"})
    @DisplayName("words are cut where splitting at white space cut them")
    void cutWords(String text) {
        for (int words : new int[] {1, 3, 5}) {
            String[] parts = text.trim().split("\\s+");
            String bySplit = parts.length <= words ? text.trim()
                    : String.join(" ", java.util.Arrays.copyOf(parts, words)) + " …";
            assertEquals(bySplit, IncidentCsvReader.cutWords(text, words), words + " words");
        }
    }

    @Nested
    @DisplayName("an ACLED file read on two threads")
    class TwoThreads {

        @Test
        @DisplayName("keeps BOM, CRLF, doubled quotes, quoted line breaks and Unicode, and names each problem's line in file order")
        void awkwardRows() {
            String text = "\uFEFFevent_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,location,"
                    + "geo_precision,latitude,longitude,source,notes\r\n"
                    + "AZE1,27 January 2023,1,Battles,Armed clash,Azərbaycan,,Ağdam,1,39.99,46.93,Trend,"
                    + "\"He said \"\"stop\"\", then left.\r\nA second line.\"\r\n"
                    + "AZE2,31 February 2023,1,Protests,Peaceful protest,ایران,,تبریز,1,38.08,46.29,IRNA,bad day\r\n"
                    + "AZE1,28 January 2023,1,Protests,Peaceful protest,Iran,,Tabriz,1,38.08,46.29,IRNA,same id\r\n"
                    + "AZE3,2023-01-29,1,Protests,Peaceful protest,Iran,,Tabriz,1,38.08,46.29,,no source\r\n"
                    + "AZE4,30 January 2023,1,Protests,Peaceful protest,ایران,,تبریز,1,38.08,46.29,IRNA,\"last, 😀\"\r\n";
            IncidentResult read = new IncidentReader().readCsv(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "acled.csv");
            assertEquals(List.of("inc-acled-aze1", "inc-acled-aze4"), read.incidents().stream().map(Incident::id).toList());
            Incident first = read.incidents().get(0);
            assertEquals(LocalDate.of(2023, 1, 27), first.date().start());
            assertEquals(List.of("Azərbaycan"), first.actors());
            assertEquals("Ağdam", first.location().name());
            assertTrue(first.summary().startsWith("He said \"stop\", then left."), first.summary());
            assertEquals("ایران", read.incidents().get(1).actors().get(0));
            assertTrue(read.incidents().get(1).summary().startsWith("last, 😀"), read.incidents().get(1).summary());
            // the first row spans lines 2 and 3
            assertEquals(List.of("line 4", "line 5", "line 6"), read.problems().stream().map(Problem::place).toList());
            assertTrue(read.problems().get(0).message().startsWith("bad date \"31 February 2023\" in event_date"), read.problems().get(0).message());
            assertTrue(read.problems().get(1).message().startsWith("duplicate id"), read.problems().get(1).message());
            assertTrue(read.problems().get(2).message().startsWith("no source"), read.problems().get(2).message());
        }
    }
}
