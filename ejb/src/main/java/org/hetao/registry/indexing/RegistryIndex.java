package org.hetao.registry.indexing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hetao.registry.audit.AuditCheckpoints;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.config.BackgroundWork;
import org.hetao.registry.config.SchemaMigrator;
import org.hetao.registry.config.Stopping;
import org.hetao.registry.lucene.RebuildProgress;
import org.hetao.registry.lucene.SearchBudget;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.lucene.SearchIndex;

/**
 * The application's one search index, in {@code DATA_DIR/index}. Opened at start-up (after the
 * schema migration); a missing, corrupt or outdated index is rebuilt from the database in the
 * background while the application serves, and {@link #rebuild} does the same on demand; an index
 * found READY is compared with the database ({@link IndexReconciler}), which {@link #reconcile}
 * also does on demand, unless this registry closed it cleanly at its last stop ({@link CleanClose}):
 * then only what the outbox names is indexed ({@link IndexCatchUp}). Closed
 * on shutdown, after any running rebuild has stopped.
 *
 * <p>Updates from the outbox and rebuilds exclude each other: {@link #lockForUpdates} fails while
 * a rebuild runs, and a rebuild starts only between two batches of updates. A batch that ran into
 * a rebuild would otherwise index a newer state and let the rebuild overwrite it with an older one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistryIndex {
    private static final Logger LOG = Logger.getLogger(RegistryIndex.class.getName());
    private static final long REOPEN_EVERY_SECONDS = 5;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    IndexSource source;

    @Inject
    OutboxIndexer indexer;

    @Inject
    IndexReconciler reconciler;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    DataSource dataSource;

    private volatile String instance;

    private final ReentrantLock updates = new ReentrantLock();
    private final AtomicLong rebuildDone = new AtomicLong();
    private volatile SearchIndex index;
    private volatile boolean rebuilding;
    private volatile boolean closing;
    private volatile long rebuildTotal;
    private volatile IndexState.Rebuild lastRebuild;
    private Future<?> rebuildTask;
    private Path path;
    private long reopenAfterNanos = System.nanoTime();

    @PostConstruct
    void open() {
        path = Path.of(RegistrySetting.DATA_DIR.value(), "index").toAbsolutePath();
        try {
            Files.createDirectories(path);
            index = SearchIndex.open(path, budget());
            LOG.info(() -> "Search index opened at " + path + ": " + index.status() + ", " + count() + " document(s)");
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "The search index at " + path + " cannot be opened; search is unavailable until the next start",
                    e);
            return;
        }
        boolean closedCleanly = CleanClose.takeMark(path, databaseState(true));
        if (index.needsRebuild()) {
            rebuild("start-up found the index " + index.status());
        } else if (closedCleanly) {
            // closed by this registry after its last batch: it holds everything but what the outbox still names
            LOG.info("The search index was closed cleanly by this registry: it is not compared with the database; "
                    + "the changes left in the outbox are indexed before the registry answers");
        } else {
            // an index that came through a crash may hold documents of writes the database lost, or miss some
            reconciler.reconcile(index, "start-up");
        }
        indexer.start();
    }

    /**
     * What the index's clean-close mark is checked against: the registry instance and the end of its
     * audit chain, which every write moves on. At the open both are read from the database; at the
     * close the end is the one the audit chain last committed, kept in memory
     * ({@link AuditCheckpoints#lastCommittedEnd()}), since the data source may be gone by then. A
     * database restored from a backup, another registry's database or one written while the index was
     * not open has another; null if it cannot be known.
     */
    private String databaseState(boolean opening) {
        if (opening) {
            try (Connection c = dataSource.getConnection();
                    Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT id FROM registry_instance")) {
                    instance = rs.next() ? rs.getString(1) : null;
                }
                try (ResultSet rs = st.executeQuery("SELECT last_seq, last_hash FROM audit_head")) {
                    return instance != null && rs.next()
                            ? instance + " " + rs.getLong(1) + " "
                                    + rs.getString(2).strip()
                            : null;
                }
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.FINE, "Could not read the database's state for the index's clean-close mark", e);
                return null;
            }
        }
        String end = AuditCheckpoints.lastCommittedEnd();
        return instance == null || end == null ? null : instance + " " + end;
    }

    @PreDestroy
    void close() {
        closing = true;
        try {
            indexer.stop();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The outbox indexer was already stopped", e);
        }
        Future<?> task;
        synchronized (this) {
            task = rebuildTask;
        }
        if (task != null) {
            try {
                task.get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.WARNING, "The search index rebuild did not stop cleanly", e);
            }
        }
        SearchIndex open = index;
        index = null;
        if (open != null) {
            try {
                open.close();
                if (!rebuilding) {
                    CleanClose.mark(path, databaseState(false));
                }
            } catch (IOException e) {
                LOG.log(
                        Level.WARNING,
                        "Closing the search index failed; it is checked and if need be rebuilt at the next start",
                        e);
            }
        }
    }

    /**
     * The time and concurrency of searches, from {@link RegistrySetting#SEARCH_TIMEOUT_MS} and
     * {@link RegistrySetting#SEARCH_EXPENSIVE_CONCURRENCY}; an unusable value is logged and its
     * default used.
     */
    static SearchBudget budget() {
        SearchBudget defaults = SearchBudget.defaults();
        Duration timeout = defaults.timeout();
        int expensive = defaults.expensiveSearches();
        try {
            timeout = Duration.ofMillis(RegistrySetting.SEARCH_TIMEOUT_MS.intValue());
            if (RegistrySetting.SEARCH_EXPENSIVE_CONCURRENCY.optional().isPresent()) {
                expensive = RegistrySetting.SEARCH_EXPENSIVE_CONCURRENCY.intValue();
            }
            return new SearchBudget(timeout, expensive);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Unusable search setting (" + e.getMessage() + "); using " + defaults);
            return defaults;
        }
    }

    /**
     * Starts rebuilding the index from the database in the background, unless a rebuild is already
     * running. Searches keep seeing the previous contents until it completes.
     *
     * @return whether a new rebuild started
     */
    public boolean rebuild(String reason) {
        if (index == null || closing) {
            return false;
        }
        synchronized (this) {
            if (rebuilding) {
                return false;
            }
            updates.lock();
            try {
                rebuilding = true;
            } finally {
                updates.unlock();
            }
            rebuildDone.set(0);
            rebuildTotal = 0;
            lastRebuild = new IndexState.Rebuild(reason, now(), null, null, null);
            try {
                rebuildTask = executor.submit(this::runRebuild);
            } catch (RuntimeException e) {
                rebuilding = false;
                lastRebuild = new IndexState.Rebuild(reason, lastRebuild.started(), now(), null, String.valueOf(e));
                throw e;
            }
            return true;
        }
    }

    /**
     * Compares the index with the database now and queues the differences for the indexer; null
     * (nothing done) while the index is unavailable or a rebuild, which replaces everything, runs.
     */
    public IndexReconciler.Reconciliation reconcile(String reason) {
        SearchIndex open = index;
        if (open == null || rebuilding || closing) {
            return null;
        }
        return reconciler.reconcile(open, reason);
    }

    /** Counted as background work, so that a stop of the process waits for the rebuild to end. */
    private void runRebuild() {
        boolean counted = BackgroundWork.enter();
        try {
            rebuildNow();
        } finally {
            if (counted) {
                BackgroundWork.exit();
            }
        }
    }

    /** The application shuts down, or the process is stopping: a rebuild ends at its next document. */
    private boolean stopping() {
        return closing || Stopping.now();
    }

    private void rebuildNow() {
        IndexState.Rebuild started = lastRebuild;
        LOG.info(() -> "Rebuilding the search index: " + started.reason());
        Long documents = null;
        String error = null;
        try {
            rebuildTotal = source.count();
            documents = index.replaceAll(
                    new StoppableDocuments(new DatabaseDocuments(source, rebuildDone)), RebuildProgress.none());
            long count = documents;
            LOG.info(() -> "Search index rebuilt: " + count + " document(s)");
        } catch (IOException | RuntimeException e) {
            error = stopping() ? "stopped by shutdown" : e.toString();
            if (!stopping()) {
                LOG.log(Level.SEVERE, "Rebuilding the search index failed; the previous documents stay searchable", e);
            }
        } finally {
            lastRebuild = new IndexState.Rebuild(started.reason(), started.started(), now(), documents, error);
            rebuilding = false;
        }
        indexer.requestDrain();
    }

    /** A rebuild's documents that end early, with an exception, when the application shuts down or the process stops. */
    private final class StoppableDocuments implements Iterable<SearchDocument> {
        private final Iterable<SearchDocument> documents;

        StoppableDocuments(Iterable<SearchDocument> documents) {
            this.documents = documents;
        }

        @Override
        public Iterator<SearchDocument> iterator() {
            Iterator<SearchDocument> it = documents.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    if (stopping()) {
                        throw new IllegalStateException("the application is shutting down");
                    }
                    return it.hasNext();
                }

                @Override
                public SearchDocument next() {
                    return it.next();
                }
            };
        }
    }

    /**
     * Takes the right to update the index from the outbox; false (and nothing taken) while the
     * index is unavailable or being rebuilt. Release it with {@link #unlockUpdates}.
     */
    public boolean lockForUpdates() {
        updates.lock();
        if (index != null && index.broken() && !rebuilding && !closing) {
            reopen();
        }
        if (index == null || rebuilding || closing || index.broken()) {
            updates.unlock();
            return false;
        }
        return true;
    }

    /**
     * Opens the index again after Lucene closed its writer (a full disk): at most every
     * {@value #REOPEN_EVERY_SECONDS} s, with the update lock held. The failed rows are still in the
     * outbox; the reopened index is compared with the database (or rebuilt if what was committed is
     * unusable) like at start-up. Until it succeeds, searches see the documents of the broken index.
     */
    private void reopen() {
        if (System.nanoTime() - reopenAfterNanos < 0) {
            return;
        }
        reopenAfterNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(REOPEN_EVERY_SECONDS);
        SearchIndex broken = index;
        try {
            index = SearchIndex.open(path, budget()); // Lucene released the write lock when it closed the writer
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The search index at " + path + " could not be opened again; tried again in " + REOPEN_EVERY_SECONDS
                            + " s",
                    e);
            return;
        }
        try {
            broken.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing the broken search index failed", e);
        }
        LOG.warning(() -> "The search index stopped taking writes (e.g. the disk was full) and was opened again: "
                + index.status());
        if (index.needsRebuild()) {
            rebuild("the index was opened again after a failed write and found " + index.status());
        } else {
            reconciler.reconcile(index, "reopened after a failed write");
        }
    }

    public void unlockUpdates() {
        updates.unlock();
    }

    /** The open index, for the holder of {@link #lockForUpdates}. */
    public SearchIndex index() {
        return index;
    }

    /**
     * The index to search (searches are thread-safe and need no lock).
     *
     * @throws IndexUnavailableException if the index could not be opened or is closed
     */
    public SearchIndex searchable() {
        SearchIndex open = index;
        if (open == null) {
            throw new IndexUnavailableException();
        }
        return open;
    }

    public IndexState state() {
        SearchIndex open = index;
        if (open == null) {
            return new IndexState(null, false, null, 0, lastRebuild);
        }
        IndexState.Progress progress = null;
        if (rebuilding) {
            long done = rebuildDone.get();
            progress = new IndexState.Progress(done, Math.max(done, rebuildTotal));
        }
        return new IndexState(open.status(), rebuilding, progress, count(), lastRebuild);
    }

    private long count() {
        try {
            SearchIndex open = index;
            return open == null ? 0 : open.count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
