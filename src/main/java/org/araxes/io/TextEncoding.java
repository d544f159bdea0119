// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
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
 * recognised by its zero bytes), decoded strictly by Java's decoders (overlong forms and encoded
 * surrogates are malformed). Anything else — Latin-1 or Windows-1252 from an old spreadsheet,
 * Windows-1251 from a Russian one — is refused with a message that names the encoding (as
 * juniversalchardet guesses it from the bytes around the first bad one) and the place, instead of
 * being read as garbled text. A reader that knows the encoding can then decode it
 * ({@link #decoding}).
 *
 * <p>Parser problems are told by Jackson's exception types and locations, never by its wording.
 */
public final class TextEncoding {

    /** The message for bytes that are not UTF-8 when no encoding can be named. */
    public static final String NOT_UTF8 = "the file is not UTF-8; save it as UTF-8 and open it again";

    /** The message for bytes that are not UTF-8 and look like {@code charset} (null: unknown). */
    public static String notUtf8(String charset) {
        return charset == null ? NOT_UTF8
                : "the file is not UTF-8 (it looks like " + charset + "); save it as UTF-8 and open it again";
    }

    /**
     * The encoding juniversalchardet names for some bytes of a file that are not UTF-8, or null when
     * it cannot tell (or says UTF-8).
     */
    public static String guessCharset(byte[] bytes, int offset, int length) {
        String name = guessedName(bytes, offset, length);
        return name == null ? null : displayName(name);
    }

    private static String guessedName(byte[] bytes, int offset, int length) {
        org.mozilla.universalchardet.UniversalDetector detector = new org.mozilla.universalchardet.UniversalDetector();
        detector.handleData(bytes, offset, length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null || name.equalsIgnoreCase("UTF-8") ? null : name;
    }

    /** An encoding's name as people know it. */
    private static String displayName(String name) {
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "WINDOWS-1251" -> "Windows-1251 (Cyrillic)";
            case "WINDOWS-1252", "ISO-8859-1" -> "Latin-1/Windows-1252";
            case "WINDOWS-1256" -> "Windows-1256 (Arabic)";
            case "WINDOWS-1253" -> "Windows-1253 (Greek)";
            case "WINDOWS-1255" -> "Windows-1255 (Hebrew)";
            case "KOI8-R" -> "KOI8-R (Cyrillic)";
            case "IBM866" -> "DOS 866 (Cyrillic)";
            default -> name;
        };
    }

    private TextEncoding() {
    }

    /** Thrown by {@link #reader} at the first byte that is not UTF-8; the message names the place. */
    public static final class NotUtf8Exception extends IOException {
        private final long line;
        private final long column;

        NotUtf8Exception(long line, long column, String charset) {
            super(notUtf8(charset), null);
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
     * with a {@link NotUtf8Exception} naming the line and column (and the encoding they look like).
     */
    public static CheckedReader reader(InputStream raw) throws IOException {
        return reader(raw, false);
    }

    /**
     * Like {@link #reader(InputStream)}; with {@code decodeOther}, a stream whose first 64 KiB are
     * not UTF-8 and that juniversalchardet names (Windows-1251, Windows-1252, KOI8-R…) is decoded
     * in that encoding, and {@link CheckedReader#decodedAs()} says which, for a warning.
     */
    public static CheckedReader reader(InputStream raw, boolean decodeOther) throws IOException {
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
        } else if (decodeOther) {
            in.mark(1 << 16);
            byte[] start = in.readNBytes(1 << 16);
            in.reset();
            String guessed = isUtf8(start) ? null : guessedName(start, 0, start.length);
            if (guessed != null && Charset.isSupported(guessed)) {
                CheckedReader reader = new CheckedReader(in, Charset.forName(guessed));
                reader.decodedAs = displayName(guessed);
                return reader;
            }
        }
        in.skipNBytes(skip);
        return new CheckedReader(in, charset);
    }

    /** True when the bytes are UTF-8 (a sequence cut at the end is allowed). */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(bytes.length), false);
        return !result.isError();
    }

    /**
     * Decodes strictly, counting lines, so the first bad byte can be named; remembers the last
     * {@value #RECENT} characters handed out, so a parser's complaint at a character offset can name
     * the character ({@link #charAt}).
     */
    public static final class CheckedReader extends Reader {
        static final int RECENT = 1 << 16;
        private final char[] recent = new char[RECENT];
        private long handedOut;
        private String decodedAs;

        /** The encoding the text was decoded from when it was not UTF-8 ({@link #reader(InputStream, boolean)}), else null. */
        public String decodedAs() {
            return decodedAs;
        }
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 15);
        private final CharBuffer chars = CharBuffer.allocate(1 << 15);
        private boolean eof;
        private boolean flushed;
        private NotUtf8Exception pending;
        private long line = 1;
        /** The offset of the first character of the current line. */
        private long lineStart;

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
                    lineStart = handedOut + (i - offset) + 1;
                }
            }
            int done = 0;
            while (done < n) { // into the ring of recent characters, in at most two copies
                int at = (int) ((handedOut + done) & (RECENT - 1));
                int part = Math.min(n - done, RECENT - at);
                System.arraycopy(buffer, offset + done, recent, at, part);
                done += part;
            }
            handedOut += n;
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

        /**
         * The character at an offset from the start (0-based), if it was handed out recently; -1
         * when it is too far back or not read yet.
         */
        public int charAt(long offset) {
            if (offset < 0 || offset >= handedOut || offset < handedOut - RECENT) {
                return -1;
            }
            return recent[(int) (offset & (RECENT - 1))];
        }

        private NotUtf8Exception bad(CharBuffer decoded) {
            long l = line;
            long start = lineStart;
            for (int i = 0; i < decoded.position(); i++) {
                if (decoded.get(i) == '\n') {
                    l++;
                    start = handedOut + i + 1;
                }
            }
            long c = handedOut + decoded.position() - start + 1;
            // the bytes around the bad one (the decoder's buffer) are what the detector judges
            int from = 0;
            return new NotUtf8Exception(l, c, guessCharset(bytes.array(), from, Math.min(bytes.limit(), bytes.capacity()) - from));
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

    /**
     * A JSON parser's complaint in plain words (the place is given separately), told by the
     * exception's type alone.
     */
    public static String plainJsonMessage(IOException e) {
        return plainJsonMessage(e, null);
    }

    /**
     * Like {@link #plainJsonMessage(IOException)}, naming the character the parser stopped at when
     * the caller knows it ({@link CheckedReader#charAt}; -1 when not).
     */
    public static String plainJsonMessage(IOException e, String offending) {
        if (e instanceof StreamConstraintsException limit) {
            return limitMessage(limit);
        }
        if (e instanceof NotUtf8Exception || e instanceof java.io.CharConversionException) {
            return e instanceof NotUtf8Exception ? e.getMessage() : NOT_UTF8;
        }
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            return "the file ends in the middle of the JSON (is it cut short?)";
        }
        if (e instanceof JsonProcessingException) {
            return "not valid JSON" + (offending == null ? "" : ": " + describe(offending));
        }
        return "the file cannot be read: " + firstLine(e.getMessage());
    }

    /**
     * The text a parser stopped at, from the characters a {@link CheckedReader} handed out: the
     * whole word when it stopped in one, else the character (the one before the location, or at it
     * when that is a space); null when unknown.
     */
    public static String offendingText(CheckedReader text, long offset) {
        if (text == null || offset < 1) {
            return null;
        }
        long at = offset - 1;
        int c = text.charAt(at);
        if (c < 0 || Character.isWhitespace(c)) {
            at = offset;
            c = text.charAt(at);
        }
        if (c < 0) {
            return null;
        }
        if (!Character.isLetter(c)) {
            return String.valueOf((char) c);
        }
        long start = at;
        while (start > 0 && text.charAt(start - 1) >= 0 && Character.isLetter(text.charAt(start - 1)) && at - start < 40) {
            start--;
        }
        StringBuilder word = new StringBuilder();
        for (long i = start; text.charAt(i) >= 0 && Character.isLetter(text.charAt(i)) && word.length() < 40; i++) {
            word.append((char) text.charAt(i));
        }
        return word.toString();
    }

    /**
     * Where a JSON read through a {@link CheckedReader} stopped and why, in plain words: one
     * mapping, by exception type, for every JSON reader (layers, incidents, the user's files).
     *
     * @param e      what the parser or the reader threw
     * @param parser the parser (for its nesting depth and location), or null
     * @param text   the reader it read from, or null
     * @param limits the parser's read limits
     * @return the place ("line 3, column 7" or "") and the message
     */
    public static String[] complaint(IOException e, com.fasterxml.jackson.core.JsonParser parser, CheckedReader text,
                                     StreamReadConstraints limits) {
        if (e instanceof NotUtf8Exception notUtf8) {
            return new String[] {notUtf8.place(), notUtf8.getMessage()};
        }
        JsonLocation location = e instanceof JsonProcessingException j ? j.getLocation() : null;
        if (location == null && parser != null && e instanceof JsonProcessingException) {
            location = parser.currentLocation();
        }
        String offending = location == null ? null : offendingText(text, location.getCharOffset());
        if (e instanceof StreamConstraintsException) {
            int depth = parser == null ? 0 : parser.getParsingContext().getNestingDepth();
            return new String[] {placeOf(location), limitMessage(limits, depth, offending)};
        }
        return new String[] {placeOf(location), plainJsonMessage(e, offending)};
    }

    /** What text that JSON does not allow at its place is, in plain words. */
    static String describe(String offending) {
        int c = offending.charAt(0);
        if (Character.isLetter(c)) {
            return "an unquoted word '" + offending + "' (text must be in double quotes;"
                    + " NaN and Infinity are not JSON numbers)";
        }
        if (c < 0x20 || c == 0x7F) {
            return String.format(java.util.Locale.ROOT, "a control character U+%04X", c);
        }
        if (c == '\\') {
            return "a backslash escape JSON does not know";
        }
        return "unexpected character '" + (char) c + "'";
    }

    /**
     * A read limit's complaint in plain words. Jackson's exception does not say which limit by its
     * type, so the words name them all: "a read limit was exceeded (…)".
     */
    public static String limitMessage(StreamConstraintsException e) {
        return "the file goes beyond a read limit (nesting, number, text or file size)";
    }

    /**
     * A read limit's complaint naming the limit, told from the parser's state where it stopped: its
     * nesting depth and the character there.
     *
     * @param depth     the parser's nesting depth when it stopped
     * @param offending the character it stopped at, or -1
     */
    public static String limitMessage(StreamReadConstraints limits, int depth, String offending) {
        if (depth >= limits.getMaxNestingDepth()) {
            return "nested more than " + limits.getMaxNestingDepth() + " levels deep (nesting depth limit)";
        }
        if (offending != null && offending.length() == 1 && "0123456789.-+eE".indexOf(offending.charAt(0)) >= 0) {
            return "a number is longer than " + limits.getMaxNumberLength() + " characters (number length limit)";
        }
        return "a text value is longer than " + limits.getMaxStringLength() + " characters (string length limit)";
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
