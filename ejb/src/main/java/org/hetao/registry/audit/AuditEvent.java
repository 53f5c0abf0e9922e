package org.hetao.registry.audit;

/** What happened, by whom, to what; {@code changes} is a JSON object of changed fields and their before/after values. */
public record AuditEvent(
        String actor,
        String actorRole,
        AuditAction action,
        String entityKind,
        Long entityId,
        String changes,
        String detail) {}
