package org.hetao.registry.lucene.query;

import java.time.Duration;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.QueryTimeout;

/**
 * The deadline of the search running on the current thread, for an {@link
 * ExitableDirectoryReader} shared by every search: while a search has armed it, enumerating the
 * reader's terms past the deadline throws {@link ExitableDirectoryReader.ExitingReaderException};
 * on threads with nothing armed (indexing, refreshes, facet state) the reader never stops.
 */
public final class ThreadDeadline implements QueryTimeout {

    private final ThreadLocal<QueryTimeout> armed = new ThreadLocal<>();

    /** Disarms when closed. */
    interface Armed extends AutoCloseable {
        @Override
        void close();
    }

    /** A deadline {@code budget} from now. */
    static QueryTimeout after(Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        return () -> System.nanoTime() - end >= 0;
    }

    Armed arm(QueryTimeout deadline) {
        armed.set(deadline);
        return armed::remove;
    }

    @Override
    public boolean shouldExit() {
        QueryTimeout deadline = armed.get();
        return deadline != null && deadline.shouldExit();
    }
}
