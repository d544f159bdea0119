// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The text index")
class TextIndexTest {

    private static final List<String> TEXTS = List.of("Shelling reported near Jabrayil", "SHELLING near Fuzuli",
            "syn-42-0000001", "A shelling was reported on 2020-09-27 (synthetic quote 7).", "Արաքս գետ",
            "Араз", "İstanbul", "ΟΔΟΣ", "ارس", "😀 smile", "", "   ", "unknown", "Unknown source, near Aras", "5 \u212A (kelvin sign)");

    private static TextTable table(List<String> texts) {
        TextTable.Builder builder = new TextTable.Builder();
        texts.forEach(builder::add);
        return builder.build();
    }

    /** What a search must find: every string that, lower-cased, contains the text. */
    private static BitSet readingEveryString(TextTable table, String needle) {
        BitSet hits = new BitSet();
        for (int ref = 0; ref < table.size(); ref++) {
            if (table.get(ref).toLowerCase(Locale.ROOT).contains(needle)) {
                hits.set(ref);
            }
        }
        return hits;
    }

    @Nested
    @DisplayName("finds the same strings as reading every one of them")
    class SameAsReading {

        private final TextTable table = table(TEXTS);
        private final TextIndex index = TextIndex.of(table);

        @Test
        @DisplayName("for a word, part of a word, case ignored, in any script")
        void words() {
            for (String needle : List.of("shelling", "hell", "g", "near", "jabrayil", "արաքս", "րաք", "араз", "ρα",
                    "οδος", "ارس", "i̇stanbul", "smile", "unknown", "0000001", "2020", "7", "zzz", "k", "5 k")) {
                assertEquals(readingEveryString(table, needle), index.containing(needle), needle);
            }
        }

        @Test
        @DisplayName("for a text with spaces or signs between its words")
        void separators() {
            for (String needle : List.of("shelling near", "syn-42", "-42-", "2020-09-27", "quote 7).", "(synthetic",
                    "near aras", "ng ne", "unknown source,", "😀 s", "d near j", "shelling  near")) {
                assertEquals(readingEveryString(table, needle), index.containing(needle), needle);
            }
        }

        @Test
        @DisplayName("without an index (a table too large to index, decision 0030), and over compressed text")
        void reading() {
            PackedText.Builder packed = new PackedText.Builder();
            int[] refs = TEXTS.stream().mapToInt(packed::add).toArray(); // the empty string is number 0 there
            PackedText prose = packed.build();
            TextIndex indexedProse = TextIndex.of(prose);
            for (String needle : List.of("shelling", "hell", "араз", "shelling near", "syn-42", "-", "😀 s", "zzz")) {
                assertEquals(readingEveryString(table, needle), TextIndex.reading(table).containing(needle), needle);
                BitSet expected = new BitSet();
                readingEveryString(table, needle).stream().forEach(ref -> expected.set(refs[ref]));
                assertEquals(expected, TextIndex.reading(prose).containing(needle), needle);
                assertEquals(expected, indexedProse.containing(needle), needle);
            }
        }

        @Test
        @DisplayName("for a text of signs and spaces only")
        void signsOnly() {
            for (String needle : List.of("-", " ", "(", ").", "😀", ",")) {
                assertEquals(readingEveryString(table, needle), index.containing(needle), needle);
            }
        }
    }

    @Test
    @DisplayName("finds what reading finds over thousands of synthetic incidents' texts, for random pieces of them")
    void synthetic() {
        TextTable.Builder builder = new TextTable.Builder();
        for (Incident incident : new SyntheticIncidents(7).generate(3000)) {
            builder.add(incident.title());
            builder.add(incident.summary());
            builder.add(incident.id());
            incident.sources().forEach(s -> builder.add(s.quote()));
        }
        TextTable table = builder.build();
        TextIndex index = TextIndex.of(table);
        Random random = new Random(5);
        for (int k = 0; k < 300; k++) {
            String text = table.get(random.nextInt(table.size())).toLowerCase(Locale.ROOT);
            int from = random.nextInt(text.length());
            String needle = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(14)));
            assertEquals(readingEveryString(table, needle), index.containing(needle), needle);
        }
    }
}
