package org.hetao.registry.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.SearchIndex;
import org.hetao.registry.person.Person;
import org.hetao.registry.project.Project;

/**
 * Compares the index with the database, id by id for each type, and puts every difference into
 * the outbox: a record without a document and a document without a record are re-read by the
 * indexer like any change, which indexes the one and deletes the other. Run at every start-up, so
 * that an index that came through a crash ahead of or behind the database matches it again, and
 * on demand.
 *
 * <p>Reads only ids (the index's from its key doc values, the database's from the primary keys),
 * so it costs a fraction of a rebuild. Needs no lock: a write made while it runs is in the outbox
 * already, and a difference it reports wrongly because of that write only has a record re-read.
 */
@ApplicationScoped
public class IndexReconciler {
    private static final Logger LOG = Logger.getLogger(IndexReconciler.class.getName());

    @Inject
    IndexSource source;

    @Inject
    Outbox outbox;

    @Inject
    OutboxIndexer indexer;

    private volatile Reconciliation last;

    /** One comparison: how many records and documents there were, and how many differed each way. */
    public record Reconciliation(
            String reason,
            OffsetDateTime started,
            OffsetDateTime finished,
            long records,
            long documents,
            long missing,
            long orphaned,
            String error) {}

    /** Compares {@code index} with the database and queues the differences for the indexer. Never throws. */
    public Reconciliation reconcile(SearchIndex index, String reason) {
        OffsetDateTime started = now();
        long records = 0;
        long documents = 0;
        long missing = 0;
        long orphaned = 0;
        String error = null;
        try {
            Map<DocType, long[]> indexed = index.ids();
            for (DocType type : DocType.values()) {
                long[] inIndex = indexed.get(type);
                long[] inDatabase = source.ids(type);
                records += inDatabase.length;
                documents += inIndex.length;
                long[] noDocument = without(inDatabase, inIndex);
                long[] noRecord = without(inIndex, inDatabase);
                missing += noDocument.length;
                orphaned += noRecord.length;
                outbox.enqueue(kind(type), noDocument);
                outbox.enqueue(kind(type), noRecord);
            }
        } catch (IOException | RuntimeException e) {
            error = e.toString();
            LOG.log(Level.WARNING, "Comparing the search index with the database failed (" + reason + ")", e);
        }
        Reconciliation done = new Reconciliation(reason, started, now(), records, documents, missing, orphaned, error);
        last = done;
        long ms = Duration.between(started, done.finished()).toMillis();
        if (missing + orphaned > 0) {
            LOG.warning(() -> "The search index differed from the database (" + reason + "): " + done.missing()
                    + " record(s) without a document, " + done.orphaned()
                    + " document(s) without a record; queued for indexing ("
                    + ms + " ms)");
            indexer.requestDrain();
        } else if (error == null) {
            LOG.info(() -> "The search index matches the database (" + reason + "): " + done.records()
                    + " record(s), compared in " + ms + " ms");
        }
        return done;
    }

    /** The most recent comparison since start-up, or null. */
    public Reconciliation last() {
        return last;
    }

    /** The ids of {@code a} that are not in {@code b}; both sorted ascending. */
    static long[] without(long[] a, long[] b) {
        long[] out = new long[a.length];
        int n = 0;
        int j = 0;
        for (long id : a) {
            while (j < b.length && b[j] < id) {
                j++;
            }
            if (j == b.length || b[j] != id) {
                out[n++] = id;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The outbox kind whose re-reading covers a document of this type. */
    static String kind(DocType type) {
        return switch (type) {
            case INSTITUTION -> Institution.KIND;
            case PERSON -> Person.KIND;
            case PROJECT -> Project.KIND;
            case IP_ASSET -> IpAsset.KIND_NAME;
        };
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
