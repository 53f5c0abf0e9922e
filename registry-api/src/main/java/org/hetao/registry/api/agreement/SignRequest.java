package org.hetao.registry.api.agreement;

import java.time.OffsetDateTime;

/** The signature of an issued agreement: when the last party signed (now when left out). */
public record SignRequest(OffsetDateTime signedAt) {
    static OffsetDateTime when(SignRequest r) {
        return r == null ? null : r.signedAt();
    }
}
