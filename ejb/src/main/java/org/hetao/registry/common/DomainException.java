package org.hetao.registry.common;

/**
 * A business rule that a request broke. Subclasses name the kind of failure; exception mappers
 * in the API decide the HTTP status. All of them roll the transaction back.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }

    /** The stable code of this kind of failure, the {@code code} of the problem the API answers with. */
    public abstract ErrorCode code();
}
