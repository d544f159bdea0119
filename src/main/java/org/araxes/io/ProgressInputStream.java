// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * A stream that counts the bytes read through it, tells a listener how far it is (a fraction of a
 * known size, at most about once per percent) and stops with a {@link CancelledException} as soon
 * as a cancel flag is set. Plain Java: the caller decides which thread the listener's news goes to.
 *
 * <p>The listener is called on the reading thread: first when a read passes each whole percent of
 * the size, and with {@code 1.0} at the end of the stream. With an unknown size (0 or less) it is
 * called only at the end. Mark and reset are not supported, so the count is always the bytes read.
 */
public final class ProgressInputStream extends FilterInputStream {

    private final long size;
    private final DoubleConsumer listener;
    private final BooleanSupplier cancelled;
    private long count;
    private long nextReport;
    private double reported = -1;

    /**
     * @param in        the stream read from (closed with this one)
     * @param size      the stream's expected length in bytes (the file size); 0 or less if unknown
     * @param listener  told the fraction read, 0 to 1
     * @param cancelled read before every read; true stops the read with a {@link CancelledException}
     */
    public ProgressInputStream(InputStream in, long size, DoubleConsumer listener, BooleanSupplier cancelled) {
        super(Objects.requireNonNull(in, "in"));
        this.size = size;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
        this.nextReport = size > 0 ? Math.max(1, size / 100) : Long.MAX_VALUE;
    }

    /** The bytes read (or skipped) so far. */
    public long bytesRead() {
        return count;
    }

    @Override
    public int read() throws IOException {
        checkCancelled();
        int b = super.read();
        counted(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkCancelled();
        int n = super.read(b, off, len);
        counted(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        checkCancelled();
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: the count would go wrong after a reset
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark and reset are not supported");
    }

    private void checkCancelled() throws CancelledException {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }

    private void counted(long n) {
        if (n < 0) {
            report(1.0);
            return;
        }
        count += n;
        if (count >= nextReport && size > 0) {
            double fraction = Math.min(1.0, (double) count / size);
            long percent = Math.min(100, count * 100 / size);
            nextReport = percent >= 100 ? Long.MAX_VALUE : Math.max(count + 1, (percent + 1) * size / 100);
            report(fraction);
        }
    }

    private void report(double fraction) {
        if (fraction > reported) {
            reported = fraction;
            listener.accept(fraction);
        }
    }
}
