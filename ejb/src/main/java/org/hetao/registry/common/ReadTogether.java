package org.hetao.registry.common;

import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Asks a query to read the given collections of all its rows at once, one query per collection
 * (EclipseLink's IN batch fetch), instead of one query per row and collection. The rows come back
 * read-only: they are for reading, and EclipseLink 4.0 fails at commit when it compares the
 * batch-read embeddables of managed rows. The hints are EclipseLink's (QueryHints.READ_ONLY,
 * BATCH_TYPE, BATCH), which other providers ignore; the alias before each dot is not checked.
 */
public final class ReadTogether {
    private ReadTogether() {}

    /** @param collections paths such as {@code r.keywords}; with none, the query is left as it is */
    public static <T> TypedQuery<T> collections(TypedQuery<T> query, List<String> collections) {
        if (!collections.isEmpty()) {
            query.setHint("eclipselink.read-only", "true");
            query.setHint("eclipselink.batch.type", "IN");
            collections.forEach(c -> query.setHint("eclipselink.batch", c));
        }
        return query;
    }
}
