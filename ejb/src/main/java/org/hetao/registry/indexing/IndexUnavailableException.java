package org.hetao.registry.indexing;

import jakarta.ejb.ApplicationException;

/** The search index could not be opened (see the log of the last start); the rest of the registry works. */
@ApplicationException
public class IndexUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexUnavailableException() {
        super("Search is unavailable: the search index could not be opened. The registry's other operations work; "
                + "an administrator can find the cause in the log");
    }
}
