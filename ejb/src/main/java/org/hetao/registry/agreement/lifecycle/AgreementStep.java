package org.hetao.registry.agreement.lifecycle;

/**
 * Fired synchronously, in the transaction that stores it, when an agreement is issued or marked out
 * of date, so that observers (the owners' inboxes) write what follows only if the step commits.
 */
public record AgreementStep(
        long agreementId, String agreementNumber, int revision, long ipAssetId, Kind kind, String actor) {
    public enum Kind {
        ISSUED,
        OUT_OF_DATE
    }

    static AgreementStep of(Agreement a, Kind kind, String actor) {
        return new AgreementStep(a.getId(), a.agreementId(), a.getRevision(), a.getIpAssetId(), kind, actor);
    }
}
