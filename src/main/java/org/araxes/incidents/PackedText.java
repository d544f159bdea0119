// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Strings kept compressed (decision 0030): numbered in the order added, as UTF-8 in blocks of
 * about {@value #BLOCK} bytes, each block deflated ({@link Deflater}) and decoded again when one
 * of its strings is read, with the last few decoded blocks kept. For the texts that are each
 * incident's own (summaries, quotes, notes): ten million incidents hold about two gigabytes of
 * them, which shrink to about a fifth; reading one costs a block's inflation (tens of
 * microseconds) unless its block was read lately.
 *
 * <p>A block holds whole strings: first their lengths (variable-length bytes), then the strings.
 * Only a string repeated close enough to be among the last few thousand met is stored once; the
 * empty string is always number 0. Build with {@link Builder}; immutable and thread-safe once
 * built.
 */
final class PackedText implements Texts {

    /** Bytes of text (about) per block before it is deflated. */
    static final int BLOCK = 16 * 1024;
    /** How many decoded blocks are kept. */
    private static final int KEPT = 16;

    /** The deflated blocks. */
    private final byte[][] blocks;
    /** Each block's length decoded. */
    private final int[] decodedLengths;
    /** The number of each block's first string, and one past the last string. */
    private final int[] firstRefs;
    /** The last blocks decoded, at their number modulo {@link #KEPT}. */
    private final Decoded[] kept = new Decoded[KEPT];

    /** A decoded block: its text and where each of its strings starts, and one past the last. */
    private record Decoded(int block, byte[] bytes, int[] starts) {
    }

    private PackedText(byte[][] blocks, int[] decodedLengths, int[] firstRefs) {
        this.blocks = blocks;
        this.decodedLengths = decodedLengths;
        this.firstRefs = firstRefs;
    }

    @Override
    public int size() {
        return firstRefs[blocks.length];
    }

    @Override
    public String get(int ref) {
        Decoded block = blockOf(ref);
        int k = ref - firstRefs[block.block()];
        int from = block.starts()[k];
        return new String(block.bytes(), from, block.starts()[k + 1] - from, StandardCharsets.UTF_8);
    }

    @Override
    public boolean containsLowerCased(int ref, String needle, byte[] asciiNeedle) {
        Decoded block = blockOf(ref);
        int k = ref - firstRefs[block.block()];
        return TextTable.containsLowerCased(block.bytes(), block.starts()[k], block.starts()[k + 1], needle, asciiNeedle);
    }

    /** Bytes the compressed blocks hold. */
    long compressedBytes() {
        long sum = 0;
        for (byte[] block : blocks) {
            sum += block.length;
        }
        return sum;
    }

    private Decoded blockOf(int ref) {
        java.util.Objects.checkIndex(ref, size());
        int found = Arrays.binarySearch(firstRefs, 0, blocks.length, ref);
        int block = found >= 0 ? found : -found - 2; // no block is empty, so the first numbers ascend
        Decoded decoded = kept[block % KEPT];
        if (decoded == null || decoded.block() != block) {
            decoded = decode(block);
            kept[block % KEPT] = decoded; // a record of final fields: safe to share without a lock
        }
        return decoded;
    }

    private Decoded decode(int block) {
        byte[] bytes = new byte[decodedLengths[block]];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(blocks[block]);
            int done = 0;
            while (done < bytes.length) {
                int n = inflater.inflate(bytes, done, bytes.length - done);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("text block " + block + " ends early");
                }
                done += n;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("text block " + block + " is damaged", e);
        } finally {
            inflater.end();
        }
        int count = firstRefs[block + 1] - firstRefs[block];
        int[] starts = new int[count + 1];
        int at = 0;
        int[] lengths = new int[count];
        for (int k = 0; k < count; k++) {
            int length = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            lengths[k] = length;
        }
        for (int k = 0; k < count; k++) {
            starts[k] = at;
            at += lengths[k];
        }
        starts[count] = at;
        return new Decoded(block, bytes, starts);
    }

    /** Collects strings into deflated blocks. Not thread-safe; use once. */
    static final class Builder {
        private byte[][] blocks = new byte[64][];
        private int[] decodedLengths = new int[64];
        private int[] firstRefs = new int[65];
        private int blockCount;
        private int count;
        /** The strings of the block being filled, one after another, and their lengths. */
        private byte[] pending = new byte[BLOCK + 256];
        private int pendingLength;
        private int[] pendingLengths = new int[256];
        private int pendingCount;
        private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        private byte[] scratch = new byte[BLOCK * 2];

        /** The last string met at each of a few thousand hash positions, and its number. */
        private final String[] recent = new String[RECENT];
        private final int[] recentRefs = new int[RECENT];
        private static final int RECENT = 1 << 14;

        Builder() {
            add(""); // number 0
        }

        /** Number of strings so far. */
        int size() {
            return count;
        }

        /** The number of a string: a new one unless it is empty or met lately. */
        int add(String text) {
            if (text.isEmpty() && count > 0) {
                return 0;
            }
            int hash = text.hashCode() * 0x9E3779B9;
            int at = (hash ^ (hash >>> 16)) & (RECENT - 1);
            if (text.equals(recent[at])) {
                return recentRefs[at];
            }
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            if (pendingLength > 0 && pendingLength + utf8.length > BLOCK) {
                flush();
            }
            if (pendingLength + utf8.length > pending.length) {
                pending = Arrays.copyOf(pending, pendingLength + utf8.length);
            }
            System.arraycopy(utf8, 0, pending, pendingLength, utf8.length);
            pendingLength += utf8.length;
            if (pendingCount == pendingLengths.length) {
                pendingLengths = Arrays.copyOf(pendingLengths, pendingCount * 2);
            }
            pendingLengths[pendingCount++] = utf8.length;
            recent[at] = text;
            recentRefs[at] = count;
            return count++;
        }

        /** Deflates the block being filled (its lengths, then its strings) and starts a new one. */
        private void flush() {
            if (pendingCount == 0) {
                return;
            }
            byte[] raw = new byte[pendingCount * 5 + pendingLength];
            int at = 0;
            for (int k = 0; k < pendingCount; k++) {
                int length = pendingLengths[k];
                while (length >= 0x80) {
                    raw[at++] = (byte) (length | 0x80);
                    length >>>= 7;
                }
                raw[at++] = (byte) length;
            }
            System.arraycopy(pending, 0, raw, at, pendingLength);
            at += pendingLength;
            deflater.reset();
            deflater.setInput(raw, 0, at);
            deflater.finish();
            int size = 0;
            while (!deflater.finished()) {
                if (size == scratch.length) {
                    scratch = Arrays.copyOf(scratch, scratch.length * 2);
                }
                size += deflater.deflate(scratch, size, scratch.length - size);
            }
            if (blockCount == blocks.length) {
                blocks = Arrays.copyOf(blocks, blockCount * 2);
                decodedLengths = Arrays.copyOf(decodedLengths, blockCount * 2);
                firstRefs = Arrays.copyOf(firstRefs, blockCount * 2 + 1);
            }
            blocks[blockCount] = Arrays.copyOf(scratch, size);
            decodedLengths[blockCount] = at;
            firstRefs[blockCount] = count - pendingCount;
            blockCount++;
            firstRefs[blockCount] = count;
            pendingLength = 0;
            pendingCount = 0;
        }

        /** The strings, the last block deflated; the builder cannot be used afterwards. */
        PackedText build() {
            flush();
            deflater.end();
            firstRefs[blockCount] = count;
            return new PackedText(Arrays.copyOf(blocks, blockCount), Arrays.copyOf(decodedLengths, blockCount),
                    Arrays.copyOf(firstRefs, blockCount + 1));
        }
    }
}
