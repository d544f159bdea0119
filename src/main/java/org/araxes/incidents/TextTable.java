// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings kept compactly: each distinct string once, as UTF-8 in one byte array, addressed by a
 * number. A million incidents hold a few hundred megabytes of text as {@link String} objects and
 * about a third of that here. Build with {@link Builder}; immutable and thread-safe once built.
 */
final class TextTable implements Texts {

    private final byte[] bytes;
    private final int[] offsets;

    private TextTable(byte[] bytes, int[] offsets) {
        this.bytes = bytes;
        this.offsets = offsets;
    }

    @Override
    public String get(int ref) {
        int from = offsets[ref];
        return new String(bytes, from, offsets[ref + 1] - from, StandardCharsets.UTF_8);
    }

    @Override
    public boolean containsLowerCased(int ref, String needle, byte[] asciiNeedle) {
        return containsLowerCased(bytes, offsets[ref], offsets[ref + 1], needle, asciiNeedle);
    }

    /**
     * Whether UTF-8 text, lower-cased ({@link java.util.Locale#ROOT}), contains a text: read as
     * bytes, without decoding, when both are ASCII.
     *
     * @param needle      the text, lower-cased
     * @param asciiNeedle its bytes when it is ASCII, else null
     */
    static boolean containsLowerCased(byte[] bytes, int from, int to, String needle, byte[] asciiNeedle) {
        boolean ascii = asciiNeedle != null;
        for (int i = from; i < to && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (!ascii) { // a letter beyond ASCII may lower-case to one within it (K, the kelvin sign)
            return new String(bytes, from, to - from, StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT)
                    .contains(needle);
        }
        int n = asciiNeedle.length;
        next:
        for (int i = from; i <= to - n; i++) {
            for (int k = 0; k < n; k++) {
                int c = bytes[i + k];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != asciiNeedle[k]) {
                    continue next;
                }
            }
            return true;
        }
        return false;
    }

    /** Number of distinct strings. */
    @Override
    public int size() {
        return offsets.length - 1;
    }

    /**
     * Collects strings, numbering each distinct one once. It keeps no {@link String}: the strings
     * are found again by their hash in an open-addressing table of numbers and compared as UTF-8
     * bytes, so a builder filled while a large file is read holds a few primitive arrays, not a
     * live object per string for the garbage collector to copy.
     */
    static final class Builder {
        private byte[] bytes = new byte[1 << 16];
        private int length;
        private int[] offsets = new int[1 << 10];
        private int[] hashes = new int[1 << 10];
        private int count;
        /**
         * The hash table, open addressing with linear probing, at most three quarters full: a slot
         * holds a string's number + 1 (0 for an empty slot), compared by its hash first (four
         * bytes a slot: ten million ids made the eight of a hash and number 256 MB).
         */
        private int[] slots = new int[1 << 11];

        /**
         * The last string met at each of a few thousand hash positions, and its number: a file
         * repeats a few texts very often ("unknown", publishers, actors, place names), and these
         * are then found with one {@link String#equals} instead of encoding and a probe. It holds
         * at most {@value #RECENT} strings.
         */
        private final String[] recent = new String[RECENT];
        private final int[] recentRefs = new int[RECENT];
        private static final int RECENT = 4096;

        /** The number of a string, adding it if new. */
        int add(String text) {
            int hash = text.hashCode();
            int at = mix(hash) >>> (32 - 12);
            if (text.equals(recent[at])) {
                return recentRefs[at];
            }
            int ref = find(text, hash);
            recent[at] = text;
            recentRefs[at] = ref;
            return ref;
        }

        /** The number of a string, adding it if new, from the table. */
        private int find(String text, int hash) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            int mask = slots.length - 1;
            int slot = mix(hash) & mask;
            for (int known; (known = slots[slot]) != 0; slot = (slot + 1) & mask) {
                int ref = known - 1;
                if (hashes[ref] == hash) {
                    int from = offsets[ref];
                    if (Arrays.equals(bytes, from, offsets[ref + 1], utf8, 0, utf8.length)) {
                        return ref;
                    }
                }
            }
            if ((long) length + utf8.length > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("more than 2 GB of incident text");
            }
            if (length + utf8.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16,
                        Math.max((long) bytes.length * 3 / 2, (long) length + utf8.length)));
            }
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            if (count + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
                hashes = Arrays.copyOf(hashes, offsets.length);
            }
            int ref = count++;
            offsets[ref] = length;
            length += utf8.length;
            offsets[ref + 1] = length;
            hashes[ref] = hash;
            slots[slot] = ref + 1;
            if (count * 4L > slots.length * 3L) {
                rehash(slots.length * 2);
            }
            return ref;
        }

        /** Compares two strings by their numbers, in code point order (the order of their UTF-8 bytes). */
        int compare(int a, int b) {
            return Arrays.compareUnsigned(bytes, offsets[a], offsets[a + 1], bytes, offsets[b], offsets[b + 1]);
        }

        /** Number of distinct strings so far. */
        int size() {
            return count;
        }

        /** {@link String#hashCode()} of the string with a number. */
        int hash(int ref) {
            return hashes[ref];
        }

        /** The string with a number (decoded again each time). */
        String get(int ref) {
            int from = offsets[ref];
            return new String(bytes, from, offsets[ref + 1] - from, StandardCharsets.UTF_8);
        }

        private void rehash(int capacity) {
            int[] table = new int[capacity];
            int mask = capacity - 1;
            for (int ref = 0; ref < count; ref++) {
                int slot = mix(hashes[ref]) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = ref + 1;
            }
            slots = table;
        }

        private static int mix(int value) {
            int h = value * 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        /** The table, trimmed to size. */
        TextTable build() {
            return new TextTable(Arrays.copyOf(bytes, length), Arrays.copyOf(offsets, count + 1));
        }
    }
}
