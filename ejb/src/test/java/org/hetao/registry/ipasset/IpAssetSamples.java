package org.hetao.registry.ipasset;

import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;

/** Valid, fictional IP assets for tests. */
public final class IpAssetSamples {
    private IpAssetSamples() {}

    public static IpAssetDetails patent(long projectId, List<InventorDetails> inventors) {
        return new IpAssetDetails(
                projectId,
                AssetType.PATENT_APPLICATION,
                new LocalizedText("Soft gripper for wet-lab automation", "濕實驗室自動化軟夾爪", "湿实验室自动化软夹爪"),
                new LocalizedText("A compliant gripper that handles sample tubes.", null, null),
                new LocalizedText(
                        "A soft robotic gripper for handling biological sample tubes.", "處理生物樣本管的軟機械夾爪。", null),
                new LocalizedText("Robots break fragile sample tubes.", null, null),
                new LocalizedText("Gentler and cheaper than rigid grippers.", null, null),
                new LocalizedText("Wet-lab automation for hospitals and contract research.", null, null),
                4,
                Licensing.NON_EXCLUSIVE,
                Confidentiality.PUBLIC,
                List.of(new FilingDetails(
                        FilingJurisdiction.CN,
                        "CN202610123456.7",
                        null,
                        LocalDate.of(2026, 3, 2),
                        null,
                        FilingStatus.FILED)),
                inventors);
    }

    public static IpAssetDetails with(IpAssetDetails d, List<FilingDetails> filings, List<InventorDetails> inventors) {
        return d.with(filings, inventors);
    }

    /** The same asset with another summary, offer and confidentiality. */
    public static IpAssetDetails offered(
            IpAssetDetails d, LocalizedText summary, Licensing licensing, Confidentiality confidentiality) {
        return new IpAssetDetails(
                d.projectId(),
                d.type(),
                d.title(),
                d.abstractText(),
                summary,
                d.problemSolved(),
                d.advantages(),
                d.applications(),
                d.readinessLevel(),
                licensing,
                confidentiality,
                d.filings(),
                d.inventors());
    }

    /** The same asset at another readiness level. */
    public static IpAssetDetails atLevel(IpAssetDetails d, int readinessLevel) {
        return new IpAssetDetails(
                d.projectId(),
                d.type(),
                d.title(),
                d.abstractText(),
                d.publicSummary(),
                d.problemSolved(),
                d.advantages(),
                d.applications(),
                readinessLevel,
                d.licensing(),
                d.confidentiality(),
                d.filings(),
                d.inventors());
    }
}
