package org.hetao.registry.transfer.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hetao.registry.common.Checks;
import org.hetao.registry.transfer.format.RecordKind;
import org.hetao.registry.transfer.format.RegistryRef;

/**
 * An office's own identifier of a registry record: within a scope, one external id of a record kind
 * names one record. It makes importing the same file twice create nothing twice. A name that another
 * registry gives its record ({@link RegistryRef}) is kept the same way, in its canonical form
 * {@code registry:<instance>:<id>}.
 */
@Entity
@Table(name = "external_ref")
public class ExternalRef {
    public static final int MAX_LENGTH = 100;
    private static final int SCOPE_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "external_ref_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_ref_id")
    private Long id;

    @Column(nullable = false, length = SCOPE_LENGTH, updatable = false)
    private String scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 16, updatable = false)
    private RecordKind recordKind;

    @Column(name = "external_id", nullable = false, length = MAX_LENGTH, updatable = false)
    private String externalId;

    @Column(name = "registry_id", nullable = false)
    private long registryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** The insert of one reference written with a JDBC batch, bound by {@link #bind}. */
    static final String INSERT =
            "INSERT INTO external_ref (id, scope, record_kind, external_id, registry_id, created_at) VALUES (?,?,?,?,?,?)";

    protected ExternalRef() {}

    /** Binds a new reference's columns, with the id {@code newId}, to {@link #INSERT}. */
    void bind(PreparedStatement ps, long newId) throws SQLException {
        ps.setLong(1, newId);
        ps.setString(2, scope);
        ps.setString(3, recordKind.name());
        ps.setString(4, externalId);
        ps.setLong(5, registryId);
        ps.setObject(6, createdAt);
    }

    public ExternalRef(String scope, RecordKind kind, String externalId, long registryId) {
        this.scope = Checks.requireText("scope", scope, SCOPE_LENGTH);
        this.recordKind = Checks.require("recordKind", kind);
        this.externalId = Checks.requireText("ref", externalId, MAX_LENGTH);
        this.registryId = registryId;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The scope of a caller's references: its institution's office, or the account itself. */
    public static String scopeOf(Long institutionId, long accountId) {
        return institutionId != null ? institutionScope(institutionId) : "account:" + accountId;
    }

    /** The scope of an institution's office's references. */
    public static String institutionScope(long institutionId) {
        return "institution:" + institutionId;
    }

    /**
     * The scope of the names another registry gives its records ({@code registry:<instance>:<id>})
     * that administrators' imports recorded for the whole registry.
     */
    public static String registryScope(String instance) {
        return "registry:" + instance;
    }

    /** Points the reference at another record (the one it named was deleted). */
    public void repoint(long newRegistryId) {
        this.registryId = newRegistryId;
    }

    public Long getId() {
        return id;
    }

    public String getScope() {
        return scope;
    }

    public RecordKind getRecordKind() {
        return recordKind;
    }

    public String getExternalId() {
        return externalId;
    }

    public long getRegistryId() {
        return registryId;
    }
}
