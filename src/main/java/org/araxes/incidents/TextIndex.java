// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Which strings of a {@link Texts} contain a text, case ignored, without reading them all:
 * a word index (decision 0027). Each string is lower-cased ({@link Locale#ROOT}, as
 * {@link IncidentFilter} lower-cases what is searched for) and cut into words, the runs of letters
 * and digits; the index keeps every distinct word once, in one string, and for each word the
 * numbers of the strings it occurs in: ascending, as gaps in variable-length bytes, or as a bit set
 * for a word met in at least one string in {@value #DENSE} ("synthetic", "the", "reported"), which
 * is then smaller and read at once.
 *
 * <p>A text without separators lies within one word of every string that contains it, so its
 * strings are those of the words that contain it: found with {@link String#indexOf} over the
 * words, then their lists read. A text with separators ("syn-42", "shelling near") narrows to the
 * strings holding a word that contains each of its runs, and only those are read to check it.
 * Immutable and thread-safe.
 */
final class TextIndex {

    /** The distinct words, each followed by {@code '\n'} (a word has none). */
    private final String words;
    /** Where each word starts in {@link #words}, and one past the end. */
    private final int[] wordStarts;
    /** Where each word's list of strings starts in {@link #postings}, and one past the end. */
    private final long[] postingStarts;
    /** The lists, as gaps between string numbers in 7-bit groups (the high bit: more follows). */
    private final byte[] postings;
    /** The words met in at least one string in {@value #DENSE}, ascending; their lists are bit sets instead. */
    private final int[] denseWords;
    private final BitSet[] denseLists;
    private final Texts table;

    /** A word met in at least one string in this many has its list as a bit set (smaller, and read at once). */
    private static final int DENSE = 12;

    private TextIndex(Texts table, String words, int[] wordStarts, long[] postingStarts, byte[] postings,
                      int[] denseWords, BitSet[] denseLists) {
        this.table = table;
        this.words = words;
        this.wordStarts = wordStarts;
        this.postingStarts = postingStarts;
        this.postings = postings;
        this.denseWords = denseWords;
        this.denseLists = denseLists;
    }

    /** Indexes every string of a table: two passes, the first numbering the words, the second writing their lists. */
    static TextIndex of(Texts table) {
        TextTable.Builder vocabulary = new TextTable.Builder();
        IntArray lastString = new IntArray();
        IntArray bytes = new IntArray();
        IntArray counts = new IntArray();
        int[] seen = new int[64];
        int strings = table.size();
        for (int ref = 0; ref < strings; ref++) {
            int count = wordsOf(table.get(ref), vocabulary, seen);
            seen = count < 0 ? Arrays.copyOf(seen, seen.length * 2) : seen;
            if (count < 0) {
                ref--; // more words than room: again with more
                continue;
            }
            for (int k = 0; k < count; k++) {
                int word = seen[k];
                int last = lastString.get(word, -1);
                bytes.set(word, bytes.get(word, 0) + varintLength(ref - last));
                counts.set(word, counts.get(word, 0) + 1);
                lastString.set(word, ref);
            }
        }
        int wordCount = vocabulary.size();
        long[] starts = new long[wordCount + 1];
        IntArray dense = new IntArray();
        for (int w = 0; w < wordCount; w++) {
            boolean isDense = (long) counts.get(w, 0) * DENSE >= strings;
            if (isDense) {
                dense.set(dense.size, w);
            }
            starts[w + 1] = starts[w] + (isDense ? 0 : bytes.get(w, 0));
        }
        int[] denseWords = Arrays.copyOf(dense.values, dense.size);
        BitSet[] denseLists = new BitSet[denseWords.length];
        for (int d = 0; d < denseLists.length; d++) {
            denseLists[d] = new BitSet(strings);
        }
        if (starts[wordCount] > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("the text index would pass 2 GB");
        }
        byte[] postings = new byte[(int) starts[wordCount]];
        long[] cursor = Arrays.copyOf(starts, wordCount);
        int[] previous = new int[wordCount];
        Arrays.fill(previous, -1);
        for (int ref = 0; ref < strings; ref++) {
            int count = wordsOf(table.get(ref), vocabulary, seen);
            for (int k = 0; k < count; k++) {
                int word = seen[k];
                int d = Arrays.binarySearch(denseWords, word);
                if (d >= 0) {
                    denseLists[d].set(ref);
                    continue;
                }
                int gap = ref - previous[word];
                previous[word] = ref;
                int at = (int) cursor[word];
                while (gap >= 0x80) {
                    postings[at++] = (byte) (gap | 0x80);
                    gap >>>= 7;
                }
                postings[at++] = (byte) gap;
                cursor[word] = at;
            }
        }
        StringBuilder joined = new StringBuilder();
        int[] wordStarts = new int[wordCount + 1];
        for (int w = 0; w < wordCount; w++) {
            wordStarts[w] = joined.length();
            joined.append(vocabulary.get(w)).append('\n');
        }
        wordStarts[wordCount] = joined.length();
        return new TextIndex(table, joined.toString(), wordStarts, starts, postings, denseWords, denseLists);
    }

    /**
     * The distinct words of a string, lower-cased, numbered in the vocabulary, into {@code into}.
     *
     * @return how many, or -1 when {@code into} has no room for them all
     */
    private static int wordsOf(String text, TextTable.Builder vocabulary, int[] into) {
        int count = 0;
        for (String run : runsOf(text.toLowerCase(Locale.ROOT))) {
            int word = vocabulary.add(run);
            boolean known = false;
            for (int k = 0; k < count && !known; k++) {
                known = into[k] == word;
            }
            if (!known) {
                if (count == into.length) {
                    return -1;
                }
                into[count++] = word;
            }
        }
        return count;
    }

    private static int varintLength(int value) {
        return value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5;
    }

    /**
     * The numbers of the strings that contain a text once lower-cased.
     *
     * @param needle the text searched for, lower-cased with {@link Locale#ROOT}, not empty
     */
    BitSet containing(String needle) {
        if (words == null) {
            return checked(needle, null);
        }
        List<String> runs = runsOf(needle);
        if (runs.isEmpty()) { // only separators: read every string
            return checked(needle, null);
        }
        BitSet hits = null;
        for (String run : runs) {
            BitSet withRun = stringsWithWordContaining(run);
            if (hits == null) {
                hits = withRun;
            } else {
                hits.and(withRun);
            }
        }
        boolean oneRun = runs.size() == 1 && runs.get(0).length() == needle.length();
        return oneRun ? hits : checked(needle, hits);
    }

    /** The runs of letters and digits of a text: its words. */
    private static List<String> runsOf(String text) {
        List<String> runs = new java.util.ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int from = i;
            while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > from) {
                runs.add(text.substring(from, i));
            }
        }
        return runs;
    }

    /** The strings in which some word contains a run of letters and digits. */
    private BitSet stringsWithWordContaining(String run) {
        BitSet strings = new BitSet(table.size());
        int lastWord = -1;
        for (int at = words.indexOf(run); at >= 0; at = words.indexOf(run, at + 1)) {
            int word = wordAt(at);
            if (word != lastWord) {
                lastWord = word;
                readPostings(word, strings);
            }
        }
        return strings;
    }

    /** The number of the word at a place in {@link #words}. */
    private int wordAt(int at) {
        int found = Arrays.binarySearch(wordStarts, at);
        return found >= 0 ? found : -found - 2;
    }

    private void readPostings(int word, BitSet into) {
        int d = Arrays.binarySearch(denseWords, word);
        if (d >= 0) {
            into.or(denseLists[d]);
            return;
        }
        int at = (int) postingStarts[word];
        int end = (int) postingStarts[word + 1];
        int ref = -1;
        while (at < end) {
            int gap = 0;
            int shift = 0;
            byte b;
            do {
                b = postings[at++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            ref += gap;
            into.set(ref);
        }
    }

    /** The strings among some (every string when null) that contain a text, each read to check. */
    private BitSet checked(String needle, BitSet among) {
        BitSet hits = new BitSet(table.size());
        byte[] ascii = needle.chars().allMatch(c -> c < 0x80) ? needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII) : null;
        if (among == null) {
            for (int ref = 0; ref < table.size(); ref++) {
                if (table.containsLowerCased(ref, needle, ascii)) {
                    hits.set(ref);
                }
            }
        } else {
            for (int ref = among.nextSetBit(0); ref >= 0; ref = among.nextSetBit(ref + 1)) {
                if (table.containsLowerCased(ref, needle, ascii)) {
                    hits.set(ref);
                }
            }
        }
        return hits;
    }

    /**
     * No index: every string read at each search (decision 0030). For more texts than an index of
     * them fits beside in the memory budget: ten million incidents' index would take ~670 MB.
     */
    static TextIndex reading(Texts table) {
        return new TextIndex(table, null, null, null, null, null, null);
    }

    /** Bytes the index holds (its words as a string of one byte per character, its lists and their starts). */
    long bytes() {
        if (words == null) {
            return 0;
        }
        long dense = 0;
        for (BitSet list : denseLists) {
            dense += list.size() / 8;
        }
        return words.length() + 4L * wordStarts.length + 8L * postingStarts.length + postings.length + dense;
    }

    /** A growable array of ints with a default for places not yet set. */
    private static final class IntArray {
        private int[] values = new int[1 << 10];
        private int size;

        int get(int index, int absent) {
            return index < size ? values[index] : absent;
        }

        /** Sets a value; a place past the end must be the next one (words are numbered as they are met). */
        void set(int index, int value) {
            if (index > size) {
                throw new IllegalArgumentException("set " + index + " past " + size);
            }
            if (index == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            size = Math.max(size, index + 1);
            values[index] = value;
        }
    }
}
