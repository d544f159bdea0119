// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Compressed text (PackedText)")
class PackedTextTest {

    /** Adds strings, returning their numbers. */
    private static int[] addAll(PackedText.Builder builder, List<String> strings) {
        int[] refs = new int[strings.size()];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = builder.add(strings.get(i));
        }
        return refs;
    }

    /** Strings unlike each other filling many blocks: as a set's summaries and quotes. */
    private static List<String> prose(int count) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            strings.add("Event " + i + ": shelling reported near the border, " + (i * 7919 % 1000) + " people affected.");
        }
        return strings;
    }

    @Test
    @DisplayName("gives back every string of many blocks, numbered in the order added")
    void manyBlocks() {
        List<String> strings = prose(5_000); // ~70 bytes each: about twenty blocks
        PackedText.Builder builder = new PackedText.Builder();
        int[] refs = addAll(builder, strings);
        PackedText text = builder.build();
        for (int i = 0; i < refs.length; i++) {
            assertEquals(i + 1, refs[i], "number 0 is the empty string");
            assertEquals(strings.get(i), text.get(refs[i]));
        }
        for (int i = refs.length - 1; i >= 0; i -= 97) { // backwards and jumping: blocks decoded again
            assertEquals(strings.get(i), text.get(refs[i]));
        }
        assertEquals(strings.size() + 1, text.size());
        long raw = strings.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        assertTrue(text.compressedBytes() * 3 < raw, text.compressedBytes() + " compressed of " + raw);
    }

    @Test
    @DisplayName("keeps text beyond ASCII whole: Cyrillic, Armenian, Persian, emoji, a NUL character")
    void unicode() {
        List<String> strings = List.of("Ордубад", "Նախիջևան", "جلفا — Culfa", "😀 two 😀 emoji", "a\u0000b", "K\u212A");
        PackedText.Builder builder = new PackedText.Builder();
        int[] refs = addAll(builder, strings);
        PackedText text = builder.build();
        for (int i = 0; i < refs.length; i++) {
            assertEquals(strings.get(i), text.get(refs[i]));
        }
    }

    @Test
    @DisplayName("numbers the empty string 0 always, and an empty builder holds only it")
    void empty() {
        PackedText.Builder builder = new PackedText.Builder();
        assertEquals(0, builder.add(""));
        assertEquals(1, builder.add("x"));
        assertEquals(0, builder.add(""));
        PackedText text = builder.build();
        assertEquals("", text.get(0));
        assertEquals(2, text.size());
        PackedText none = new PackedText.Builder().build();
        assertEquals(1, none.size());
        assertEquals("", none.get(0));
        assertThrows(IndexOutOfBoundsException.class, () -> none.get(1));
    }

    @Test
    @DisplayName("keeps a string larger than a block whole, and its neighbours on either side")
    void largerThanABlock() {
        String huge = "Ա".repeat(PackedText.BLOCK); // two bytes a letter: two blocks' worth
        List<String> strings = List.of("before", huge, "after", "x".repeat(PackedText.BLOCK - 3), "last");
        PackedText.Builder builder = new PackedText.Builder();
        int[] refs = addAll(builder, strings);
        PackedText text = builder.build();
        for (int i = 0; i < refs.length; i++) {
            assertEquals(strings.get(i), text.get(refs[i]));
        }
    }

    @Test
    @DisplayName("reads the first and last string of every block, where one block ends and the next starts")
    void blockBoundaries() {
        // strings of 1,000 bytes: a block of 16 KB closes after 16 of them, exactly at its size
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            strings.add(String.format(Locale.ROOT, "%04d", i) + "y".repeat(996));
        }
        PackedText.Builder builder = new PackedText.Builder();
        int[] refs = addAll(builder, strings);
        PackedText text = builder.build();
        for (int i = 0; i < refs.length; i++) {
            assertEquals(strings.get(i), text.get(refs[i]), "string " + i);
        }
    }

    @Test
    @DisplayName("numbers a string met lately once")
    void recentOnce() {
        PackedText.Builder builder = new PackedText.Builder();
        int first = builder.add("unknown");
        builder.add("something else");
        assertEquals(first, builder.add("unknown"));
    }

    @Test
    @DisplayName("tells whether a string lower-cased contains a text, as String.contains would")
    void containsLowerCased() {
        List<String> strings = List.of("Shelling NEAR Kapan", "Ордубад", "KELVIN \u212A sign", "");
        PackedText.Builder builder = new PackedText.Builder();
        int[] refs = addAll(builder, strings);
        PackedText text = builder.build();
        for (String needle : List.of("near kapan", "ордуб", "k sign", "kelvin k", "x", "g")) {
            byte[] ascii = needle.chars().allMatch(c -> c < 0x80) ? needle.getBytes(StandardCharsets.US_ASCII) : null;
            for (int i = 0; i < refs.length; i++) {
                assertEquals(strings.get(i).toLowerCase(Locale.ROOT).contains(needle),
                        text.containsLowerCased(refs[i], needle, ascii), strings.get(i) + " / " + needle);
            }
        }
    }

    @Test
    @DisplayName("gives the same strings to several threads reading at once")
    void threads() throws Exception {
        List<String> strings = prose(20_000);
        PackedText.Builder builder = new PackedText.Builder();
        int[] refs = addAll(builder, strings);
        PackedText text = builder.build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> all = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                all.add(pool.submit(() -> {
                    for (int i = offset; i < refs.length; i += 3) {
                        if (!strings.get(i).equals(text.get(refs[i]))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> each : all) {
                assertTrue(each.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
