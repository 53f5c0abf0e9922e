package org.hetao.registry.ownership;

/**
 * Fired, in the writing transaction, when an IP asset gets a new ownership version; observers that
 * keep records made from an older version in step (agreements) observe it synchronously.
 */
public record OwnershipChanged(long ipAssetId, int versionNo) {
}
