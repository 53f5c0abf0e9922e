package org.hetao.registry.settings;

/** What the audit trail records of the runtime settings: each one as set (null: the configuration key decides). */
public record RuntimeSettingsRecord(Boolean publicCatalogueEnabled, Boolean visitorEnquiriesEnabled) {
    public static RuntimeSettingsRecord of(RuntimeSettings s) {
        return new RuntimeSettingsRecord(s.getPublicCatalogueEnabled(), s.getVisitorEnquiriesEnabled());
    }
}
