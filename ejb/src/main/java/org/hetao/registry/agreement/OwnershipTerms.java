package org.hetao.registry.agreement;

import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** The ownership model and, for {@link OwnershipModel#LEAD_OWNS_AND_LICENSES}, the lead party's code. */
public record OwnershipTerms(OwnershipModel model, String leadParty) {

    public OwnershipTerms {
        if (model == null) {
            throw new InvalidValueException("ownership.model", ErrorCode.REQUIRED, "is required");
        }
        leadParty = leadParty == null || leadParty.isBlank() ? null : leadParty.strip();
        if (model == OwnershipModel.LEAD_OWNS_AND_LICENSES && leadParty == null) {
            throw new InvalidValueException(
                    "ownership.leadParty", ErrorCode.REQUIRED, "is required when the lead party owns and licenses");
        }
        if (model != OwnershipModel.LEAD_OWNS_AND_LICENSES && leadParty != null) {
            throw new InvalidValueException(
                    "ownership.leadParty", ErrorCode.NOT_APPLICABLE, "applies only to LEAD_OWNS_AND_LICENSES");
        }
    }

    public static OwnershipTerms jointShares() {
        return new OwnershipTerms(OwnershipModel.JOINT_SHARES, null);
    }

    public static OwnershipTerms leadOwns(String leadParty) {
        return new OwnershipTerms(OwnershipModel.LEAD_OWNS_AND_LICENSES, leadParty);
    }

    public static OwnershipTerms eachOwnsOwnResults() {
        return new OwnershipTerms(OwnershipModel.EACH_OWNS_OWN_RESULTS_WITH_CROSS_LICENCES, null);
    }
}
