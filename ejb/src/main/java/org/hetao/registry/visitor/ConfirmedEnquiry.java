package org.hetao.registry.visitor;

import org.hetao.registry.enquiry.Enquiry;

/** A visitor's enquiry just confirmed, with the secret of the link to its thread (shown once, stored only as its hash). */
public record ConfirmedEnquiry(Enquiry enquiry, String threadToken) {}
