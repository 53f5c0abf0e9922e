package org.hetao.registry.api.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.api.institution.PublicContactView;
import org.hetao.registry.api.ipasset.IpStatusView;
import org.hetao.registry.catalogue.PublicAsset;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.InvestorTexts;
import org.hetao.registry.ipasset.IpAsset;

/**
 * An IP asset of the public catalogue: what an investor reads of it (no abstract, no inventors, no
 * shares): its public summary, problem solved, advantages and applications in up to three languages, its
 * development stage (the readiness level), its filings and the IP status they give, and the institutions
 * that own it now with their offices' public licensing contacts.
 */
public record PublicAssetView(
        long id,
        String type,
        TextView title,
        TextView publicSummary,
        TextView problemSolved,
        TextView advantages,
        TextView applications,
        int readinessLevel,
        IpStatusView ipStatus,
        String licensing,
        List<FilingView> filings,
        List<OwnerView> owners) {

    /** A filing as the catalogue shows it. */
    @Schema(name = "PublicFilingView")
    public record FilingView(
            String jurisdiction,
            String applicationNumber,
            String grantNumber,
            LocalDate filingDate,
            LocalDate grantDate,
            String status) {}

    /** An owning institution: its id, short name, name and public licensing contact (null when it publishes none). */
    @Schema(name = "PublicOwnerView")
    public record OwnerView(long id, String shortName, TextView name, PublicContactView contact) {
        static OwnerView of(Institution i) {
            return new OwnerView(i.getId(), i.getShortName(), TextView.of(i.getName()), PublicContactView.of(i));
        }
    }

    public static PublicAssetView of(PublicAsset p) {
        IpAsset a = p.asset();
        InvestorTexts texts = a.getInvestorTexts();
        return new PublicAssetView(
                a.getId(),
                a.getType().name(),
                TextView.of(a.getTitle()),
                TextView.of(texts.summary()),
                TextView.of(texts.problemSolved()),
                TextView.of(texts.advantages()),
                TextView.of(texts.applications()),
                a.getReadinessLevel(),
                IpStatusView.of(a.getIpStatus()),
                a.getLicensing().name(),
                a.getFilings().stream()
                        .map(f -> {
                            var d = f.details();
                            return new FilingView(
                                    d.jurisdiction().name(),
                                    d.applicationNumber(),
                                    d.grantNumber(),
                                    d.filingDate(),
                                    d.grantDate(),
                                    d.status().name());
                        })
                        .toList(),
                p.owners().stream().map(OwnerView::of).toList());
    }
}
