package org.hetao.registry.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * Threads that index documents side by side. Analysis (smartcn's segmentation of Chinese text
 * above all) is most of the cost of indexing a document, and Lucene's {@code IndexWriter} takes
 * documents from several threads at once, each into a segment of its own; so a batch is split over
 * the workers and the calling thread, and a rebuild's stream is read on the calling thread while
 * the workers index what it has read. There is one worker per thread asked for; a batch uses all
 * but one of them besides the caller.
 */
final class IndexingWorkers implements Closeable {

    /** Documents handed to a worker at a time when streaming. */
    static final int CHUNK = 32;

    /** Indexes one document. */
    @FunctionalInterface
    interface Task<T> {
        void run(T item) throws IOException;
    }

    /** An item that could not be indexed, and why. */
    record Failure<T>(T item, Exception cause) {}

    private final int threads;
    private final ExecutorService pool;

    IndexingWorkers(int threads) {
        this.threads = Math.max(1, threads);
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, daemons());
    }

    /** One thread per processor, the caller's among them. */
    static IndexingWorkers perProcessor() {
        return new IndexingWorkers(Runtime.getRuntime().availableProcessors());
    }

    int threads() {
        return threads;
    }

    /**
     * Runs the task for every item, split evenly over the workers and the calling thread, and waits
     * for all of them. One item's failure does not stop the others.
     *
     * @return the items that failed, with why
     */
    <T> List<Failure<T>> forEach(List<T> items, Task<T> task) {
        List<Failure<T>> failures = Collections.synchronizedList(new ArrayList<>());
        int parts = Math.min(threads, items.size());
        if (parts <= 1) {
            runAll(items, task, failures);
            return failures;
        }
        int size = (items.size() + parts - 1) / parts;
        List<Future<?>> running = new ArrayList<>();
        for (int from = size; from < items.size(); from += size) {
            List<T> part = items.subList(from, Math.min(items.size(), from + size));
            running.add(pool.submit(() -> runAll(part, task, failures)));
        }
        runAll(items.subList(0, size), task, failures);
        running.forEach(IndexingWorkers::await);
        return failures;
    }

    private static <T> void runAll(List<T> items, Task<T> task, List<Failure<T>> failures) {
        for (T item : items) {
            try {
                task.run(item);
            } catch (IOException | RuntimeException e) {
                failures.add(new Failure<>(item, e));
            }
        }
    }

    /**
     * Reads the items on the calling thread and hands them to the workers in chunks of {@value
     * #CHUNK}, at most two chunks per worker under way, so a stream of any length never sits in
     * memory. Stops at the first failure (of the stream or of a task) and throws it, once every
     * chunk already handed out has finished.
     *
     * @param submitted told the running count of items read, every {@code interval} items
     * @return the number of items indexed
     */
    <T> long forEachStreamed(Iterable<T> items, Task<T> task, long interval, LongConsumer submitted)
            throws IOException {
        if (pool == null) {
            long count = 0;
            for (T item : items) {
                task.run(item);
                if (++count % interval == 0) {
                    submitted.accept(count);
                }
            }
            return count;
        }
        int slots = 2 * threads;
        Semaphore free = new Semaphore(slots);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long count = 0;
        try {
            List<T> chunk = new ArrayList<>(CHUNK);
            for (T item : items) {
                if (failure.get() != null) {
                    break;
                }
                chunk.add(item);
                if (++count % interval == 0) {
                    submitted.accept(count);
                }
                if (chunk.size() == CHUNK) {
                    hand(chunk, task, free, failure);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if (!chunk.isEmpty() && failure.get() == null) {
                hand(chunk, task, free, failure);
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            free.acquireUninterruptibly(slots);
            free.release(slots);
        }
        Exception first = failure.get();
        if (first instanceof IOException io) {
            throw io;
        }
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        return count;
    }

    private <T> void hand(List<T> chunk, Task<T> task, Semaphore free, AtomicReference<Exception> failure) {
        free.acquireUninterruptibly();
        try {
            pool.execute(() -> {
                try {
                    for (T item : chunk) {
                        if (failure.get() != null) {
                            return;
                        }
                        task.run(item);
                    }
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    free.release();
                }
            });
        } catch (RuntimeException e) {
            free.release();
            throw e;
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an indexing worker failed", e.getCause());
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "search-indexing-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
