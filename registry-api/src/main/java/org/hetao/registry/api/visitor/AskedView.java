package org.hetao.registry.api.visitor;

import java.time.OffsetDateTime;
import org.hetao.registry.visitor.AskedEnquiry;

/** The enquiry waits for its confirmation: the address the link was sent to, and until when the link works. */
public record AskedView(String email, OffsetDateTime expiresAt) {
    static AskedView of(AskedEnquiry a) {
        return new AskedView(a.email(), a.expiresAt());
    }
}
