package org.hetao.registry.indexing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.audit.RecordChanged;
import org.hetao.registry.config.BackgroundWork;
import org.hetao.registry.config.Stopping;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.lucene.SearchIndex;
import org.hetao.registry.storage.StorageSpace;

/**
 * Drains the outbox into the search index after commit: takes the oldest rows in batches of
 * {@value #BATCH}, re-reads the records they name together (a missing record is deleted from the
 * index), indexes them on one thread per processor, makes the batch searchable and durable, and
 * only then deletes the rows. A row whose record cannot be
 * indexed stays, with its failed attempts counted, and is retried about every
 * {@value #RETRY_EVERY_POLLS} polls; nothing here ever fails the write that recorded it.
 *
 * <p>Woken after every successful commit that recorded a change, and by a poll every
 * {@value #POLL_MILLIS} ms in case a wake-up was lost (or the change was committed by another
 * process). One drain runs at a time, so an older state of a record never overwrites a newer one.
 * While a disk is below the free-space threshold ({@link StorageSpace}) the rows wait.
 */
@ApplicationScoped
public class OutboxIndexer {
    static final int BATCH = 250;
    static final long POLL_MILLIS = 500;
    static final int RETRY_EVERY_POLLS = 20;
    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Outbox outbox;

    @Inject
    IndexSource source;

    @Inject
    RegistryIndex registry;

    @Inject
    StorageSpace storage;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean retryDue = new AtomicBoolean();
    static final int CATCH_UP_WAIT_SECONDS = 10;
    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean running;
    private volatile ScheduledFuture<?> poll;
    private long polls;

    /** Wakes the indexer once the writing transaction has committed. Never throws into the writer. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChanged change) {
        requestDrain();
    }

    /**
     * Asks for a drain soon, on another thread. A request made while one is pending adds nothing:
     * the pending one, or the drain running now (which looks again before it stops), sees the new
     * rows; an import's thousands of changes so wake the indexer once, not once each.
     */
    public void requestDrain() {
        if (requested.getAndSet(true) || !running) {
            return;
        }
        try {
            executor.execute(this::drainRequested);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not hand the drain to the executor; the next poll does it", e);
        }
    }

    /** Starts polling (called once the index is open). */
    public void start() {
        running = true;
        poll = scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        // requests made before the start were not handed to the executor: this first drain covers them
        requested.set(false);
        requestDrain();
    }

    /**
     * Indexes the rows the outbox holds now, on the calling thread, after any drain running now; returns
     * how many rows it looked at. Does nothing while a rebuild runs (the rows wait for it) or once the
     * process is stopping. Waits for a running drain at most {@link #CATCH_UP_WAIT_SECONDS}: called while
     * the application deploys, it must not wait for a drain that may itself wait for the deployment to
     * end; the drain then indexes the rows in the background.
     */
    public int catchUp() {
        if (!BackgroundWork.enter()) {
            return 0;
        }
        try {
            if (!draining.tryLock(CATCH_UP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.info("The outbox is being indexed in the background; start-up does not wait for it");
                BackgroundWork.exit();
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            BackgroundWork.exit();
            return 0;
        }
        try {
            int rows = 0;
            int batch;
            while (going() && (batch = batch(outbox.fresh(BATCH))) > 0) {
                rows += batch;
                if (batch < BATCH) {
                    break;
                }
            }
            return rows;
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Indexing the outbox at start-up failed; the indexer tries again at its next poll",
                    e);
            return 0;
        } finally {
            draining.unlock();
            BackgroundWork.exit();
        }
    }

    /** Stops polling and waits for a running drain to finish. */
    @PreDestroy
    public void stop() {
        running = false;
        ScheduledFuture<?> p = poll;
        if (p != null) {
            p.cancel(false);
        }
        draining.lock();
        draining.unlock();
    }

    private void poll() {
        if (++polls % RETRY_EVERY_POLLS == 0) {
            retryDue.set(true);
        }
        requested.set(true);
        drainRequested();
    }

    /**
     * Drains while drains are requested; if another thread is draining, it sees the request. Once
     * the process is stopping no batch starts (the batch running ends, and the stop waits for it):
     * what is left stays in the outbox for the next start.
     */
    private void drainRequested() {
        if (!BackgroundWork.enter()) {
            return;
        }
        try {
            while (running && requested.get() && draining.tryLock()) {
                try {
                    while (running && requested.getAndSet(false)) {
                        drain();
                    }
                } finally {
                    draining.unlock();
                }
            }
        } catch (RuntimeException e) {
            if (Stopping.now()) {
                // the container goes away under the drain: the rows stay in the outbox for the next start
                LOG.info(() ->
                        "Draining the outbox ended with the process; the rest is indexed at the next start: " + e);
            } else {
                LOG.log(Level.WARNING, "Draining the outbox failed; it is tried again at the next poll", e);
            }
        } finally {
            BackgroundWork.exit();
        }
    }

    private boolean going() {
        return running && !Stopping.now();
    }

    private void drain() {
        while (going() && batch(outbox.fresh(BATCH)) == BATCH) {
            // next batch
        }
        if (retryDue.getAndSet(false)) {
            long after = 0;
            List<Outbox.Pending> failed;
            while (going() && !(failed = outbox.failed(after, BATCH)).isEmpty()) {
                batch(failed);
                after = failed.get(failed.size() - 1).id();
            }
        }
    }

    /** Indexes the records these rows name; returns how many rows it looked at (0 if it could not start). */
    private int batch(List<Outbox.Pending> rows) {
        // below the free-space threshold the index is not written to: a full disk would break its writer
        if (rows.isEmpty() || storage.low() || !registry.lockForUpdates()) {
            return 0;
        }
        try {
            SearchIndex index = registry.index();
            Map<Outbox.Pending, Set<IndexTarget>> targets = new LinkedHashMap<>();
            Set<Long> failed = new LinkedHashSet<>();
            Exception firstFailure = null;
            for (Outbox.Pending row : rows) {
                try {
                    targets.put(row, source.targets(row.kind(), row.entityId()));
                } catch (RuntimeException e) {
                    failed.add(row.id());
                    firstFailure = firstFailure == null ? e : firstFailure;
                }
            }
            Set<IndexTarget> wanted = new LinkedHashSet<>();
            targets.values().forEach(wanted::addAll);
            Map<IndexTarget, Exception> broken = new LinkedHashMap<>();
            Map<IndexTarget, Optional<SearchDocument>> documents = read(wanted, broken);
            List<SearchDocument> upserts = new ArrayList<>();
            for (Map.Entry<IndexTarget, Optional<SearchDocument>> e : documents.entrySet()) {
                if (e.getValue().isPresent()) {
                    upserts.add(e.getValue().get());
                } else {
                    try {
                        index.delete(e.getKey().type(), e.getKey().id());
                    } catch (IOException | RuntimeException ex) {
                        broken.put(e.getKey(), ex);
                    }
                }
            }
            index.upsertAll(upserts)
                    .forEach(f -> broken.put(
                            new IndexTarget(f.document().type(), f.document().id()), f.cause()));
            if (firstFailure == null && !broken.isEmpty()) {
                firstFailure = broken.values().iterator().next();
            }
            targets.forEach((row, set) -> {
                if (set.stream().anyMatch(broken::containsKey)) {
                    failed.add(row.id());
                }
            });
            List<Long> indexed = new ArrayList<>();
            rows.stream()
                    .map(Outbox.Pending::id)
                    .filter(id -> !failed.contains(id))
                    .forEach(indexed::add);
            try {
                index.refresh();
                index.commit();
            } catch (IOException | RuntimeException e) {
                failed.addAll(indexed);
                indexed.clear();
                firstFailure = firstFailure == null ? e : firstFailure;
            }
            outbox.remove(indexed);
            if (!failed.isEmpty()) {
                outbox.attemptFailed(failed);
                report(rows, failed, firstFailure);
            }
            return rows.size();
        } finally {
            registry.unlockUpdates();
        }
    }

    /**
     * The documents of the targets, read in one go; if that fails, one by one, so that one record
     * that cannot be read (added to {@code broken}) does not hold back the others.
     */
    private Map<IndexTarget, Optional<SearchDocument>> read(
            Set<IndexTarget> targets, Map<IndexTarget, Exception> broken) {
        try {
            return source.documents(targets);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Reading " + targets.size() + " documents together failed; reading them one by one", e);
        }
        Map<IndexTarget, Optional<SearchDocument>> documents = new LinkedHashMap<>();
        for (IndexTarget target : targets) {
            try {
                documents.put(target, source.document(target));
            } catch (RuntimeException e) {
                broken.put(target, e);
            }
        }
        return documents;
    }

    /** Logs a failure in full the first time a row fails, briefly after that. */
    private static void report(List<Outbox.Pending> rows, Set<Long> failed, Exception failure) {
        boolean first = rows.stream().anyMatch(r -> failed.contains(r.id()) && r.attempts() == 0);
        String message = failed.size() + " outbox row(s) could not be indexed and will be retried: " + failed;
        if (first) {
            LOG.log(Level.WARNING, message, failure);
        } else {
            LOG.fine(() -> message + " (" + failure + ")");
        }
    }
}
