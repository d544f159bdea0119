// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the desk's change notifications ({@code LISTEN araxes_incidents}) on a connection and a
 * daemon thread of its own, polling the socket every 250 ms; stops on {@link #close()} or when the
 * connection breaks (then tells {@code onLost} once). Notifications of other schemas, and those of
 * the desk's own connection, are passed over.
 */
public final class DeskListener implements AutoCloseable {

    private static final int POLL_MILLIS = 250;

    private final Connection connection;
    private final Thread thread;
    private volatile boolean closed;

    DeskListener(Connection connection, String schema, int ownPid, Consumer<DeskChange> onChange,
                 Consumer<DeskException> onLost) {
        this.connection = connection;
        ObjectMapper json = new ObjectMapper();
        this.thread = new Thread(() -> {
            try {
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        DeskChange change = parse(json, notification.getParameter(), schema);
                        if (change != null && notification.getPID() != ownPid) {
                            onChange.accept(change);
                        }
                    }
                }
            } catch (SQLException e) {
                if (!closed) {
                    onLost.accept(new DeskException("stopped hearing other users' changes: "
                            + DeskSchema.firstLine(e.getMessage()), true, e));
                }
            } finally {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // a broken connection
                }
            }
        }, "desk-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** The change a payload announces for this schema, or null (another schema, or not the trigger's payload). */
    static DeskChange parse(ObjectMapper json, String payload, String schema) {
        try {
            JsonNode node = json.readTree(payload);
            if (node == null || !schema.equals(node.path("schema").asText()) || !node.hasNonNull("id")) {
                return null;
            }
            return new DeskChange(node.get("id").asText(), node.path("version").asLong(),
                    node.path("operation").asText(), node.path("by").asText());
        } catch (IOException e) {
            return null;
        }
    }

    /** Stops listening and closes the connection; the thread ends with it (never waited for, so any thread may call this). */
    @Override
    public void close() {
        closed = true;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken
        }
    }
}
