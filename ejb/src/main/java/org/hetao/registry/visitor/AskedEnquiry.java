package org.hetao.registry.visitor;

import java.time.OffsetDateTime;

/** A visitor's enquiry awaiting confirmation: the address the link went to, and until when the link works. */
public record AskedEnquiry(String email, OffsetDateTime expiresAt) {}
