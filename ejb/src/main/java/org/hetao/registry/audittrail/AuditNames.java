package org.hetao.registry.audittrail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.AccessPolicy;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Permission;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectRepository;

/**
 * Names the records audit records refer to as the reader may see them: an institution by its short
 * name, a person by name (for readers of internal records), a project by its code and an IP asset by
 * its title (only those the reader may read), an account by its username (for account managers).
 * A record the reader may not see, or that no longer exists, has no name: it stays a number.
 */
@Stateless
public class AuditNames {
    private static final int IN_LIST = 500;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    AccessGuard access;

    @Inject
    IpAssetRepository assets;

    /** The names of these records ({@code kind:id} keys, see {@link AuditReferences}) that the caller may see. */
    public Map<String, String> of(Collection<String> keys) {
        return of(keys, access.caller());
    }

    /** The signed-in caller, kept by an export that names records after its request's scope has ended. */
    public Caller reader() {
        return access.caller();
    }

    /** The names of these records that this reader may see (null: the registry itself, which sees everything). */
    public Map<String, String> of(Collection<String> keys, Caller caller) {
        Map<String, List<Long>> ids = new HashMap<>();
        for (String key : keys) {
            int colon = key.lastIndexOf(':');
            ids.computeIfAbsent(key.substring(0, colon), k -> new ArrayList<>())
                    .add(Long.parseLong(key.substring(colon + 1)));
        }
        ReadScope scope = ReadScope.of(caller);
        Map<String, String> names = new HashMap<>();
        ids.forEach((kind, list) -> {
            for (int from = 0; from < list.size(); from += IN_LIST) {
                List<Long> chunk = list.subList(from, Math.min(list.size(), from + IN_LIST));
                switch (kind) {
                    case AuditReferences.INSTITUTION ->
                        pairs("SELECT i.id, i.shortName FROM Institution i WHERE i.id IN :ids", kind, chunk, names);
                    case AuditReferences.PERSON -> {
                        if (caller == null || AccessPolicy.allows(caller, Permission.INTERNAL_READ)) {
                            pairs("SELECT p.id, p.nameEn FROM Person p WHERE p.id IN :ids", kind, chunk, names);
                        }
                    }
                    case AuditReferences.ACCOUNT -> {
                        if (caller == null || AccessPolicy.allows(caller, Permission.ACCOUNT_MANAGE)) {
                            pairs("SELECT a.id, a.username FROM Account a WHERE a.id IN :ids", kind, chunk, names);
                        }
                    }
                    case AuditReferences.PROJECT ->
                        new ListQuery<>(em, Project.class)
                                .where(ProjectRepository.visibleTo(scope))
                                .where((cb, r) -> r.get("id").in(chunk))
                                .slice(0, chunk.size())
                                .forEach(p -> names.put(AuditReferences.key(kind, p.getId()), p.getCode()));
                    case AuditReferences.IP_ASSET -> {
                        for (IpAsset a : assets.readable(chunk, scope)) {
                            names.put(
                                    AuditReferences.key(kind, a.getId()),
                                    a.getTitle().en());
                        }
                    }
                    default -> {}
                }
            }
        });
        return names;
    }

    private void pairs(String jpql, String kind, List<Long> ids, Map<String, String> names) {
        em.createQuery(jpql, Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(r -> names.put(AuditReferences.key(kind, (Long) r[0]), (String) r[1]));
    }
}
