// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationTest {

    private static Incident.Source source(String publisher, String author, String title, String published) {
        return new Incident.Source("000_adae4599e5ad419d.txt", publisher, author, title, published, "a quote");
    }

    @Test
    @DisplayName("an article with no headline, publisher or author: its lead sentence, 'unattributed article', an approximate month")
    void unattributed() {
        assertEquals("“Tension between Azerbaijan and Iran is increasing”, unattributed article, c. November 2022",
                Citation.of(source("unknown", "unknown", "[Tension between Azerbaijan and Iran is increasing]", "2022-11")));
        assertTrue(Citation.hasSuppliedTitle(source("unknown", "unknown", "[Tension]", "2022-11")));
    }

    @Test
    @DisplayName("a fully known article: author, title (its quotation marks single), publisher without the editors' parenthesis, the day")
    void known() {
        Incident.Source shaffer = source("The Central Asia-Caucasus Analyst (Central Asia-Caucasus Institute)",
                "Brenda Shaffer", "President Aliyev: “Relations between Azerbaijan and Iran are at the Lowest Level Ever”",
                "2023-05-08");
        assertEquals("Brenda Shaffer, “President Aliyev: ‘Relations between Azerbaijan and Iran are at the Lowest Level Ever’”,"
                + " The Central Asia-Caucasus Analyst, 8 May 2023", Citation.of(shaffer));
        assertFalse(Citation.hasSuppliedTitle(shaffer));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # an author on a site that names itself nowhere
            author, no publisher    | unknown  | Roshan Amiri | Last developments | 2021-10    | Roshan Amiri, “Last developments”, publisher not named, c. October 2021
            # a CSV import: only the publisher is known
            publisher only          | Reuters  | unknown      | unknown           | unknown    | title not given, Reuters, date not given
            # a year alone
            a year                  | Jam News | unknown      | What Iran wants   | 2023       | “What Iran wants”, Jam News, c. 2023
            # nothing at all: still no file name
            nothing known           | unknown  | unknown      | unknown           | unknown    | title not given, unattributed article, date not given
            """)
    void unknowns(String what, String publisher, String author, String title, String published, String expected) {
        assertEquals(expected, Citation.of(source(publisher, author, title, published)));
    }

    @Test
    @DisplayName("no citation of the bundled incidents names a file, and none is cut with an ellipsis")
    void bundledIncidentsNeverNameAFile() {
        java.util.List<Incident> bundled = org.araxes.model.Atlas.load(Path.of("geodata"))
                .layersOfKind(org.araxes.io.LayerInfo.Kind.INCIDENTS).stream()
                .flatMap(l -> IncidentReader.fromGeoJson(new org.araxes.io.GeoJsonResult(l.fileName(), l.info(),
                        l.features(), l.problems())).incidents().stream())
                .toList();
        assertFalse(bundled.isEmpty());
        for (Incident incident : bundled) {
            for (Incident.Source source : incident.sources()) {
                String citation = Citation.of(source);
                assertFalse(citation.contains(source.file()) || citation.contains(".txt"), citation);
                assertFalse(citation.contains("…"), citation);
                assertFalse(citation.contains("title not given"), "every bundled source has a title or a lead sentence: " + citation);
            }
        }
    }

    @org.junit.jupiter.api.Nested
    @DisplayName("in a reference-list style")
    class Styles {

        private final Incident.Source shaffer = new Incident.Source("https://www.cacianalyst.org/publications/analytical-articles/item/13756",
                "The Central Asia-Caucasus Analyst (Central Asia-Caucasus Institute)", "Brenda Shaffer",
                "President Aliyev: “Relations between Azerbaijan and Iran are at the Lowest Level Ever”", "2023-05-08", "q");
        private final Incident.Source unattributed = source("unknown", "unknown",
                "[Tension between Azerbaijan and Iran is increasing]", "2022-11");

        @Test
        @DisplayName("APA: surname and initials, (year, month day), title, publisher, link")
        void apa() {
            assertEquals("Shaffer, B. (2023, May 8). President Aliyev: “Relations between Azerbaijan and Iran are at the Lowest"
                    + " Level Ever”. The Central Asia-Caucasus Analyst. https://www.cacianalyst.org/publications/analytical-articles/item/13756",
                    Citation.of(Citation.Style.APA, shaffer));
        }

        @Test
        @DisplayName("Chicago: surname, given name; the title in quotation marks; publisher and US date; link")
        void chicago() {
            assertEquals("Shaffer, Brenda. “President Aliyev: ‘Relations between Azerbaijan and Iran are at the Lowest Level Ever’.”"
                    + " The Central Asia-Caucasus Analyst, May 8, 2023. https://www.cacianalyst.org/publications/analytical-articles/item/13756.",
                    Citation.of(Citation.Style.CHICAGO, shaffer));
        }

        @Test
        @DisplayName("with no author the title leads, the editors' bracketed title stays bracketed, a month alone is a month")
        void noAuthor() {
            assertEquals("[Tension between Azerbaijan and Iran is increasing]. (2022, November).",
                    Citation.of(Citation.Style.APA, unattributed));
            assertEquals("[Tension between Azerbaijan and Iran is increasing]. November 2022.",
                    Citation.of(Citation.Style.CHICAGO, unattributed));
        }

        @Test
        @DisplayName("nothing known: n.d., an untitled article, and never the file name")
        void nothing() {
            Incident.Source none = source("unknown", "unknown", "unknown", "unknown");
            assertEquals("[Untitled article] (n.d.).", Citation.of(Citation.Style.APA, none));
            assertEquals("n.d.", Citation.of(Citation.Style.CHICAGO, none));
            assertFalse(Citation.of(Citation.Style.APA, none).contains("000_"));
        }

        @Test
        @DisplayName("a list has each entry once, sorted, one per line")
        void list() {
            String list = Citation.list(Citation.Style.APA, java.util.List.of(shaffer, unattributed, shaffer));
            assertEquals(java.util.List.of(Citation.of(Citation.Style.APA, unattributed), Citation.of(Citation.Style.APA, shaffer)),
                    list.lines().toList());
        }
    }
}
