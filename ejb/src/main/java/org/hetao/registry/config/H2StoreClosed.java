package org.hetao.registry.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Lets the connection pool see that an embedded H2 database has closed itself under a connection.
 *
 * <p>When H2 2.2 (MVStore) fails to write its file — a full disk — it "panics": its store closes
 * and every write on the connections already open fails with "The database has been closed", while
 * those connections still pass {@code isValid()} and the pool's metadata check. The pool would keep
 * handing them out, and the registry would fail every write until it was restarted. Wrapped by
 * this class, such a connection reports itself invalid and fails every call with SQLSTATE 08003,
 * so the pool (which validates each connection it hands out, and then drops all of them) opens new
 * ones; the first new connection that gets through reopens the database from its file, which holds
 * every commit that was forced to disk ({@link DurableH2Commits}) and nothing half-written.
 *
 * <p>H2 opens a database anew only once every session of the old one has closed, and one connection
 * still held (by a transaction that has not ended, by the pool) would keep every new connection on
 * the closed store. So a database whose store has failed is dropped from H2's engine at once
 * ({@link #release}): the sessions still open on it fail as before, and the next connection opens
 * the file again.
 */
final class H2StoreClosed {
    private static final Logger LOG = Logger.getLogger(H2StoreClosed.class.getName());
    /** A connection that does not exist (any more): the pool discards it, the API answers 503. */
    static final String SQL_STATE = "08003";

    private static final Set<String> ALWAYS_ALLOWED = Set.of("close", "isClosed", "equals", "hashCode", "toString");

    private H2StoreClosed() {}

    /** The connection, failing fast once its database's store has closed. */
    static Connection wrap(Connection connection) {
        return new Handler(connection).connection();
    }

    /** The embedded H2 database behind this connection, or null (a server or not H2: nothing to tell). */
    static org.h2.engine.Database database(Connection connection) {
        try {
            Connection c = connection.isWrapperFor(org.h2.jdbc.JdbcConnection.class)
                    ? connection.unwrap(org.h2.jdbc.JdbcConnection.class)
                    : connection;
            if (c instanceof org.h2.jdbc.JdbcConnection h2
                    && h2.getSession() instanceof org.h2.engine.SessionLocal local) {
                return local.getDatabase();
            }
            return null;
        } catch (SQLException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * Opens a connection; if it landed on a database whose store failed, drops that database from
     * H2's engine and opens one more, which reads the file again.
     */
    static Connection open(Opener opener) throws SQLException {
        Connection connection = opener.open();
        org.h2.engine.Database database = database(connection);
        if (!failed(database)) {
            return connection;
        }
        closeQuietly(connection);
        release(database);
        return opener.open();
    }

    /** Opens a JDBC connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /**
     * Drops a database whose store failed from H2's engine, even while sessions on it are still open,
     * so that the next connection opens its file again; nothing for a database that works.
     */
    static void release(org.h2.engine.Database database) {
        if (failed(database) && !database.isClosing()) {
            LOG.warning(() -> "The embedded H2 database closed itself after it failed to write its file; "
                    + "the next connection opens it again from the file, with every commit that was answered");
            // closes what is left of the store and removes the database from the engine's map of open ones
            database.shutdownImmediately();
        }
    }

    /** Whether the store failed under the database (a write that could not be done), as opposed to a normal close. */
    private static boolean failed(org.h2.engine.Database database) {
        if (database == null) {
            return false;
        }
        org.h2.mvstore.db.Store store = database.getStore();
        return store != null && store.getMvStore().getPanicException() != null;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            // a session of the failed store: H2 repeats the store's failure on close
        }
    }

    /** Whether this database's store has closed (a connection stays bound to the database it opened). */
    static boolean storeClosed(org.h2.engine.Database database) {
        if (database == null) {
            return false;
        }
        org.h2.mvstore.db.Store store = database.getStore();
        return database.isClosing() || (store != null && store.getMvStore().isClosed());
    }

    private static final class Handler extends ConnectionProxy {
        private final org.h2.engine.Database database;

        Handler(Connection target) {
            super(target, "store-checked");
            this.database = database(target);
        }

        @Override
        protected Object call(Method method, Object[] args) throws Throwable {
            String name = method.getName();
            int arity = method.getParameterCount();
            if ((name.equals("close") || name.equals("rollback")) && arity == 0 && storeClosed(database)) {
                try {
                    method.invoke(target);
                } catch (InvocationTargetException e) {
                    // H2 repeats the store's failure here; nothing is left to roll back, and the pool discards the
                    // connection anyway
                }
                return null;
            }
            if (!ALWAYS_ALLOWED.contains(name) && storeClosed(database)) {
                release(database);
                if (name.equals("isValid")) {
                    return false;
                }
                throw new SQLException(
                        "The embedded H2 database closed itself after it failed to write its file (is the disk full?); "
                                + "this connection is discarded and a new one reopens the database",
                        SQL_STATE);
            }
            return forward(method, args);
        }
    }
}
