package org.hetao.registry.ipasset;

import java.util.List;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;

/**
 * The descriptive fields of an IP asset, as a client states them (ownership is kept apart). The
 * public summary, the problem solved, the advantages and the applications are investor-visible texts
 * in up to three languages; the development stage is the technology readiness level.
 */
public record IpAssetDetails(
        Long projectId,
        AssetType type,
        LocalizedText title,
        LocalizedText abstractText,
        LocalizedText publicSummary,
        LocalizedText problemSolved,
        LocalizedText advantages,
        LocalizedText applications,
        Integer readinessLevel,
        Licensing licensing,
        Confidentiality confidentiality,
        List<FilingDetails> filings,
        List<InventorDetails> inventors) {

    /** The same details with other filings and inventors. */
    public IpAssetDetails with(List<FilingDetails> otherFilings, List<InventorDetails> otherInventors) {
        return new IpAssetDetails(
                projectId,
                type,
                title,
                abstractText,
                publicSummary,
                problemSolved,
                advantages,
                applications,
                readinessLevel,
                licensing,
                confidentiality,
                otherFilings,
                otherInventors);
    }

    /** The same details of another project. */
    public IpAssetDetails inProject(Long otherProjectId) {
        return new IpAssetDetails(
                otherProjectId,
                type,
                title,
                abstractText,
                publicSummary,
                problemSolved,
                advantages,
                applications,
                readinessLevel,
                licensing,
                confidentiality,
                filings,
                inventors);
    }
}
