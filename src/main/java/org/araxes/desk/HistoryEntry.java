// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.time.Instant;

/**
 * One line of an incident's history, written by the server's trigger.
 *
 * @param version   the version the change made (the last one for a delete)
 * @param operation {@code insert}, {@code update} or {@code delete}
 * @param by        the database user
 * @param at        when, by the server's clock
 * @param oldTitle  the title before an update or delete, or ""
 * @param newTitle  the title after an insert or update, or ""
 */
public record HistoryEntry(long version, String operation, String by, Instant at, String oldTitle, String newTitle) {
}
