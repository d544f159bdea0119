// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

/**
 * A change another client made, as the database announced it (LISTEN/NOTIFY).
 *
 * @param id        the incident's id
 * @param version   its version after the change (the last one for a delete)
 * @param operation {@code insert}, {@code update} or {@code delete}
 * @param by        the database user who made it
 */
public record DeskChange(String id, long version, String operation, String by) {

    public boolean deleted() {
        return "delete".equals(operation);
    }
}
