package org.hetao.registry.config;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import org.hetao.registry.storage.DiskFull;

/**
 * Makes a commit on an H2 database durable before {@code commit()} returns, as PostgreSQL's is.
 *
 * <p>H2 2.2 (MVStore) on its own keeps a committed transaction in memory and writes it to its file
 * up to {@code WRITE_DELAY} (500 ms) later, from a background thread, and even then only into the
 * operating system's cache: it forces its file to the disk only when it closes or is told
 * {@code CHECKPOINT SYNC}. So after each commit, before {@code commit()} returns, the store's
 * pending changes are written to the file and the file is forced to the disk ({@link H2Files}):
 * neither a killed process nor a power cut loses a returned commit.
 *
 * <p>That force is shared (group commit, {@link GroupSync}): a commit waits for one force that
 * started after it ended, and commits that end while one runs are all covered by the next. The force
 * does not hold H2's database lock, so other sessions go on committing while it runs; H2's own
 * background writer and housekeeping (chunk reuse, compaction) run as usual. Through an H2 server
 * ({@code jdbc:h2:tcp:}) the store is not in this process, and {@code CHECKPOINT SYNC} does it.
 *
 * <p>Needs the database user to be an H2 administrator, which the user who created the database
 * is. Only {@code commit()} (and {@code setAutoCommit(true)}, which commits) is covered; the
 * application writes only in transactions.
 */
final class DurableH2Commits {
    private static final Logger LOG = Logger.getLogger(DurableH2Commits.class.getName());
    private static final ConcurrentMap<String, GroupSync> BY_DATABASE = new ConcurrentHashMap<>();

    private DurableH2Commits() {}

    /** Whether connections to this URL need it: H2 databases on disk (embedded or through a server), not in-memory ones. */
    static boolean needed(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:");
    }

    /** The connection, with every commit made durable before it returns. */
    static Connection wrap(Connection connection, String url) throws SQLException {
        GroupSync sync = BY_DATABASE.computeIfAbsent(database(url), d -> {
            LOG.info(() -> "H2 commits are forced to disk before they return (shared by concurrent commits): " + d);
            return new GroupSync();
        });
        return new Handler(connection, sync, H2Files.forcer(connection)).connection();
    }

    /** The URL without its settings: one database, however its connections are configured. */
    static String database(String url) {
        return RegistryDataSource.withoutSettings(url);
    }

    private static final class Handler extends ConnectionProxy {
        private final GroupSync sync;
        private final GroupSync.Force force;

        Handler(Connection target, GroupSync sync, GroupSync.Force force) {
            super(target, "durable commits over");
            this.sync = sync;
            this.force = force;
        }

        @Override
        protected Object call(Method method, Object[] args) throws Throwable {
            String name = method.getName();
            boolean commits = (name.equals("commit") && method.getParameterCount() == 0)
                    || (name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0]) && !target.getAutoCommit());
            Object result = forward(method, args);
            if (commits) {
                try {
                    sync.afterCommit(force);
                } catch (SQLException e) {
                    if (DiskFull.isCause(e)) {
                        // the message says it, not only the causes: a transaction manager may pass on only the message
                        throw new SQLException(
                                "H2 could not write the transaction to its file, the disk is full (" + DiskFull.NO_SPACE
                                        + "); the database closes itself and the transaction is not stored",
                                e.getSQLState(),
                                e);
                    }
                    throw new SQLException(
                            "The transaction was committed but could not be forced to disk; it may be lost in "
                                    + "a power cut: " + e.getMessage(),
                            e.getSQLState(),
                            e);
                }
            }
            return result;
        }
    }
}
