// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

/**
 * Something the desk could not do, said in plain words for the user (the message is shown as it
 * is). {@link #connectionLost()} tells that the server could not be reached or went away, so the
 * caller may keep working offline; any other failure is the server refusing or the data being wrong.
 */
public final class DeskException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean connectionLost;

    public DeskException(String message, boolean connectionLost, Throwable cause) {
        super(message, cause);
        this.connectionLost = connectionLost;
    }

    public DeskException(String message) {
        this(message, false, null);
    }

    /** True when the server could not be reached or the connection broke (working offline helps). */
    public boolean connectionLost() {
        return connectionLost;
    }
}
