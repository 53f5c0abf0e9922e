package org.hetao.registry.indexing;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.SearchDocument;

/**
 * Every record in the database as search documents, read lazily in id order, one short
 * transaction per batch, so a rebuild never holds a transaction or the whole registry in memory.
 * Counts what it has handed out, for progress.
 */
final class DatabaseDocuments implements Iterable<SearchDocument> {
    static final int BATCH = 200;

    private final IndexSource source;
    private final AtomicLong read;

    DatabaseDocuments(IndexSource source, AtomicLong read) {
        this.source = source;
        this.read = read;
    }

    @Override
    public Iterator<SearchDocument> iterator() {
        return new Iterator<>() {
            private int typeIndex;
            private long afterId;
            private Iterator<SearchDocument> batch = List.<SearchDocument>of().iterator();

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && typeIndex < DocType.values().length) {
                    DocType type = DocType.values()[typeIndex];
                    List<SearchDocument> next = source.after(type, afterId, BATCH);
                    if (next.size() < BATCH) {
                        typeIndex++;
                        afterId = 0;
                    } else {
                        afterId = next.get(next.size() - 1).id();
                    }
                    batch = next.iterator();
                }
                return batch.hasNext();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                read.incrementAndGet();
                return batch.next();
            }
        };
    }
}
