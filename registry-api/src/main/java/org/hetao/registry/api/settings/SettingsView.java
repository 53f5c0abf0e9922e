package org.hetao.registry.api.settings;

import java.time.OffsetDateTime;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.settings.RuntimeSettings;

/**
 * The runtime settings: each with the value in force ({@code enabled}), the administrator's value
 * ({@code set}, null when the configuration key decides) and the configuration key with its value
 * ({@code key}, {@code configured}). {@code mailEnabled}: e-mail is configured, which public visitors'
 * enquiries need. {@code version}: also the ETag.
 */
public record SettingsView(
        Setting publicCatalogueEnabled,
        Setting visitorEnquiriesEnabled,
        boolean mailEnabled,
        OffsetDateTime updatedAt,
        String updatedBy,
        long version) {

    /** One setting. */
    public record Setting(boolean enabled, Boolean set, String key, boolean configured) {
        static Setting of(Boolean set, RegistrySetting key) {
            boolean configured = key.booleanValue();
            return new Setting(set != null ? set : configured, set, key.key(), configured);
        }
    }

    public static SettingsView of(RuntimeSettings s) {
        return new SettingsView(
                Setting.of(s.getPublicCatalogueEnabled(), RegistrySetting.PUBLIC_CATALOGUE_ENABLED),
                Setting.of(s.getVisitorEnquiriesEnabled(), RegistrySetting.VISITOR_ENQUIRIES_ENABLED),
                RegistrySetting.MAIL_ENABLED.booleanValue(),
                s.getUpdatedAt(),
                s.getUpdatedBy(),
                s.getVersion());
    }
}
