package org.hetao.registry.api.agreement;

/** Issuing a draft: {@code acknowledgedWarnings} must be true when the draft lists warnings. */
public record IssueRequest(Boolean acknowledgedWarnings) {
    static boolean acknowledged(IssueRequest r) {
        return r != null && Boolean.TRUE.equals(r.acknowledgedWarnings());
    }
}
