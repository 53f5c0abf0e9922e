package org.hetao.registry.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hetao.registry.access.Role;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;

/** Stores accounts and their tokens. */
@ApplicationScoped
public class AccountRepository {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(Account.KIND, id));
    }

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    /** Whether the institution has an enabled office (TTO) account. */
    public boolean hasOffice(long institutionId) {
        return em.createQuery(
                                "SELECT COUNT(a) FROM Account a WHERE a.institutionId = :i AND a.role = :r AND a.enabled = TRUE",
                                Long.class)
                        .setParameter("i", institutionId)
                        .setParameter("r", Role.TTO)
                        .getSingleResult()
                > 0;
    }

    /** Of {@code institutionIds}, those with an enabled office (TTO) account. */
    public java.util.Set<Long> withOffice(java.util.Collection<Long> institutionIds) {
        if (institutionIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(em.createQuery(
                        "SELECT DISTINCT a.institutionId FROM Account a WHERE a.institutionId IN :i AND a.role = :r"
                                + " AND a.enabled = TRUE",
                        Long.class)
                .setParameter("i", java.util.Set.copyOf(institutionIds))
                .setParameter("r", Role.TTO)
                .getResultList());
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    public Page<Account> list(Role role, PageRequest page) {
        return new ListQuery<>(em, Account.class).equal("role", role).page(page, page.sort());
    }

    public void add(Account account) {
        em.persist(account);
    }

    public void flush() {
        em.flush();
    }

    public Optional<AccessToken> findToken(String tokenHash) {
        return Optional.ofNullable(em.find(AccessToken.class, tokenHash));
    }

    public void addToken(AccessToken token) {
        em.persist(token);
    }

    public void removeToken(String tokenHash) {
        em.createQuery("DELETE FROM AccessToken t WHERE t.tokenHash = :h")
                .setParameter("h", tokenHash)
                .executeUpdate();
    }

    public int removeTokensOf(long accountId) {
        return em.createQuery("DELETE FROM AccessToken t WHERE t.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    public int removeExpiredTokens(OffsetDateTime now) {
        return em.createQuery("DELETE FROM AccessToken t WHERE t.expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
