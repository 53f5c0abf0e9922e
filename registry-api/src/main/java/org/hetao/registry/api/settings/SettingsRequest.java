package org.hetao.registry.api.settings;

/**
 * The runtime settings to set: {@code true} or {@code false}, or {@code null} to go back to the
 * configuration key's value.
 */
public record SettingsRequest(Boolean publicCatalogueEnabled, Boolean visitorEnquiriesEnabled) {}
