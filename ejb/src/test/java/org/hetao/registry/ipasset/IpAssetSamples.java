package org.hetao.registry.ipasset;

import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;

/** Valid, fictional IP assets for tests. */
public final class IpAssetSamples {
    private IpAssetSamples() {
    }

    public static IpAssetDetails patent(long projectId, List<InventorDetails> inventors) {
        return new IpAssetDetails(projectId, AssetType.PATENT_APPLICATION,
                new LocalizedText("Soft gripper for wet-lab automation", "濕實驗室自動化軟夾爪", "湿实验室自动化软夹爪"),
                new LocalizedText("A compliant gripper that handles sample tubes.", null, null),
                "A soft robotic gripper for handling biological sample tubes.", 4, Licensing.NON_EXCLUSIVE,
                Confidentiality.PUBLIC,
                List.of(new FilingDetails(FilingJurisdiction.CN, "CN202610123456.7", null, LocalDate.of(2026, 3, 2), null, FilingStatus.FILED)),
                inventors);
    }

    public static IpAssetDetails with(IpAssetDetails d, List<FilingDetails> filings, List<InventorDetails> inventors) {
        return new IpAssetDetails(d.projectId(), d.type(), d.title(), d.abstractText(), d.publicSummary(), d.readinessLevel(),
                d.licensing(), d.confidentiality(), filings, inventors);
    }
}
