package org.hetao.registry.api.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hetao.registry.agreement.lifecycle.AgreementRevision;
import org.hetao.registry.api.agreement.PartiesRequest.BackgroundIpRequest;
import org.hetao.registry.api.agreement.PartiesRequest.SignatoryRequest;

/** What changes in the revision that supersedes an issued agreement; every part left out is taken over. */
public record SupersedeRequest(
        @Valid OptionsRequest options,
        @Size(max = 50) List<@Valid SignatoryRequest> signatories,
        @Size(max = 100) List<@Valid BackgroundIpRequest> backgroundIp) {

    public static AgreementRevision revision(SupersedeRequest r) {
        if (r == null) {
            return AgreementRevision.SAME;
        }
        return new AgreementRevision(
                r.options() == null ? null : r.options().toOptions(),
                PartiesRequest.signatories(r.signatories()),
                PartiesRequest.backgroundIp(r.backgroundIp()));
    }
}
