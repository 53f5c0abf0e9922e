package org.hetao.registry.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * How an H2 connection's database file is forced to the disk. An embedded database's MVStore is in
 * this process: its {@link MVStore#sync()} forces the file channel without taking H2's database
 * lock. A database behind an H2 server is not: {@code CHECKPOINT SYNC} asks the server to do it.
 */
final class H2Files {
    private H2Files() {
    }

    static GroupSync.Force forcer(Connection connection) throws SQLException {
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (session instanceof SessionLocal local && local.getDatabase().getStore() != null) {
            MVStore store = local.getDatabase().getStore().getMvStore();
            return () -> {
                try {
                    store.sync();
                } catch (RuntimeException e) {
                    throw new SQLException("H2 could not force its file to disk: " + e.getMessage(), "58030", e);
                }
            };
        }
        return () -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        };
    }
}
