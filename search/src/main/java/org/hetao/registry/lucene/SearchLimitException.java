package org.hetao.registry.lucene;

/**
 * A search request exceeded one of the {@link SearchLimits}. The message says which limit and is
 * fit to show to the person who searched.
 */
public class SearchLimitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SearchLimitException(String message) {
        super(message);
    }
}
