package org.hetao.registry.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.hetao.registry.lucene.index.DocumentMapper;
import org.hetao.registry.lucene.index.FacetingSearcher;
import org.hetao.registry.lucene.index.IndexCommitData;
import org.hetao.registry.lucene.index.IndexOpener;
import org.hetao.registry.lucene.index.IndexedIds;
import org.hetao.registry.lucene.query.SearchExecutor;

/**
 * The registry's search index in one directory on disk. The index is derived data: the caller
 * feeds it documents after each committed write ({@link #upsert}, {@link #delete}), makes them
 * searchable with {@link #refresh} (near-real-time, milliseconds), makes them durable with {@link
 * #commit}, and rebuilds it from the database with {@link #replaceAll} whenever {@link
 * #needsRebuild()} says so: after opening a missing, corrupt or outdated index.
 *
 * <p>A rebuild rewrites every document it is given, stamped with a new generation, and only at
 * the end deletes the documents it did not rewrite; so a failed rebuild leaves the previous
 * documents (some already refreshed) in place, and writes made while it runs are kept.
 *
 * <p>Thread-safe. Searches see the state of the last refresh; a rebuild's documents become
 * visible all at once when it completes.
 */
public final class SearchIndex implements AutoCloseable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchExecutor executor;
    private final IndexingWorkers workers;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile IndexStatus status;
    /** The generation stamped on written documents: the current (or running) rebuild's. */
    private volatile long generation;

    private SearchIndex(IndexOpener.Opened opened, int totalHitsThreshold, SearchBudget budget) throws IOException {
        this.directory = opened.directory();
        this.writer = opened.writer();
        this.status = opened.status();
        this.generation = opened.generation();
        this.executor = new SearchExecutor(totalHitsThreshold, budget);
        SearchExecutor.warmUp();
        DirectoryReader reader = DirectoryReader.open(writer);
        try {
            this.searchers = new SearcherManager(
                    ExitableDirectoryReader.wrap(reader, executor.readerDeadline()), FacetingSearcher.factory());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        this.workers = IndexingWorkers.perProcessor();
    }

    /**
     * Opens the index in {@code path} (a directory used for nothing else), creating it if needed.
     * The files of an existing index are checksummed; a missing, corrupt or outdated index is
     * replaced by an empty one and {@link #status()} tells which.
     *
     * @throws IOException if the directory cannot be used, e.g. another process holds its lock
     */
    public static SearchIndex open(Path path) throws IOException {
        return open(path, SearchBudget.defaults());
    }

    /** As {@link #open(Path)}, with searches bounded by {@code budget}. */
    public static SearchIndex open(Path path, SearchBudget budget) throws IOException {
        return open(path, SearchLimits.TOTAL_HITS_THRESHOLD, budget);
    }

    /** As {@link #open(Path)}, with another bound for exact totals (tests). */
    static SearchIndex open(Path path, int totalHitsThreshold) throws IOException {
        return open(path, totalHitsThreshold, SearchBudget.defaults());
    }

    private static SearchIndex open(Path path, int totalHitsThreshold, SearchBudget budget) throws IOException {
        IndexOpener.Opened opened = IndexOpener.open(path);
        try {
            return new SearchIndex(opened, totalHitsThreshold, budget);
        } catch (IOException | RuntimeException e) {
            opened.writer().close();
            opened.directory().close();
            throw e;
        }
    }

    /** What was found when the index was opened, or READY after a completed rebuild. */
    public IndexStatus status() {
        return status;
    }

    /** True until a complete rebuild has been committed into an index that was not READY. */
    public boolean needsRebuild() {
        return status.needsRebuild();
    }

    /** Adds the record, or replaces the one of the same type and id. Searchable after {@link #refresh}. */
    public void upsert(SearchDocument document) throws IOException {
        writer.updateDocument(
                DocumentMapper.uid(document.type(), document.id()), DocumentMapper.toDocument(document, generation));
    }

    /** A document that {@link #upsertAll} could not index, and why. */
    public record Failure(SearchDocument document, Exception cause) {}

    /**
     * Adds or replaces every document, analysing them on one thread per processor; searchable after
     * {@link #refresh}. One document's failure does not keep the others out.
     *
     * @return the documents that could not be indexed, with why (empty when all were)
     */
    public List<Failure> upsertAll(List<SearchDocument> documents) {
        return workers.forEach(documents, this::upsert).stream()
                .map(f -> new Failure(f.item(), f.cause()))
                .toList();
    }

    /** Removes the record, if present. */
    public void delete(DocType type, long id) throws IOException {
        writer.deleteDocuments(DocumentMapper.uid(type, id));
    }

    /**
     * Replaces the whole index with {@code documents} (typically streamed from the database), then
     * deletes every document it did not rewrite, commits and refreshes. Until it returns, searches
     * keep seeing the previous contents. If it fails (for example the iterator throws), nothing is
     * deleted, {@link #needsRebuild()} is true, and it should be called again.
     *
     * @return the number of documents indexed
     * @throws IllegalStateException if another rebuild is running
     */
    public long replaceAll(Iterable<SearchDocument> documents, RebuildProgress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("a rebuild is already running");
        }
        try {
            status = status == IndexStatus.READY ? IndexStatus.INCOMPLETE : status;
            long rebuild = generation + 1;
            writer.setLiveCommitData(IndexCommitData.of(false, rebuild).entrySet());
            generation = rebuild;
            long count = workers.forEachStreamed(documents, this::upsert, RebuildProgress.INTERVAL, progress::indexed);
            writer.deleteDocuments(DocumentMapper.notOfGeneration(rebuild));
            writer.setLiveCommitData(IndexCommitData.of(true, rebuild).entrySet());
            writer.commit();
            status = IndexStatus.READY;
            progress.indexed(count);
            return count;
        } finally {
            rebuilding.set(false);
            searchers.maybeRefreshBlocking();
        }
    }

    /**
     * Makes every write so far visible to searches (blocking until the new searcher is ready).
     * Does nothing while a rebuild runs: the rebuild refreshes when it completes.
     */
    public void refresh() throws IOException {
        if (!rebuilding.get()) {
            searchers.maybeRefreshBlocking();
        }
    }

    /**
     * True once the index can take no more writes: Lucene closed its writer after a failure it could
     * not undo (a "tragic event", such as a full disk). Close this index and open it again; the open
     * checks what was last committed, and the caller re-feeds what was not.
     */
    public boolean broken() {
        return writer.getTragicException() != null || !writer.isOpen();
    }

    /** Makes every write so far durable. */
    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * The ids of every record in the index now, per type, in ascending order: every write so far
     * counts, refreshed or not (for comparing the index with the database).
     */
    public Map<DocType, long[]> ids() throws IOException {
        return IndexedIds.of(writer);
    }

    /** The number of records visible to searches. */
    public int count() throws IOException {
        FacetingSearcher searcher = (FacetingSearcher) searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Runs a search within the index's {@link SearchBudget}.
     *
     * @throws SearchLimitException if the query expands beyond the limits
     * @throws SearchOverloadedException if too many expensive searches are running
     * @throws SearchTimeoutException if expanding the query's terms took the whole time budget
     */
    public SearchResult search(SearchRequest request) throws IOException {
        FacetingSearcher searcher = (FacetingSearcher) searchers.acquire();
        try {
            return executor.search(searcher, request);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Commits and closes; call it after any rebuild has returned. */
    @Override
    public void close() throws IOException {
        IOUtils.close(workers, searchers, writer, directory);
    }
}
