package org.hetao.registry.agreement.lifecycle;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.agreement.AgreementLanguage;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.StaleVersionException;

/**
 * One revision of a joint-ownership agreement about one IP asset, made from one version of its
 * ownership under one version of the IP framework. What it says (content and options) is fixed
 * when it is drafted. It is issued once ({@link #issue}), after which it never changes but for
 * being signed, flagged out of date when the asset's ownership moves on, or superseded by a later
 * revision. Its creation time is kept to the second, so that a re-rendering after a round trip
 * through any database gives the same PDF.
 */
@Entity
@Table(name = "agreement")
public class Agreement {
    public static final String KIND = "agreement";

    @Id
    @SequenceGenerator(name = "agreement_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_id")
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "series_id", nullable = false, updatable = false)
    private Long seriesId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "ip_asset_id", nullable = false, updatable = false)
    private long ipAssetId;

    @Column(name = "ownership_version_no", nullable = false, updatable = false)
    private int ownershipVersionNo;

    @Column(name = "framework_version", nullable = false, updatable = false)
    private int frameworkVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgreementStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgreementLanguage language;

    @Column(nullable = false, length = 100000)
    private String options;

    @Column(nullable = false, length = 200000)
    private String content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @Column(name = "pdf_sha256", length = 64)
    private String pdfSha256;

    @Column(name = "warnings_acknowledged", nullable = false)
    private boolean warningsAcknowledged;

    @Column(name = "out_of_date", nullable = false)
    private boolean outOfDate;

    @Column(name = "supersedes", updatable = false)
    private Long supersedes;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    @Column(name = "signed_by", length = 64)
    private String signedBy;

    @Column(name = "signed_copy_sha256", length = 64)
    private String signedCopySha256;

    @Column(name = "signed_copy_size")
    private Long signedCopySize;

    @Column(name = "signed_copy_at")
    private OffsetDateTime signedCopyAt;

    @Column(name = "signed_copy_by", length = 64)
    private String signedCopyBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<AgreementParty> parties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_signature", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("signedAt ASC")
    private List<AgreementSignature> signatures = new ArrayList<>();

    protected Agreement() {}

    private Agreement(DraftedRevision drafted, Long seriesId, int revision, Long supersedes) {
        this.seriesId = seriesId;
        this.revision = revision;
        this.supersedes = supersedes;
        this.ipAssetId = drafted.ipAssetId();
        this.ownershipVersionNo = drafted.ownershipVersionNo();
        this.frameworkVersion = drafted.frameworkVersion();
        this.language = Checks.require("options.language.language", drafted.language());
        this.options = Checks.require("options", drafted.optionsJson());
        this.content = Checks.require("content", drafted.contentJson());
        this.parties.addAll(Checks.requireNotEmpty("parties", drafted.parties()));
        this.createdBy = Checks.requireText("createdBy", drafted.createdBy(), 64);
        this.createdAt = drafted.createdAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        this.status = AgreementStatus.DRAFT;
    }

    /** The first revision of a new agreement; its series is named by its own id once stored. */
    public static Agreement draft(DraftedRevision drafted) {
        return new Agreement(drafted, null, 1, null);
    }

    /** The next revision of this agreement, to replace it once it has been issued (see {@link #supersede}). */
    public Agreement successor(DraftedRevision drafted) {
        checkSupersedable();
        if (drafted.ipAssetId() != ipAssetId) {
            throw new InvalidValueException(
                    "ipAssetId",
                    ErrorCode.AGREEMENT_ASSET_REVISED,
                    "a later revision is about the same IP asset " + ipAssetId);
        }
        return new Agreement(drafted, seriesId, revision + 1, id);
    }

    /** Names the series after this, its first revision, once the id is known (before the row is written). */
    void startSeries() {
        if (seriesId == null) {
            seriesId = id;
        }
    }

    /** Fails unless this draft may be issued: still a draft, not out of date, every warning acknowledged. */
    public void checkIssuable(List<String> warningCodes, boolean acknowledged) {
        if (status != AgreementStatus.DRAFT) {
            throw new ConflictException(
                    name() + " is " + status + ": an issued agreement never changes; supersede it to make a new draft");
        }
        if (outOfDate) {
            throw new ConflictException(name() + " was made from ownership version " + ownershipVersionNo
                    + ", which is no longer current: draft a new agreement from the current ownership");
        }
        if (!warningCodes.isEmpty() && !acknowledged) {
            throw new InvalidValueException(
                    "acknowledgedWarnings",
                    ErrorCode.AGREEMENT_WARNINGS_UNACKNOWLEDGED,
                    "must be true: the draft leaves points silent on which Hong Kong and "
                            + "Mainland default rules differ " + warningCodes
                            + "; acknowledge them or change the options",
                    Map.of("warnings", List.copyOf(warningCodes)));
        }
    }

    /** Freezes the draft: from now on its PDF is the one whose SHA-256 is recorded here. */
    public void issue(String sha256, List<String> warningCodes, boolean acknowledged, String actor, Instant now) {
        checkIssuable(warningCodes, acknowledged);
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 is 64 lower-case hex digits: " + sha256);
        }
        this.pdfSha256 = sha256;
        this.warningsAcknowledged = acknowledged && !warningCodes.isEmpty();
        this.issuedBy = Checks.requireText("issuedBy", actor, 64);
        this.issuedAt = now.atOffset(ZoneOffset.UTC);
        this.status = AgreementStatus.ISSUED;
    }

    /**
     * Replaces what a draft says with a new drafting of it (other options, signatories or Background
     * IP), made from the same ownership version under the newest framework version. Only a draft
     * that is still up to date can be edited; an issued revision never changes.
     */
    public void redraft(DraftedRevision drafted) {
        checkEditable();
        if (drafted.ipAssetId() != ipAssetId) {
            throw new IllegalArgumentException("A draft stays about IP asset " + ipAssetId);
        }
        if (drafted.ownershipVersionNo() != ownershipVersionNo) {
            throw new ConflictException(
                    name() + " was made from ownership version " + ownershipVersionNo + ", and the current one is "
                            + drafted.ownershipVersionNo() + ": draft a new agreement from the current ownership");
        }
        this.frameworkVersion = drafted.frameworkVersion();
        this.language = Checks.require("options.language.language", drafted.language());
        this.options = Checks.require("options", drafted.optionsJson());
        this.content = Checks.require("content", drafted.contentJson());
        this.parties.clear();
        this.parties.addAll(Checks.requireNotEmpty("parties", drafted.parties()));
    }

    /** Fails unless this revision is a draft that is still up to date, and so may be edited. */
    public void checkEditable() {
        if (status != AgreementStatus.DRAFT) {
            throw new ConflictException(
                    name() + " is " + status + ": an issued agreement never changes; supersede it to make a new draft");
        }
        if (outOfDate) {
            throw new ConflictException(name() + " was made from ownership version " + ownershipVersionNo
                    + ", which is no longer current: discard it and draft a new agreement from the current ownership");
        }
    }

    /** Fails unless this revision is a draft, which alone may be discarded. */
    public void checkDiscardable() {
        if (status != AgreementStatus.DRAFT) {
            throw new ConflictException(
                    name() + " is " + status + ": only a draft can be discarded; an issued agreement is kept for ever "
                            + "and replaced by superseding it");
        }
    }

    /**
     * Takes back the supersession of this revision when the draft that was to replace it is
     * discarded: it is again issued, or signed if every party had signed it.
     */
    public void reinstate(long discardedSuccessorId) {
        if (status != AgreementStatus.SUPERSEDED || supersededBy == null || supersededBy != discardedSuccessorId) {
            throw new IllegalStateException(name() + " is not superseded by " + discardedSuccessorId);
        }
        this.supersededBy = null;
        this.status = signedAt != null ? AgreementStatus.SIGNED : AgreementStatus.ISSUED;
    }

    /**
     * Records one party's signature of the issued agreement. When every party has signed, the
     * agreement is signed, as of the last signature.
     */
    public void recordSignature(
            String partyCode,
            String signatoryName,
            String signatoryTitle,
            OffsetDateTime when,
            String actor,
            Instant now) {
        checkSignable();
        Checks.require("signedAt", when);
        if (when.isBefore(issuedAt)) {
            throw new InvalidValueException(
                    "signedAt",
                    ErrorCode.DATE_ORDER,
                    "must not be before the agreement was issued (" + issuedAt + ")",
                    Map.of("after", "issuedAt", "min", String.valueOf(issuedAt)));
        }
        AgreementParty party = parties.stream()
                .filter(p -> p.getCode().equals(partyCode))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "party",
                        ErrorCode.AGREEMENT_NOT_A_PARTY,
                        "names no party of " + name() + " ("
                                + parties.stream().map(AgreementParty::getCode).toList() + ")",
                        Map.of("party", String.valueOf(partyCode))));
        if (signature(partyCode) != null) {
            throw new ConflictException(partyCode + " has already signed " + name() + " ("
                    + signature(partyCode).getSignedAt() + ")");
        }
        signatures.add(new AgreementSignature(
                party,
                Checks.requireText("signatoryName", signatoryName, 200),
                Checks.optionalText("signatoryTitle", signatoryTitle, 200),
                when,
                Checks.requireText("recordedBy", actor, 64),
                now.atOffset(ZoneOffset.UTC)));
        if (signatures.size() == parties.size()) {
            this.signedAt = signatures.stream()
                    .map(AgreementSignature::getSignedAt)
                    .max(OffsetDateTime::compareTo)
                    .orElseThrow();
            this.signedBy = actor;
            this.status = AgreementStatus.SIGNED;
        }
    }

    /** Fails unless this revision is issued and so awaits its parties' signatures. */
    public void checkSignable() {
        if (status != AgreementStatus.ISSUED) {
            throw new ConflictException(name() + " is " + status + ": only an issued agreement can be signed"
                    + (status == AgreementStatus.SIGNED ? " (every party has signed it)" : ""));
        }
    }

    /** The parties that have not signed yet, in the order of the agreement. */
    public List<String> unsignedParties() {
        return parties.stream()
                .map(AgreementParty::getCode)
                .filter(code -> signature(code) == null)
                .toList();
    }

    private AgreementSignature signature(String partyCode) {
        return signatures.stream()
                .filter(s -> s.getPartyCode().equals(partyCode))
                .findFirst()
                .orElse(null);
    }

    /** Records the signed copy's SHA-256 and size; a signed agreement has at most one, which never changes. */
    public void attachSignedCopy(String sha256, long size, String actor, Instant now) {
        if (status != AgreementStatus.SIGNED) {
            throw new ConflictException(
                    name() + " is " + status + ": a signed copy belongs to an agreement every party has signed"
                            + (status == AgreementStatus.ISSUED
                                    ? "; record the signatures first (still to sign: " + unsignedParties() + ")"
                                    : ""));
        }
        if (signedCopySha256 != null) {
            throw new ConflictException(name() + " already has its signed copy (SHA-256 " + signedCopySha256
                    + "), which never changes; supersede the agreement to record a new one");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 is 64 lower-case hex digits: " + sha256);
        }
        this.signedCopySha256 = sha256;
        this.signedCopySize = size;
        this.signedCopyBy = Checks.requireText("signedCopyBy", actor, 64);
        this.signedCopyAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Fails unless a later revision may replace this one: it must have been issued (and may have been signed). */
    public void checkSupersedable() {
        if (status != AgreementStatus.ISSUED && status != AgreementStatus.SIGNED) {
            throw new ConflictException(name() + " is " + status
                    + ": only an issued (or signed) agreement can be superseded"
                    + (status == AgreementStatus.DRAFT ? "; a draft is replaced by drafting a new agreement" : ""));
        }
    }

    /** Marks this revision as replaced by the revision {@code successorId}. */
    public void supersede(long successorId) {
        checkSupersedable();
        this.supersededBy = successorId;
        this.status = AgreementStatus.SUPERSEDED;
    }

    /**
     * Notes that the asset's ownership has moved on from the version this revision was made from.
     * A superseded revision is left alone. Returns whether anything changed.
     */
    public boolean flagOutOfDate() {
        if (outOfDate || status == AgreementStatus.SUPERSEDED) {
            return false;
        }
        outOfDate = true;
        return true;
    }

    public void checkVersion(long expected) {
        if (expected != version) {
            throw new StaleVersionException("agreement", id, expected, version);
        }
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The agreement's name in documents and messages: {@code AG-<id of its first revision>}. */
    public String agreementId() {
        return "AG-" + (seriesId != null ? seriesId : id);
    }

    private String name() {
        return "Agreement " + agreementId() + " revision " + revision;
    }

    public boolean isDraft() {
        return status == AgreementStatus.DRAFT;
    }

    /** The institutions that are parties to it. */
    public Set<Long> partyInstitutions() {
        Set<Long> ids = new HashSet<>();
        parties.forEach(p -> ids.add(p.getInstitutionId()));
        return ids;
    }

    public AgreementRecord record() {
        return new AgreementRecord(
                agreementId(),
                revision,
                ipAssetId,
                ownershipVersionNo,
                frameworkVersion,
                status.name(),
                language.name(),
                outOfDate,
                warningsAcknowledged,
                pdfSha256,
                issuedAt,
                signedAt,
                supersedes,
                supersededBy,
                signatures.stream().map(AgreementSignature::record).toList(),
                signedCopySha256);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getRevision() {
        return revision;
    }

    public long getIpAssetId() {
        return ipAssetId;
    }

    public int getOwnershipVersionNo() {
        return ownershipVersionNo;
    }

    public int getFrameworkVersion() {
        return frameworkVersion;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public AgreementLanguage getLanguage() {
        return language;
    }

    public String getOptionsJson() {
        return options;
    }

    public String getContentJson() {
        return content;
    }

    public List<AgreementParty> getParties() {
        return List.copyOf(parties);
    }

    /** When it was drafted, to the second: the date its PDF carries. */
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public boolean isWarningsAcknowledged() {
        return warningsAcknowledged;
    }

    public boolean isOutOfDate() {
        return outOfDate;
    }

    public Long getSupersedes() {
        return supersedes;
    }

    public Long getSupersededBy() {
        return supersededBy;
    }

    public OffsetDateTime getSignedAt() {
        return signedAt;
    }

    public List<AgreementSignature> getSignatures() {
        return List.copyOf(signatures);
    }

    public String getSignedCopySha256() {
        return signedCopySha256;
    }

    public Long getSignedCopySize() {
        return signedCopySize;
    }

    public OffsetDateTime getSignedCopyAt() {
        return signedCopyAt;
    }

    public String getSignedCopyBy() {
        return signedCopyBy;
    }
}
