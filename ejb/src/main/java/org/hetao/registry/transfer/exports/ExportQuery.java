package org.hetao.registry.transfer.exports;

import org.hetao.registry.access.ReadScope;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * An export as a caller asked for it, with what the caller may see fixed when it was asked for (the
 * file is written after the request's method has returned): a list of one kind with its filter, or
 * the backup of one institution. {@code refScope} is whose references name the records; {@code
 * registry} is this registry's instance id, with which it names records that have no other name.
 */
public record ExportQuery(
        RecordKind kind,
        Object filter,
        ReadScope scope,
        boolean internal,
        String refScope,
        Long institutionId,
        String registry) {
    public boolean backup() {
        return institutionId != null;
    }
}
