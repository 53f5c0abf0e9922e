package org.hetao.registry.api.visitor;

/** The enquiry was sent: its id, and the secret of its thread's link (also mailed to the visitor). */
public record ConfirmedView(long enquiryId, String threadToken) {}
