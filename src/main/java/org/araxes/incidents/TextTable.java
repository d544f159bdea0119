// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Strings kept compactly: each distinct string once, as UTF-8 in one byte array, addressed by a
 * number. A million incidents hold a few hundred megabytes of text as {@link String} objects and
 * about a third of that here. Build with {@link Builder}; immutable and thread-safe once built.
 */
final class TextTable {

    private final byte[] bytes;
    private final int[] offsets;

    private TextTable(byte[] bytes, int[] offsets) {
        this.bytes = bytes;
        this.offsets = offsets;
    }

    /** The string with a number. */
    String get(int ref) {
        int from = offsets[ref];
        return new String(bytes, from, offsets[ref + 1] - from, StandardCharsets.UTF_8);
    }

    /** Number of distinct strings. */
    int size() {
        return offsets.length - 1;
    }

    /** Collects strings, numbering each distinct one once. */
    static final class Builder {
        private final Map<String, Integer> refs = new HashMap<>();
        private byte[] bytes = new byte[1 << 16];
        private int length;
        private int[] offsets = new int[1 << 10];
        private int count;

        /** The number of a string, adding it if new. */
        int add(String text) {
            Integer known = refs.get(text);
            if (known != null) {
                return known;
            }
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
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
            }
            offsets[count] = length;
            length += utf8.length;
            offsets[count + 1] = length;
            refs.put(text, count);
            return count++;
        }

        /** The table, trimmed to size. */
        TextTable build() {
            return new TextTable(Arrays.copyOf(bytes, length), Arrays.copyOf(offsets, count + 1));
        }
    }
}
