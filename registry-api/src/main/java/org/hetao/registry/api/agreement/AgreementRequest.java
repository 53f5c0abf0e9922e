package org.hetao.registry.api.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hetao.registry.agreement.lifecycle.AgreementDraft;
import org.hetao.registry.api.agreement.PartiesRequest.BackgroundIpRequest;
import org.hetao.registry.api.agreement.PartiesRequest.SignatoryRequest;

/**
 * A new agreement about an IP asset, made from its current ownership: the options, a signatory
 * for every party (the owners, and any institution employing an inventor) and the parties'
 * Background IP.
 */
public record AgreementRequest(
        @NotNull Long ipAssetId,
        @NotNull @Valid OptionsRequest options,
        @Size(max = 50) List<@Valid SignatoryRequest> signatories,
        @Size(max = 100) List<@Valid BackgroundIpRequest> backgroundIp) {

    public AgreementDraft toDraft() {
        return new AgreementDraft(
                ipAssetId,
                options.toOptions(),
                PartiesRequest.signatories(signatories),
                PartiesRequest.backgroundIp(backgroundIp));
    }
}
