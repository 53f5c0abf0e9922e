package org.hetao.registry.boundary;

import org.hetao.registry.project.Park;

/**
 * What a list of transfers is narrowed to (each null: any): a project, a party (the sending or the
 * receiving institution), a status, the kind, and the park it leaves or arrives in.
 */
public record TransferFilter(
        Long projectId, Long institutionId, TransferStatus status, TransferKind kind, Park fromPark, Park toPark) {
    public static TransferFilter of(Long projectId) {
        return new TransferFilter(projectId, null, null, null, null, null);
    }
}
