// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

/** Which state a desk set is in, for the status line. */
public enum DeskState {
    /** Connected; edits go to the database at once. */
    ONLINE,
    /** Connected as a user who may only read. */
    READ_ONLY,
    /** The server is out of reach: the local copy is shown and edits wait in the local queue. */
    OFFLINE,
    /** Reconnected and sending the edits made offline. */
    SYNCING
}
