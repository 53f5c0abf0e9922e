package org.hetao.registry.ownership;

/**
 * The check ownership needs of the IP assets it belongs to, implemented where assets are kept
 * ({@code org.hetao.registry.ipasset.AssetAccess}), so that this package does not depend on that one.
 */
public interface ReadableAssets {
    /** Fails with "not found" unless the asset exists and the caller may read it. */
    void checkReadable(long ipAssetId);
}
