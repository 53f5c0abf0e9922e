package org.hetao.registry.api.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.catalogue.PublicAsset;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.IpAsset;

/**
 * An IP asset of the public catalogue: what an investor reads of it (no abstract, no inventors, no
 * shares), its filings' jurisdictions and status, and the institutions that own it now.
 */
public record PublicAssetView(long id, String type, TextView title, String publicSummary, int readinessLevel, String licensing,
                              List<FilingView> filings, List<OwnerView> owners) {

    /** A filing as the catalogue shows it. */
    @Schema(name = "PublicFilingView")
    public record FilingView(String jurisdiction, String applicationNumber, String grantNumber, LocalDate filingDate, LocalDate grantDate,
                             String status) {
    }

    /** An owning institution: its id, short name and name. */
    @Schema(name = "PublicOwnerView")
    public record OwnerView(long id, String shortName, TextView name) {
        static OwnerView of(Institution i) {
            return new OwnerView(i.getId(), i.getShortName(), TextView.of(i.getName()));
        }
    }

    public static PublicAssetView of(PublicAsset p) {
        IpAsset a = p.asset();
        return new PublicAssetView(a.getId(), a.getType().name(), TextView.of(a.getTitle()), a.getPublicSummary(), a.getReadinessLevel(),
                a.getLicensing().name(), a.getFilings().stream().map(f -> {
                    var d = f.details();
                    return new FilingView(d.jurisdiction().name(), d.applicationNumber(), d.grantNumber(), d.filingDate(), d.grantDate(),
                            d.status().name());
                }).toList(), p.owners().stream().map(OwnerView::of).toList());
    }
}
