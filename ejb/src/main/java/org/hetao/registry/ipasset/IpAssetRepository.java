package org.hetao.registry.ipasset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.common.ReferenceNotFoundException;

/** Stores and finds IP assets. */
@ApplicationScoped
public class IpAssetRepository {
    public static final Map<String, String> SORT_KEYS = Map.of(
            "title", "titleEn", "readinessLevel", "readinessLevel", "created", "createdAt", "id", "id");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<IpAsset> find(long id) {
        return Optional.ofNullable(em.find(IpAsset.class, id));
    }

    public IpAsset get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(IpAsset.KIND, id));
    }

    public IpAsset reference(String field, long id) {
        return find(id).orElseThrow(() -> new ReferenceNotFoundException(field, IpAsset.KIND, id));
    }

    public void add(IpAsset asset) {
        em.persist(asset);
    }

    public void remove(IpAsset asset) {
        em.remove(asset);
    }

    public void flush() {
        em.flush();
    }

    public Page<IpAsset> list(IpAssetFilter f, PageRequest page) {
        ListQuery<IpAsset> q = new ListQuery<>(em, IpAsset.class)
                .containsText(f.text(), "titleEn", "titleZhHant", "titleZhHans")
                .equal("projectId", f.projectId())
                .equal("type", f.type())
                .equal("licensing", f.licensing())
                .equal("confidentiality", f.confidentiality());
        if (f.minReadinessLevel() != null) {
            q.where((cb, r) -> cb.greaterThanOrEqualTo(r.get("readinessLevel"), f.minReadinessLevel()));
        }
        if (f.applicationNumber() != null && !f.applicationNumber().isBlank()) {
            q.where((cb, r) -> cb.equal(r.join("filings").get("applicationNumber"), f.applicationNumber().strip()));
        }
        return q.page(page, SORT_KEYS.get(page.sort()));
    }
}
