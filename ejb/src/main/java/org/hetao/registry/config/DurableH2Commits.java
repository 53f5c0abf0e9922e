package org.hetao.registry.config;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Makes a commit on an H2 database durable before {@code commit()} returns, as PostgreSQL's is.
 *
 * <p>H2 2.2 (MVStore) keeps a committed transaction in memory and writes it to its file up to
 * {@code WRITE_DELAY} (500 ms) later, and even then only into the operating system's cache: it
 * forces its file to the disk only when it is closed or told {@code CHECKPOINT SYNC}. A process
 * killed within that half second loses writes it had already acknowledged; a power cut loses
 * what the operating system had not yet written. So after each commit the connection runs
 * {@code CHECKPOINT SYNC} (store the pending changes, then fsync), and commits that end while one
 * sync runs share the next one (group commit): under concurrent writers one fsync covers many.
 *
 * <p>Needs the database user to be an H2 administrator, which the user who created the database
 * is. Only {@code commit()} (and {@code setAutoCommit(true)}, which commits) is covered; the
 * application writes only in transactions.
 */
final class DurableH2Commits {
    private static final Logger LOG = Logger.getLogger(DurableH2Commits.class.getName());
    private static final ConcurrentMap<String, DurableH2Commits> BY_DATABASE = new ConcurrentHashMap<>();

    private final AtomicLong committed = new AtomicLong();
    private final Object syncing = new Object();
    private long synced;

    private DurableH2Commits() {
    }

    /** Whether connections to this URL need it: H2 databases on disk (embedded or through a server), not in-memory ones. */
    static boolean needed(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:");
    }

    /** The connection, with every commit made durable before it returns. */
    static Connection wrap(Connection connection, String url) {
        DurableH2Commits commits = BY_DATABASE.computeIfAbsent(database(url), d -> {
            LOG.info(() -> "H2 commits are forced to disk (CHECKPOINT SYNC after each commit, shared by concurrent ones): " + d);
            return new DurableH2Commits();
        });
        return (Connection) Proxy.newProxyInstance(DurableH2Commits.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Handler(connection, commits));
    }

    /** The URL without its settings: one database, however its connections are configured. */
    static String database(String url) {
        int settings = url.indexOf(';');
        return settings < 0 ? url : url.substring(0, settings);
    }

    /** Returns once every commit that ended before this call is on the disk. */
    void afterCommit(Connection connection) throws SQLException {
        long mine = committed.incrementAndGet();
        synchronized (syncing) {
            if (synced >= mine) {
                return; // a sync that started after this commit ended has covered it
            }
            long upTo = committed.get();
            try (Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                throw new SQLException("The transaction was committed but H2 could not force it to disk (the database user "
                        + "must be an H2 administrator); it may be lost in a crash", e.getSQLState(), e);
            }
            synced = upTo;
        }
    }

    private static final class Handler implements InvocationHandler {
        private final Connection target;
        private final DurableH2Commits commits;

        Handler(Connection target, DurableH2Commits commits) {
            this.target = target;
            this.commits = commits;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            int arity = method.getParameterCount();
            if (name.equals("equals") && arity == 1) {
                return proxy == args[0];
            }
            if (name.equals("hashCode") && arity == 0) {
                return System.identityHashCode(proxy);
            }
            if (name.equals("toString") && arity == 0) {
                return "durable commits over " + target;
            }
            boolean commits = (name.equals("commit") && arity == 0)
                    || (name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0]) && !target.getAutoCommit());
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (commits) {
                this.commits.afterCommit(target);
            }
            return result;
        }
    }
}
