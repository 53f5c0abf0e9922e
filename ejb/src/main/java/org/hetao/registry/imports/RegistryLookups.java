package org.hetao.registry.imports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.person.Orcid;
import org.hetao.registry.person.Person;
import org.hetao.registry.project.Project;

/**
 * What an import looks up in the registry before writing anything: the importer's external
 * references, records by natural key and whether a record still exists. Results are cached for the
 * run, and keys of a whole file are fetched in chunks rather than row by row.
 */
final class RegistryLookups {
    private static final int CHUNK = 500;
    private static final String REGISTRY_PREFIX = "registry:";

    private final EntityManager em;
    private final String scope;
    private final Map<String, ExternalRef> refs = new HashMap<>();
    private final Map<String, Long> naturalKeys = new HashMap<>();
    private final Map<String, Boolean> exists = new HashMap<>();

    RegistryLookups(EntityManager em, String scope) {
        this.em = em;
        this.scope = scope;
        em.createQuery("SELECT e FROM ExternalRef e WHERE e.scope = :s", ExternalRef.class).setParameter("s", scope)
                .getResultStream().forEach(e -> refs.put(key(e.getRecordKind(), e.getExternalId()), e));
        em.createQuery("SELECT i.shortName, i.id FROM Institution i", Object[].class).getResultStream()
                .forEach(r -> naturalKeys.put(key(RecordKind.INSTITUTION, (String) r[0]), ((Number) r[1]).longValue()));
    }

    String scope() {
        return scope;
    }

    /** Fetches the records that the file's natural keys (project codes, ORCID iDs) name, in chunks. */
    void prefetch(List<ImportRow> rows) {
        List<String> codes = new ArrayList<>();
        List<String> orcids = new ArrayList<>();
        for (ImportRow r : rows) {
            if (r.kind() == RecordKind.PROJECT && r.cell("code") != null) {
                codes.add(r.cell("code").toUpperCase(Locale.ROOT));
            }
            if (r.kind() == RecordKind.PERSON) {
                orcid(r.cell("orcid")).ifPresent(orcids::add);
            }
        }
        fetch(codes, "SELECT p.code, p.id FROM Project p WHERE p.code IN :k", RecordKind.PROJECT);
        fetch(orcids, "SELECT p.orcid, p.id FROM Person p WHERE p.orcid IN :k", RecordKind.PERSON);
    }

    private void fetch(List<String> keys, String query, RecordKind kind) {
        for (int i = 0; i < keys.size(); i += CHUNK) {
            Collection<String> chunk = keys.subList(i, Math.min(keys.size(), i + CHUNK));
            em.createQuery(query, Object[].class).setParameter("k", chunk).getResultStream()
                    .forEach(r -> naturalKeys.put(key(kind, (String) r[0]), ((Number) r[1]).longValue()));
            chunk.forEach(k -> naturalKeys.putIfAbsent(key(kind, k), 0L));
        }
    }

    /** The mapping of an external id in the importer's scope, whether or not its record still exists. */
    Optional<ExternalRef> ref(RecordKind kind, String externalId) {
        return Optional.ofNullable(refs.get(key(kind, externalId)));
    }

    /** The record an external id names in the importer's scope, if it still exists. */
    Long byRef(RecordKind kind, String externalId) {
        ExternalRef r = refs.get(key(kind, externalId));
        return r != null && exists(kind, r.getRegistryId()) ? r.getRegistryId() : null;
    }

    /** The record a natural key names: an institution's short name, a project's code, a person's ORCID iD. */
    Long byNaturalKey(RecordKind kind, String value) {
        if (value == null) {
            return null;
        }
        String k = switch (kind) {
            case INSTITUTION -> value.strip();
            case PROJECT -> value.strip().toUpperCase(Locale.ROOT);
            case PERSON -> orcid(value).orElse(null);
            case IP_ASSET, OWNERSHIP -> null;
        };
        if (k == null) {
            return null;
        }
        Long id = naturalKeys.computeIfAbsent(key(kind, k), x -> query(kind, k));
        return id == null || id == 0L ? null : id;
    }

    private Long query(RecordKind kind, String k) {
        String q = switch (kind) {
            case INSTITUTION -> "SELECT i.id FROM Institution i WHERE i.shortName = :k";
            case PROJECT -> "SELECT p.id FROM Project p WHERE p.code = :k";
            case PERSON -> "SELECT p.id FROM Person p WHERE p.orcid = :k";
            case IP_ASSET, OWNERSHIP -> null;
        };
        return q == null ? 0L : em.createQuery(q, Long.class).setParameter("k", k).getResultStream().findFirst().orElse(0L);
    }

    /** The record {@code registry:<id>} names, if it exists and is of this kind. */
    Long byRegistryId(RecordKind kind, String value) {
        if (value == null || !value.startsWith(REGISTRY_PREFIX)) {
            return null;
        }
        try {
            long id = Long.parseLong(value.substring(REGISTRY_PREFIX.length()).strip());
            return exists(kind, id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean exists(RecordKind kind, long id) {
        return exists.computeIfAbsent(kind + ":" + id, k -> em.find(entityClass(kind), id) != null);
    }

    static Class<?> entityClass(RecordKind kind) {
        return switch (kind) {
            case INSTITUTION -> Institution.class;
            case PERSON -> Person.class;
            case PROJECT -> Project.class;
            case IP_ASSET -> IpAsset.class;
            case OWNERSHIP -> OwnershipVersion.class;
        };
    }

    private static Optional<String> orcid(String value) {
        try {
            return Optional.ofNullable(Orcid.normalize("orcid", value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String key(RecordKind kind, String name) {
        return kind + ":" + name;
    }
}
