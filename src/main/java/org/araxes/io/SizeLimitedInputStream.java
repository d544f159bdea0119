// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A stream that stops with a {@link TooLargeException} once more than a given number of bytes have
 * been read through it: a reader's document budget, counted before any parser sees the bytes, so an
 * endless or huge input ends as a problem with its own type, not as an OutOfMemoryError.
 */
public final class SizeLimitedInputStream extends FilterInputStream {

    /** Thrown when the stream passes its limit; the message is for people. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super(String.format(Locale.ROOT, "the file is larger than %d bytes (document size limit)", limit));
        }
    }

    private final long limit;
    private long count;

    /**
     * @param in    the stream read from (closed with this one)
     * @param limit bytes allowed; 0 or less for no limit
     */
    public SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit <= 0 ? Long.MAX_VALUE : limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }
}
