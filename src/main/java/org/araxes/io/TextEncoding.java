// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text encodings of input files, and JSON parser messages in plain words.
 *
 * <p>Araxes reads UTF-8 (with or without a byte-order mark) and UTF-16 (with a byte-order mark, or
 * recognised by its zero bytes). Anything else — typically Latin-1 or Windows-1252 from an old
 * spreadsheet — is refused with a message that says so and where, instead of being read as garbled
 * text.
 */
public final class TextEncoding {

    /** The message for bytes that are not UTF-8. */
    public static final String NOT_UTF8 = "the file is not UTF-8 (it looks like Latin-1/Windows-1252); "
            + "save it as UTF-8 and open it again";

    private TextEncoding() {
    }

    /** Thrown by {@link #reader} at the first byte that is not UTF-8; the message names the place. */
    public static final class NotUtf8Exception extends IOException {
        private final long line;
        private final long column;

        NotUtf8Exception(long line, long column) {
            super(NOT_UTF8, null);
            this.line = line;
            this.column = column;
        }

        /** The place, {@code "line 3, column 7"}. */
        public String place() {
            return "line " + line + ", column " + column;
        }

        /** The line of the first bad byte, from 1. */
        public long line() {
            return line;
        }
    }

    /**
     * A reader over a byte stream: UTF-8 (a byte-order mark is dropped) or UTF-16 (by its
     * byte-order mark or its zero bytes). Bytes that are not valid in the encoding stop the read
     * with a {@link NotUtf8Exception} naming the line and column.
     */
    public static Reader reader(InputStream raw) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (head.length >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (head.length >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) {
            charset = StandardCharsets.UTF_16BE;
        }
        in.skipNBytes(skip);
        return new CheckedReader(in, charset);
    }

    /** Decodes strictly, counting lines, so the first bad byte can be named. */
    private static final class CheckedReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 15);
        private final CharBuffer chars = CharBuffer.allocate(1 << 15);
        private boolean eof;
        private boolean flushed;
        private NotUtf8Exception pending;
        private long line = 1;
        private long column = 1;

        CheckedReader(InputStream in, Charset charset) {
            this.in = in;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            bytes.flip();
            chars.flip();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, offset, n);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return n;
        }

        /** Decodes more characters; false at the end of the input. */
        private boolean fill() throws IOException {
            chars.clear();
            try {
                if (pending != null) {
                    throw pending;
                }
                while (chars.position() == 0) {
                    if (flushed) {
                        return false;
                    }
                    if (!eof && bytes.remaining() < 16) {
                        bytes.compact();
                        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                        if (read < 0) {
                            eof = true;
                        } else {
                            bytes.position(bytes.position() + read);
                        }
                        bytes.flip();
                    }
                    CoderResult result = decoder.decode(bytes, chars, eof);
                    if (result.isError()) {
                        // Hand out what was decoded before the bad byte first, so that the rows
                        // before it can still be read; the next read reports it.
                        pending = bad(chars);
                        if (chars.position() > 0) {
                            return true;
                        }
                        throw pending;
                    }
                    if (eof && result.isUnderflow()) {
                        CoderResult flush = decoder.flush(chars);
                        if (flush.isError()) {
                            throw bad(chars);
                        }
                        flushed = flush.isUnderflow();
                    }
                }
            } finally {
                chars.flip();
            }
            return true;
        }

        private NotUtf8Exception bad(CharBuffer decoded) {
            long l = line;
            long c = column;
            for (int i = 0; i < decoded.position(); i++) {
                if (decoded.get(i) == '\n') {
                    l++;
                    c = 1;
                } else {
                    c++;
                }
            }
            return new NotUtf8Exception(l, c);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** {@code "line 3, column 14"} for a parser location, or "" when unknown. */
    public static String placeOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** A JSON parser's complaint in plain words (the place is given separately). */
    public static String plainJsonMessage(IOException e) {
        if (e instanceof StreamConstraintsException limit) {
            return limitMessage(limit);
        }
        String raw = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        raw = firstLine(raw).replaceAll("\\s*\\(for (root|Array|Object) starting at.*$", "")
                .replaceAll("\\s*\\[Source:.*$", "")
                .replaceAll("\\s*\\(code [^)]*\\)", "")          // (code 32812 / 0x802c)
                .replaceAll(":?\\s*enable `[^`]*` to allow", "")    // Jackson's advice to programmers
                .replaceAll("`[^`]*`", "")
                .replaceAll("\\s+", " ").trim();
        if (raw.contains("Invalid UTF-8") || raw.contains("Invalid UTF-32") || raw.contains("Invalid UTF-16")) {
            return NOT_UTF8;
        }
        if (raw.contains("end-of-input") || raw.contains("Unexpected EOF")) {
            return "the file ends in the middle of the JSON (is it cut short?)";
        }
        if (raw.contains("Non-standard token")) {
            return "not valid JSON: " + raw.replaceFirst(":.*", "") + " (NaN and Infinity are not JSON numbers)";
        }
        if (raw.contains("Unexpected character")) {
            return "not valid JSON: " + raw.replaceFirst("\\s*\\(code \\d+\\)\\s*", "").replaceAll("\\s+", " ")
                    .replaceFirst(": was expecting.*", "");
        }
        if (raw.contains("Unrecognized token")) {
            return "not valid JSON: " + raw.replaceFirst(": was expecting.*", "");
        }
        return "not valid JSON: " + raw;
    }

    /**
     * A read limit's complaint in plain words, naming the limit: "nested more than 200 levels deep
     * (nesting depth limit)".
     */
    public static String limitMessage(StreamConstraintsException e) {
        String raw = String.valueOf(e.getOriginalMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("maximum allowed \\((\\d+)").matcher(raw);
        String max = m.find() ? m.group(1) : "the allowed";
        if (raw.contains("nesting depth")) {
            return "nested more than " + max + " levels deep (nesting depth limit)";
        }
        if (raw.contains("Number value length") || raw.contains("Number length")) {
            return "a number is longer than " + max + " characters (number length limit)";
        }
        if (raw.contains("String value length") || raw.contains("String length")) {
            return "a text value is longer than " + max + " characters (string length limit)";
        }
        if (raw.contains("Document length") || raw.contains("document length")) {
            return "the file is larger than " + max + " bytes (document size limit)";
        }
        if (raw.contains("Name length")) {
            return "a member name is longer than " + max + " characters (name length limit)";
        }
        return "a read limit was exceeded";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
