package org.hetao.registry.api.http;

import jakarta.ws.rs.core.EntityTag;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** ETags of stored records are their optimistic-lock versions: {@code "7"}. */
public final class Versions {
    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an If-Match header; missing is 428, unreadable is 400. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("If-Match", ErrorCode.IF_MATCH_MALFORMED, "must be the ETag of the record, e.g. \"3\"");
        }
    }
}
