// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.araxes.io.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Importing incidents from CSV")
class IncidentCsvImportTest {

    static IncidentResult csv(String text) {
        return new IncidentReader().readCsv(new StringReader(text), "import.csv");
    }

    @Nested
    @DisplayName("plain CSV (date, lat, lon, title, source)")
    class Plain {

        @Test
        @DisplayName("reads rows with day, month and year dates, and rows without coordinates")
        void readsRows() {
            IncidentResult result = csv("""
                    date,lat,lon,title,source
                    2022-10-21,39.2076,46.4058,Consulate opens in Kapan,https://example.org/kapan
                    2023-04,,,Notes exchanged,Jam News
                    2001,38.7,50.0,Survey boat threatened,Analyst
                    """);
            assertEquals(List.of(), result.problems());
            assertEquals(3, result.incidents().size());
            Incident kapan = result.incidents().get(0);
            assertEquals("inc-csv-2022-10-21-2", kapan.id());
            assertEquals(46.4058, kapan.point().lon());
            assertEquals(39.2076, kapan.point().lat());
            assertEquals(LocationPrecision.TOWN, kapan.location().precision());
            assertTrue(kapan.sources().get(0).link().isPresent());
            Incident notes = result.incidents().get(1);
            assertEquals(DatePrecision.MONTH, notes.date().precision());
            assertEquals(LocalDate.of(2023, 4, 30), notes.date().end());
            assertTrue(!notes.hasPoint());
            assertEquals(LocalDate.of(2001, 12, 31), result.incidents().get(2).date().end());
        }

        @Test
        @DisplayName("finds shuffled columns by name and ignores extra ones")
        void shuffled() {
            IncidentResult result = csv("""
                    Source;TITLE;extra;Lon;lat;date
                    Jam News;Expulsion;x;49.8671;40.4093;2023-04-06
                    """);
            assertEquals(List.of(), result.problems());
            assertEquals(49.8671, result.incidents().get(0).point().lon());
            assertEquals("Expulsion", result.incidents().get(0).title());
        }

        @Test
        @DisplayName("a quoted newline keeps the row whole and the next row's line number right")
        void quotedNewline() {
            IncidentResult result = csv("""
                    date,lat,lon,title,source
                    2022-10-21,39.2,46.4,"Two lines,
                    one title",Analyst
                    2022-13-01,39.2,46.4,Bad,Analyst
                    """);
            assertEquals(1, result.incidents().size());
            assertEquals("Two lines,\none title", result.incidents().get(0).title());
            assertEquals("line 4", result.problems().get(0).place());
        }

        @Test
        @DisplayName("a missing required column stops the import with one problem on line 1")
        void missingColumn() {
            IncidentResult result = csv("""
                    date,lat,lon,title
                    2022-10-21,39.2,46.4,No source
                    """);
            assertTrue(result.incidents().isEmpty());
            assertEquals("line 1", result.problems().get(0).place());
            assertTrue(result.problems().get(0).message().contains("lacks the column source"));
        }

        @ParameterizedTest(name = "line 2 \"{0}\" → {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
                2021-02-30,39,46,T,S   | February 2021 has no day 30
                2021-13-45,39,46,T,S   | there is no month 13
                2021-01-01,39,46,T,    | no source
                2021-01-01,139,46,T,S  | look swapped
                2021-01-01,39,,T,S     | only one of latitude and longitude
                2021-01-01,4x,46,T,S   | are not numbers
                ,39,46,T,S             | no date
                """)
        void badRows(String row, String expected) {
            IncidentResult result = csv("date,lat,lon,title,source\n" + row + "\n2021-05-05,39,46,Good,S\n");
            assertEquals(1, result.incidents().size(), result.problems().toString());
            Problem problem = result.problems().get(0);
            assertEquals("import.csv", problem.file());
            assertEquals("line 2", problem.place());
            assertTrue(problem.message().contains(expected), problem.message());
        }
    }

    @Nested
    @DisplayName("ACLED exports")
    class Acled {

        static final String HEADER = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,"
                + "location,latitude,longitude,geo_precision,source,notes,fatalities\n";

        @Test
        @DisplayName("maps dates, precisions, categories, actors and notes as documented")
        void mapsColumns() {
            IncidentResult result = csv(HEADER + """
                    AZE123,2023-04-06,1,Strategic developments,Arrests,Police Forces of Azerbaijan (2003-),Government of Iran (1989-),Baku,40.4093,49.8671,1,Report News,"On 6 April 2023, Azerbaijan expelled four Iranian diplomats. More text. Third. Fourth.",0
                    AZE124,27 January 2023,2,Battles,Armed clash,Military Forces of Azerbaijan (2003-),,Jabrayil,39.4,47.02,2,Trend,Clash at the border near Jabrayil.,0
                    AZE125,2022-10-15,3,Strategic developments,Other,Military Forces of Iran (1989-),,Jolfa,38.94,45.63,3,IRNA,Iran held an exercise near the Araz.,0
                    """);
            assertEquals(List.of(), result.problems());
            Incident arrest = result.incidents().get(0);
            assertEquals("inc-acled-aze123", arrest.id());
            assertEquals(Category.ARREST_OR_EXPULSION, arrest.category());
            assertEquals(Role.PRIMARY, arrest.role());
            assertEquals(Status.REPORTED, arrest.status());
            assertEquals(List.of("Police Forces of Azerbaijan (2003-)", "Government of Iran (1989-)"), arrest.actors());
            assertEquals("On 6 April 2023, Azerbaijan expelled four Iranian diplomats.", arrest.sources().get(0).quote());
            assertTrue(arrest.summary().contains("Third.") && !arrest.summary().contains("Fourth."), arrest.summary());
            assertEquals(LocationPrecision.TOWN, arrest.location().precision());
            assertEquals("Report News", arrest.sources().get(0).publisher());

            Incident clash = result.incidents().get(1);
            assertEquals(Category.BORDER_INCIDENT, clash.category());
            assertEquals(DatePrecision.APPROXIMATE, clash.date().precision());
            assertEquals(LocalDate.of(2023, 1, 24), clash.date().start());
            assertEquals(LocalDate.of(2023, 1, 30), clash.date().end());
            assertEquals(LocationPrecision.REGION, clash.location().precision());
            assertTrue(clash.location().note().contains("near Jabrayil"));
            assertEquals(Role.BACKGROUND, clash.role());

            Incident exercise = result.incidents().get(2);
            assertEquals(Category.MILITARY_EXERCISE, exercise.category());
            assertEquals(DatePrecision.MONTH, exercise.date().precision());
            assertEquals(LocalDate.of(2022, 10, 1), exercise.date().start());
            assertEquals(LocalDate.of(2022, 10, 31), exercise.date().end());
        }

        @Test
        @DisplayName("works with only the documented columns, shuffled, and warns about missing optional ones")
        void shuffledAndMissing() {
            IncidentResult result = csv("""
                    longitude,source,latitude,event_date,event_type
                    46.4,Trend,39.2,2022-10-21,Explosions/Remote violence
                    """);
            assertEquals(1, result.incidents().size());
            assertEquals(Category.ATTACK, result.incidents().get(0).category());
            assertEquals(1, result.problems().size());
            assertEquals(Problem.Severity.WARNING, result.problems().get(0).severity());
            assertTrue(result.problems().get(0).message().contains("no column time_precision"));
            assertTrue(result.incidents().get(0).id().startsWith("inc-acled-2022-10-21-2"));
        }
    }
}
