package org.hetao.registry.lucene;

/**
 * As many expensive searches as the {@link SearchBudget} allows are running; this one was not
 * started. Not the request's fault: the same search may succeed after {@link #retryAfterSeconds()}.
 */
public class SearchOverloadedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public SearchOverloadedException(long retryAfterSeconds) {
        super("too many searches with wildcards or fuzzy terms are running; please try again in " + retryAfterSeconds
                + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
