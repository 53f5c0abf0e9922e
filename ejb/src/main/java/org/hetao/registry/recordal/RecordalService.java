package org.hetao.registry.recordal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.agreement.lifecycle.Agreement;
import org.hetao.registry.agreement.lifecycle.AgreementAccess;
import org.hetao.registry.agreement.lifecycle.AgreementRepository;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.ReferenceNotFoundException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.ownership.OwnershipVersion;

/**
 * Records and maintains recordals. Whoever may read the asset (an agreement's: whoever may read the
 * agreement) reads its recordals; the offices of the institutions party to the ownership version
 * (its owners and those of the version before) or to the agreement write them, and administrators.
 * Every change is audited.
 */
@Stateless
public class RecordalService {
    @Inject
    RecordalRepository recordals;

    @Inject
    IpAssetRepository assets;

    @Inject
    AssetAccess assetAccess;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementAccess agreementAccess;

    @Inject
    AccessGuard access;

    @Inject
    ChangeRecorder changes;

    private final RegistryClock clock = new RegistryClock();

    /** Today in the zone, the day the warnings are computed for. */
    public LocalDate today() {
        return clock.today();
    }

    /** The recordals of an asset, of an ownership version or of an agreement: exactly one is named. */
    public List<Recordal> list(Long ipAssetId, Long ownershipVersionId, Long agreementId) {
        int named = (ipAssetId == null ? 0 : 1) + (ownershipVersionId == null ? 0 : 1) + (agreementId == null ? 0 : 1);
        if (named != 1) {
            throw new InvalidValueException(
                    "ipAssetId",
                    ErrorCode.RECORDAL_SUBJECT,
                    "name exactly one of ipAssetId, ownershipVersionId and agreementId");
        }
        if (ipAssetId != null) {
            assetAccess.checkRead(assets.get(ipAssetId));
            return recordals.ofAsset(ipAssetId);
        }
        if (ownershipVersionId != null) {
            OwnershipVersion v = recordals
                    .ownershipVersion(ownershipVersionId)
                    .orElseThrow(() -> new NotFoundException("ownership-version", ownershipVersionId));
            assetAccess.checkRead(assets.get(v.getIpAssetId()));
            return recordals.of(RecordalSubject.OWNERSHIP_VERSION, ownershipVersionId);
        }
        agreementAccess.checkRead(agreements.get(agreementId));
        return recordals.of(RecordalSubject.AGREEMENT, agreementId);
    }

    public Recordal get(long id) {
        Recordal r = recordals.get(id);
        checkRead(r);
        return r;
    }

    public Recordal create(RecordalTarget target, RecordalDetails details) {
        if (target == null || (target.ownershipVersionId() == null) == (target.agreementId() == null)) {
            throw new InvalidValueException(
                    "ownershipVersionId",
                    ErrorCode.RECORDAL_SUBJECT,
                    "name exactly one of ownershipVersionId and agreementId");
        }
        Recordal r;
        if (target.ownershipVersionId() != null) {
            OwnershipVersion v = recordals
                    .ownershipVersion(target.ownershipVersionId())
                    .orElseThrow(() -> new ReferenceNotFoundException(
                            "ownershipVersionId", "ownership-version", target.ownershipVersionId()));
            // a version the caller may not read is, to it, not there: the same answer as a wrong id
            try {
                assetAccess.checkRead(assets.get(v.getIpAssetId()));
            } catch (NotFoundException e) {
                throw new ReferenceNotFoundException(
                        "ownershipVersionId", "ownership-version", target.ownershipVersionId());
            }
            access.checkWrite(Recordal.KIND, 0, recordals.parties(v));
            r = new Recordal(
                    RecordalSubject.OWNERSHIP_VERSION, v.getId(), v.getIpAssetId(), v.getEffectiveFrom(), details);
        } else {
            Agreement a = agreements
                    .find(target.agreementId())
                    .orElseThrow(
                            () -> new ReferenceNotFoundException("agreementId", Agreement.KIND, target.agreementId()));
            try {
                agreementAccess.checkRead(a);
            } catch (NotFoundException e) {
                throw new ReferenceNotFoundException("agreementId", Agreement.KIND, target.agreementId());
            }
            LocalDate signed = a.getSignedAt() == null
                    ? null
                    : a.getSignedAt().atZoneSameInstant(RegistryClock.ZONE).toLocalDate();
            access.checkWrite(Recordal.KIND, 0, a.partyInstitutions());
            r = new Recordal(RecordalSubject.AGREEMENT, a.getId(), a.getIpAssetId(), signed, details);
        }
        recordals.add(r);
        recordals.flush();
        changes.created(Recordal.KIND, r.getId(), RecordalRecord.of(r));
        return r;
    }

    public Recordal update(long id, long expectedVersion, RecordalDetails details) {
        Recordal r = writable(id);
        r.checkVersion(Recordal.KIND, expectedVersion);
        RecordalRecord before = RecordalRecord.of(r);
        r.describe(details, subjectDate(r));
        recordals.flush();
        changes.updated(Recordal.KIND, id, before, RecordalRecord.of(r));
        return r;
    }

    public void delete(long id, long expectedVersion) {
        Recordal r = writable(id);
        r.checkVersion(Recordal.KIND, expectedVersion);
        RecordalRecord before = RecordalRecord.of(r);
        recordals.remove(r);
        recordals.flush();
        changes.deleted(Recordal.KIND, id, before);
    }

    /** The institutions party to the recordal's subject, whose offices write it and hear of its warnings. */
    public Set<Long> parties(Recordal r) {
        if (r.getSubjectKind() == RecordalSubject.OWNERSHIP_VERSION) {
            return recordals
                    .ownershipVersion(r.getSubjectId())
                    .map(recordals::parties)
                    .orElse(Set.of());
        }
        return agreements
                .find(r.getSubjectId())
                .map(Agreement::partyInstitutions)
                .orElse(Set.of());
    }

    private Recordal writable(long id) {
        Recordal r = get(id);
        access.checkWrite(Recordal.KIND, id, parties(r));
        return r;
    }

    private void checkRead(Recordal r) {
        try {
            if (r.getSubjectKind() == RecordalSubject.AGREEMENT) {
                agreementAccess.checkRead(agreements.get(r.getSubjectId()));
            } else {
                assetAccess.checkRead(assets.get(r.getIpAssetId()));
            }
        } catch (NotFoundException e) {
            throw new NotFoundException(Recordal.KIND, r.getId());
        }
    }

    /** The date an effective date left out falls back to: the version's, or the agreement's signature day. */
    private LocalDate subjectDate(Recordal r) {
        if (r.getSubjectKind() == RecordalSubject.OWNERSHIP_VERSION) {
            return recordals
                    .ownershipVersion(r.getSubjectId())
                    .map(OwnershipVersion::getEffectiveFrom)
                    .orElse(r.getEffectiveDate());
        }
        return agreements
                .find(r.getSubjectId())
                .map(Agreement::getSignedAt)
                .map(t -> t.atZoneSameInstant(RegistryClock.ZONE).toLocalDate())
                .orElse(r.getEffectiveDate());
    }
}
