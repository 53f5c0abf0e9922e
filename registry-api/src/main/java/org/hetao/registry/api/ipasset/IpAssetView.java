package org.hetao.registry.api.ipasset;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.ipasset.AssetContext;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.Inventor;
import org.hetao.registry.ipasset.IpAsset;

/** An IP asset in a response. */
@Schema(name = "IpAssetView")
public record IpAssetView(
        long id,
        long version,
        long projectId,
        String type,
        TextView title,

        @JsonbProperty("abstract") @Schema(name = "abstract")
        TextView abstractText,

        TextView publicSummary,
        TextView problemSolved,
        TextView advantages,
        TextView applications,
        int readinessLevel,
        IpStatusView ipStatus,
        String licensing,
        String confidentiality,
        List<FilingView> filings,
        List<InventorView> inventors,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,

        @Schema(description = "The code of the asset's project")
        String projectCode,

        List<OwnerView> owners) {

    /** An owner in force today (the asset's owners: largest share first, none before its first ownership version takes effect). */
    @Schema(name = "AssetOwnerView", description = "An institution that owns a share of the asset today")
    public record OwnerView(long institutionId, String shortName, int shareBp) {
        static OwnerView of(AssetContext.Owner o) {
            return new OwnerView(o.institutionId(), o.shortName(), o.shareBp());
        }
    }

    /** A filing in a response, with what a patent docket needs of it. */
    @Schema(name = "FilingView")
    public record FilingView(
            String jurisdiction,
            String applicationNumber,
            String grantNumber,
            LocalDate filingDate,
            LocalDate grantDate,
            String status,
            String publicationNumber,
            LocalDate publicationDate,
            List<PriorityClaimView> priorities,

            @Schema(description = "The PCT application this filing enters the national or regional phase from")
            String pctApplicationNumber,

            @Schema(description = "Hong Kong filings: STANDARD_R, STANDARD_O or SHORT_TERM")
            String hkKind,

            @Schema(description = "A Hong Kong standard patent (R): the office of its designated patent (CN, EP, GB)")
            String designatedOffice,

            @Schema(description = "A Hong Kong standard patent (R): its designated patent application's number")
            String designatedApplicationNumber) {
        static FilingView of(FilingDetails d) {
            var k = d.docket();
            return new FilingView(
                    d.jurisdiction().name(),
                    d.applicationNumber(),
                    d.grantNumber(),
                    d.filingDate(),
                    d.grantDate(),
                    d.status().name(),
                    k.publicationNumber(),
                    k.publicationDate(),
                    k.priorities().stream()
                            .map(c -> new PriorityClaimView(c.office(), c.number(), c.date()))
                            .toList(),
                    k.pctApplicationNumber(),
                    k.hkKind() == null ? null : k.hkKind().name(),
                    k.designatedOffice() == null ? null : k.designatedOffice().name(),
                    k.designatedApplicationNumber());
        }
    }

    /** A priority a filing claims. */
    @Schema(name = "PriorityClaimView")
    public record PriorityClaimView(String office, String number, LocalDate date) {}

    /** An inventor in a response. */
    @Schema(name = "InventorView")
    public record InventorView(long personId, int shareBp) {
        static InventorView of(Inventor i) {
            return new InventorView(i.getPersonId(), i.getShareBp());
        }
    }

    public static IpAssetView of(IpAsset a, AssetContext context) {
        return of(a, true, context);
    }

    /** Without the internal abstract and the inventors unless {@code internal}: what an investor may see. */
    public static IpAssetView of(IpAsset a, boolean internal, AssetContext context) {
        return new IpAssetView(
                a.getId(),
                a.getVersion(),
                a.getProjectId(),
                a.getType().name(),
                TextView.of(a.getTitle()),
                internal ? TextView.of(a.getAbstract()) : null,
                TextView.of(a.getInvestorTexts().summary()),
                TextView.of(a.getInvestorTexts().problemSolved()),
                TextView.of(a.getInvestorTexts().advantages()),
                TextView.of(a.getInvestorTexts().applications()),
                a.getReadinessLevel(),
                IpStatusView.of(a.getIpStatus()),
                a.getLicensing().name(),
                a.getConfidentiality().name(),
                a.details().filings().stream().map(FilingView::of).toList(),
                internal ? a.getInventors().stream().map(InventorView::of).toList() : null,
                a.getCreatedAt(),
                a.getUpdatedAt(),
                context == null ? null : context.projectCode(),
                context == null
                        ? List.of()
                        : context.owners().stream().map(OwnerView::of).toList());
    }
}
