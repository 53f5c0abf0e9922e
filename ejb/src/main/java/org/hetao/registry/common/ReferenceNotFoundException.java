package org.hetao.registry.common;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A request refers, in one of its fields, to a record that does not exist or is of another kind. */
@ApplicationException(rollback = true)
public class ReferenceNotFoundException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    public ReferenceNotFoundException(String field, String kind, long id) {
        super(field, ErrorCode.REFERENCE_NOT_FOUND, "no " + kind + " with id " + id, Map.of("kind", kind, "id", id));
    }
}
