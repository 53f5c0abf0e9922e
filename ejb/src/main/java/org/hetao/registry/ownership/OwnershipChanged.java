package org.hetao.registry.ownership;

/**
 * Fired, in the writing transaction, when a version of an IP asset's ownership comes into force:
 * when it is recorded with a date that makes it current, or on its date when it was scheduled
 * ({@link OwnershipDates}). {@code versionNo} is the version in force now; observers that keep records
 * made from another version in step (agreements) observe it synchronously.
 */
public record OwnershipChanged(long ipAssetId, int versionNo) {}
