package org.hetao.registry.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * How an H2 connection's committed transactions are forced to the disk.
 *
 * <p>An embedded database's MVStore is in this process. Forcing it does what {@code CHECKPOINT SYNC}
 * does (store the changes held in memory into the file, then fsync the file) without taking H2's
 * database lock, so other sessions go on committing meanwhile. One detail matters: H2's background
 * writer may have taken the latest changes and still be writing them; a store then finds nothing
 * new and returns at once, and an fsync right after it could come before that write. So each force
 * first changes a one-entry map of its own in the store ({@value #MARKER}): there is always something
 * to store, and H2 stores it only after the writes already under way, in order.
 *
 * <p>A database behind an H2 server is not in this process: {@code CHECKPOINT SYNC} asks the server.
 */
final class H2Files {
    static final String MARKER = "hetao.durable-commits";

    private H2Files() {}

    static GroupSync.Force forcer(Connection connection) throws SQLException {
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (session instanceof SessionLocal local && local.getDatabase().getStore() != null) {
            MVStore store = local.getDatabase().getStore().getMvStore();
            return () -> force(store);
        }
        return () -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        };
    }

    private static void force(MVStore store) throws SQLException {
        try {
            MVMap<Integer, Long> marker = store.openMap(MARKER);
            marker.put(0, marker.getOrDefault(0, 0L) + 1);
            store.commit();
            store.sync();
        } catch (RuntimeException e) {
            throw new SQLException("H2 could not force its file to disk: " + e.getMessage(), "58030", e);
        }
    }
}
