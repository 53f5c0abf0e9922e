package org.hetao.registry.catalogue;

import jakarta.ejb.ApplicationException;
import org.hetao.registry.common.NotFoundException;

/** The public catalogue is switched off (by an administrator, or {@code registry.public.catalogue.enabled=false}): it answers as if it did not exist. */
@ApplicationException(rollback = true)
public class CatalogueClosedException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public CatalogueClosedException() {
        super("The public catalogue is not open on this registry; sign in to search it");
    }
}
