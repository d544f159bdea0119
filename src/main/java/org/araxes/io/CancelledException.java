// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.io.InterruptedIOException;

/**
 * Thrown by a {@link ProgressInputStream} when the user cancelled the read. It is an
 * {@link InterruptedIOException}, so code that only knows {@code IOException} stops reading at once.
 */
public final class CancelledException extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    /** An exception with the message "cancelled". */
    public CancelledException() {
        super("cancelled");
    }
}
