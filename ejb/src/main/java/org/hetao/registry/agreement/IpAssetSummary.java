package org.hetao.registry.agreement;

import java.util.List;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.ipasset.AssetType;

/** The IP asset the agreement is about: title, type and filings. */
public record IpAssetSummary(LocalizedText title, AssetType type, List<Filing> filings) {

    public IpAssetSummary {
        Checks.require("asset.title", title);
        title = LocalizedText.of("asset.title", title.en(), title.zhHant(), title.zhHans(), 500, true);
        Checks.require("asset.type", type);
        filings = filings == null ? List.of() : List.copyOf(filings);
    }

    public boolean hasFilingIn(FilingJurisdiction jurisdiction) {
        return filings.stream().anyMatch(f -> f.jurisdiction() == jurisdiction);
    }
}
