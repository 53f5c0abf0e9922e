package org.hetao.registry.ipasset;

import java.util.List;

/**
 * What a reader sees beside an asset in lists and pickers: its project's code and the institutions
 * that own it today with their shares, largest first (none before its first ownership version).
 */
public record AssetContext(String projectCode, List<Owner> owners) {

    /** An owner in force today. */
    public record Owner(long institutionId, String shortName, int shareBp) {}
}
