package org.hetao.registry.ipasset;

import java.util.List;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;

/** The descriptive fields of an IP asset, as a client states them (ownership is kept apart). */
public record IpAssetDetails(Long projectId, AssetType type, LocalizedText title, LocalizedText abstractText,
                             String publicSummary, Integer readinessLevel, Licensing licensing,
                             Confidentiality confidentiality, List<FilingDetails> filings,
                             List<InventorDetails> inventors) {
}
