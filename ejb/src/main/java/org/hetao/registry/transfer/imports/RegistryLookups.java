package org.hetao.registry.transfer.imports;

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
import org.hetao.registry.transfer.format.RecordKind;
import org.hetao.registry.transfer.format.RegistryRef;

/**
 * What an import looks up in the registry before writing anything: the names recorded in the
 * import's scopes ({@link RefScopes}), records by natural key and whether a record still exists.
 * Results are cached for the run, and keys of a whole file are fetched in chunks rather than row by row.
 */
final class RegistryLookups {
    private static final int CHUNK = 500;

    private final EntityManager em;
    private final RefScopes scopes;
    /** The names recorded in each scope, read at the scope's first use. */
    private final Map<String, Map<String, ExternalRef>> refs = new HashMap<>();

    private final Map<String, Long> naturalKeys = new HashMap<>();
    private final Map<String, Boolean> exists = new HashMap<>();

    RegistryLookups(EntityManager em, RefScopes scopes) {
        this.em = em;
        this.scopes = scopes;
        em.createQuery("SELECT i.shortName, i.id FROM Institution i", Object[].class)
                .getResultStream()
                .forEach(r -> naturalKeys.put(key(RecordKind.INSTITUTION, (String) r[0]), ((Number) r[1]).longValue()));
    }

    private Map<String, ExternalRef> scope(String scope) {
        return refs.computeIfAbsent(scope, s -> {
            Map<String, ExternalRef> names = new HashMap<>();
            em.createQuery("SELECT e FROM ExternalRef e WHERE e.scope = :s", ExternalRef.class)
                    .setParameter("s", s)
                    .getResultStream()
                    .forEach(e -> names.put(key(e.getRecordKind(), e.getExternalId()), e));
            return names;
        });
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
            em.createQuery(query, Object[].class)
                    .setParameter("k", chunk)
                    .getResultStream()
                    .forEach(r -> naturalKeys.put(key(kind, (String) r[0]), ((Number) r[1]).longValue()));
            chunk.forEach(k -> naturalKeys.putIfAbsent(key(kind, k), 0L));
        }
    }

    /** The mapping of a name in the scope that will record it, whether or not its record still exists. */
    Optional<ExternalRef> ref(RecordKind kind, String name) {
        String canonical = scopes.canonical(name);
        String recording = scopes.recording(canonical);
        return recording == null
                ? Optional.empty()
                : Optional.ofNullable(scope(recording).get(key(kind, canonical)));
    }

    /** The record a name names in the scopes it is looked up in ({@link RefScopes#lookup}), if it still exists. */
    Long byRef(RecordKind kind, String name) {
        String canonical = scopes.canonical(name);
        for (String s : scopes.lookup(canonical)) {
            ExternalRef r = scope(s).get(key(kind, canonical));
            if (r != null && exists(kind, r.getRegistryId())) {
                return r.getRegistryId();
            }
        }
        return null;
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
        return q == null
                ? 0L
                : em.createQuery(q, Long.class)
                        .setParameter("k", k)
                        .getResultStream()
                        .findFirst()
                        .orElse(0L);
    }

    /** The record a reference of this registry names by its id ({@link RegistryRef}), if it exists and is of this kind. */
    Long byRegistryId(RecordKind kind, String value) {
        return scopes.ownId(value).filter(id -> exists(kind, id)).orElse(null);
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
