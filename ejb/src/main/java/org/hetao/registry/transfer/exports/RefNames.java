package org.hetao.registry.transfer.exports;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.hetao.registry.transfer.format.RecordKind;
import org.hetao.registry.transfer.format.RegistryRef;

/**
 * How an export names records, so that the file imports again: by the reader's own external
 * reference where it has one, else by natural key (an institution's short name, a project's code,
 * a person's ORCID iD), else as {@code registry:<instance>:<id>} ({@link RegistryRef}), which names
 * this registry's record in this registry and no other. References to other records use the same names.
 */
final class RefNames {
    private final EntityManager em;
    private final String scope;
    private final String registry;
    private final Map<String, String> own = new HashMap<>();
    private final Map<Long, String> shortNames = new HashMap<>();
    private final Map<Long, String> codes = new HashMap<>();
    private final Map<Long, String> orcids = new HashMap<>();

    RefNames(EntityManager em, String scope, String registry) {
        this.em = em;
        this.scope = scope;
        this.registry = registry;
    }

    /** Loads the reader's references and the natural keys of these records (one slice of an export). */
    RefNames load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        if (scope != null) {
            em.createQuery(
                            "SELECT e.recordKind, e.registryId, e.externalId FROM ExternalRef e WHERE e.scope = :s AND e.registryId IN :ids",
                            Object[].class)
                    .setParameter("s", scope)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(r -> own.putIfAbsent(r[0] + ":" + r[1], (String) r[2]));
        }
        em.createQuery("SELECT i.id, i.shortName FROM Institution i WHERE i.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(r -> shortNames.put((Long) r[0], (String) r[1]));
        em.createQuery("SELECT p.id, p.code FROM Project p WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(r -> codes.put((Long) r[0], (String) r[1]));
        em.createQuery("SELECT p.id, p.orcid FROM Person p WHERE p.id IN :ids AND p.orcid IS NOT NULL", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(r -> orcids.put((Long) r[0], (String) r[1]));
        return this;
    }

    /** The name of a record in its own row: the reader's reference, else as other rows refer to it. */
    String own(RecordKind kind, long id) {
        String mine = own.get(kind + ":" + id);
        return mine != null ? mine : reference(kind, id);
    }

    /** The name other rows use for a record. */
    String reference(RecordKind kind, long id) {
        String natural = switch (kind) {
            case INSTITUTION -> shortNames.get(id);
            case PROJECT -> codes.get(id);
            case PERSON -> orcids.get(id);
            case IP_ASSET, OWNERSHIP -> null;
        };
        if (natural != null) {
            return natural;
        }
        String mine = own.get(kind + ":" + id);
        return mine != null ? mine : RegistryRef.name(registry, id);
    }
}
