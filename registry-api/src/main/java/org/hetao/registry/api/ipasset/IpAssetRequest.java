package org.hetao.registry.api.ipasset;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.SummaryRequest;
import org.hetao.registry.api.common.TextRequest;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.ipasset.AssetType;
import org.hetao.registry.ipasset.DesignatedOffice;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingDocket;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;
import org.hetao.registry.ipasset.HongKongPatentKind;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ipasset.Licensing;
import org.hetao.registry.ipasset.PriorityClaimDetails;

/** An IP asset as a client sends it. Its owners are set through {@code /api/ip-assets/{id}/ownership}. */
@Schema(name = "IpAssetRequest")
public record IpAssetRequest(
        @NotNull Long projectId,
        @NotNull AssetType type,
        @NotNull @Valid TextRequest title,

        @JsonbProperty("abstract") @Schema(name = "abstract") @Valid
        TextRequest abstractText,

        @Valid SummaryRequest publicSummary,
        @Valid TextRequest problemSolved,
        @Valid TextRequest advantages,
        @Valid TextRequest applications,
        @NotNull @Min(1) @Max(9) Integer readinessLevel,
        @NotNull Licensing licensing,
        @NotNull Confidentiality confidentiality,
        @Size(max = 50) List<@Valid FilingRequest> filings,
        @Size(max = 50) List<@Valid InventorRequest> inventors) {

    /** An application in one jurisdiction. */
    public record FilingRequest(
            @NotNull FilingJurisdiction jurisdiction,
            @NotBlank @Size(max = 64) String applicationNumber,
            @Size(max = 64) String grantNumber,
            LocalDate filingDate,
            LocalDate grantDate,
            @NotNull FilingStatus status,
            @Size(max = 64) String publicationNumber,
            LocalDate publicationDate,
            @Size(max = 20) List<@Valid PriorityClaimRequest> priorities,
            @Size(max = 64) String pctApplicationNumber,
            HongKongPatentKind hkKind,
            DesignatedOffice designatedOffice,
            @Size(max = 64) String designatedApplicationNumber) {

        FilingDetails toDetails() {
            return new FilingDetails(
                    jurisdiction,
                    applicationNumber,
                    grantNumber,
                    filingDate,
                    grantDate,
                    status,
                    new FilingDocket(
                            publicationNumber,
                            publicationDate,
                            priorities == null
                                    ? List.of()
                                    : priorities.stream()
                                            .map(c -> c == null
                                                    ? null
                                                    : new PriorityClaimDetails(c.office(), c.number(), c.date()))
                                            .toList(),
                            pctApplicationNumber,
                            hkKind,
                            designatedOffice,
                            designatedApplicationNumber));
        }
    }

    /** A priority claimed: the earlier application's office (two letters; WO for a PCT application), number and date. */
    public record PriorityClaimRequest(
            @NotBlank @Size(max = 2) String office,
            @NotBlank @Size(max = 64) String number,
            @NotNull LocalDate date) {}

    /** An inventor and their contribution in basis points (1 bp = 0.01 %). */
    public record InventorRequest(
            @NotNull Long personId, @NotNull Integer shareBp) {}

    public IpAssetDetails toDetails() {
        return new IpAssetDetails(
                projectId,
                type,
                TextRequest.text(title),
                TextRequest.text(abstractText),
                SummaryRequest.text(publicSummary),
                TextRequest.text(problemSolved),
                TextRequest.text(advantages),
                TextRequest.text(applications),
                readinessLevel,
                licensing,
                confidentiality,
                filings == null
                        ? null
                        : filings.stream()
                                .map(f -> f == null ? null : f.toDetails())
                                .toList(),
                inventors == null
                        ? null
                        : inventors.stream()
                                .map(i -> i == null ? null : new InventorDetails(i.personId(), i.shareBp()))
                                .toList());
    }
}
