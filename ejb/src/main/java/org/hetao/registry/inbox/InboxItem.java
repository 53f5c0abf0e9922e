package org.hetao.registry.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hetao.registry.common.Checks;

/**
 * One item of an office's inbox: what happened ({@link InboxKind}), to which record (the proposal
 * or agreement, and its asset), who did it and when. Never changed once written.
 */
@Entity
@Table(name = "inbox_item")
public class InboxItem {
    @Id
    @SequenceGenerator(name = "inbox_item_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_item_id")
    private Long id;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private InboxKind kind;

    @Column(name = "subject_kind", nullable = false, length = 32, updatable = false)
    private String subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "ip_asset_id", updatable = false)
    private Long ipAssetId;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "actor_institution_id", updatable = false)
    private Long actorInstitutionId;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected InboxItem() {}

    /**
     * An item for {@code institutionId}'s office about {@code subjectId} (a record of the kind's
     * {@link InboxKind#subjectKind() subject kind}) of asset {@code ipAssetId}; {@code note}: a
     * reason or an agreement's number, if any.
     */
    public InboxItem(
            long institutionId,
            InboxKind kind,
            long subjectId,
            long ipAssetId,
            String actor,
            Long actorInstitutionId,
            String note,
            OffsetDateTime at) {
        this(institutionId, kind, subjectId, Long.valueOf(ipAssetId), actor, actorInstitutionId, note, at);
    }

    private InboxItem(
            long institutionId,
            InboxKind kind,
            long subjectId,
            Long ipAssetId,
            String actor,
            Long actorInstitutionId,
            String note,
            OffsetDateTime at) {
        this.institutionId = institutionId;
        this.kind = Checks.require("kind", kind);
        this.subjectKind = kind.subjectKind();
        this.subjectId = subjectId;
        this.ipAssetId = ipAssetId;
        this.actor = Checks.requireText("actor", actor, 64);
        this.actorInstitutionId = actorInstitutionId;
        this.note = note == null || note.isBlank() ? null : note.length() > 1000 ? note.substring(0, 999) + "…" : note;
        this.createdAt = Checks.require("createdAt", at);
    }

    /**
     * An item about a record that concerns no asset, such as a staff member's white-list registration
     * (about their project), written by the registry itself.
     */
    public static InboxItem aboutNoAsset(
            long institutionId, InboxKind kind, long subjectId, String note, OffsetDateTime at) {
        return new InboxItem(institutionId, kind, subjectId, null, "system", null, note, at);
    }

    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public InboxKind getKind() {
        return kind;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    /** The asset the item is about, or null when it is about none. */
    public Long getIpAssetId() {
        return ipAssetId;
    }

    public String getActor() {
        return actor;
    }

    public Long getActorInstitutionId() {
        return actorInstitutionId;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
