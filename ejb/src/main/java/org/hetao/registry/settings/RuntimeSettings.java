package org.hetao.registry.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.RegistrySetting;

/**
 * The settings an administrator changes while the registry runs, in their one database row. A
 * setting left unset ({@code null}) takes the value of its configuration key, so a registry that no
 * administrator has touched behaves as its configuration says.
 */
@Entity
@Table(name = "runtime_settings")
public class RuntimeSettings {
    public static final String KIND = "runtime settings";
    /** The id of the one row. */
    public static final long ID = 1;

    @Id
    private long id;

    @Version
    private long version;

    @Column(name = "public_catalogue_enabled")
    private Boolean publicCatalogueEnabled;

    @Column(name = "visitor_enquiries_enabled")
    private Boolean visitorEnquiriesEnabled;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    protected RuntimeSettings() {}

    /** Sets both settings ({@code null}: back to the configuration key's value). */
    public void change(Boolean catalogue, Boolean visitorEnquiries, String by, OffsetDateTime now) {
        this.publicCatalogueEnabled = catalogue;
        this.visitorEnquiriesEnabled = visitorEnquiries;
        this.updatedBy = Checks.requireText("updatedBy", by, 64);
        this.updatedAt = Checks.require("now", now);
    }

    public long getVersion() {
        return version;
    }

    /** The administrator's value, or null when the configuration key decides. */
    public Boolean getPublicCatalogueEnabled() {
        return publicCatalogueEnabled;
    }

    /** The administrator's value, or null when the configuration key decides. */
    public Boolean getVisitorEnquiriesEnabled() {
        return visitorEnquiriesEnabled;
    }

    public boolean publicCatalogueOpen() {
        return publicCatalogueEnabled != null
                ? publicCatalogueEnabled
                : RegistrySetting.PUBLIC_CATALOGUE_ENABLED.booleanValue();
    }

    public boolean visitorEnquiriesAllowed() {
        return visitorEnquiriesEnabled != null
                ? visitorEnquiriesEnabled
                : RegistrySetting.VISITOR_ENQUIRIES_ENABLED.booleanValue();
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
