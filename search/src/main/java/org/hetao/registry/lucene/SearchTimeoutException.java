package org.hetao.registry.lucene;

/**
 * A search did not finish within its {@link SearchBudget}: expanding its prefix, wildcard or fuzzy
 * terms, matching, sorting or counting facets took the whole time. Usually load; with a very large
 * index, more specific words succeed. Try again after {@link #retryAfterSeconds()}.
 */
public class SearchTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public SearchTimeoutException(long timeoutMillis, long retryAfterSeconds) {
        super("the search did not finish within its " + timeoutMillis + " ms; please use more specific words "
                + "or fewer wildcards, or try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
