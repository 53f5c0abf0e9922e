package org.hetao.registry.savedsearch;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.account.Account;
import org.hetao.registry.account.AccountRepository;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.common.SecretTokens;
import org.hetao.registry.common.UnavailableException;
import org.hetao.registry.inbox.MailMessage;
import org.hetao.registry.inbox.MailSettings;
import org.hetao.registry.inbox.Mailer;

/**
 * Saved searches' e-mail digests. The owner turns a search's digest on (daily or weekly) or off; a
 * digest lists the records registered in its period that the owner may see when it is sent (a record
 * made confidential since, or an account disabled since, sends nothing). A digest is sent in the
 * transaction that moves the search's {@code digestSince} past its period, with the row locked: one
 * instance sends it, once; a failed send rolls back and is tried at the next check. Only a crash
 * between the SMTP server's acceptance and the commit can send a period twice.
 */
@Stateless
public class DigestService {
    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    AccessGuard access;

    @Inject
    SavedSearchRepository searches;

    @Inject
    AccountRepository accounts;

    @Inject
    SavedSearchRunner runner;

    @Inject
    RegistryClock clock;

    /** The caller sets how often its search's digest goes out ({@code linkBase}: the registry's address for its links). */
    public SavedSearch setDigest(long id, long expectedVersion, DigestFrequency frequency, String linkBase) {
        SavedSearch s = owned(id);
        s.checkVersion(SavedSearch.KIND, expectedVersion);
        if (frequency != DigestFrequency.OFF) {
            checkMail();
        }
        s.digest(frequency, clock.now(), linkBase);
        searches.flush();
        return s;
    }

    /**
     * Sends the caller's digest now, of the records registered since the last one; the next digest
     * starts from now. Answers how many records it listed (none: no e-mail is sent).
     */
    public int sendNow(long id, String linkBase) {
        SavedSearch s = owned(id);
        if (s.getDigest() == DigestFrequency.OFF) {
            throw new ConflictException(
                    "The digest of saved search " + id + " is off; turn it on (daily or weekly) first");
        }
        checkMail();
        Account owner = accounts.find(s.getAccountId()).orElseThrow();
        if (owner.getEmail() == null) {
            throw new ConflictException(
                    "Your account has no e-mail address for the digest; add one on your profile first");
        }
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        if (linkBase != null) {
            s.digest(s.getDigest(), clock.now(), linkBase);
        }
        return send(s, owner, clock.now());
    }

    /** The saved searches whose digest is on. */
    public List<Long> withDigest() {
        return em.createQuery("SELECT s.id FROM SavedSearch s WHERE s.digest <> :off ORDER BY s.id", Long.class)
                .setParameter("off", DigestFrequency.OFF)
                .getResultList();
    }

    /**
     * Sends the search's digest if one is due at {@code now}, in a transaction of its own; answers
     * whether a period was closed. An owner disabled or without an address closes the period unsent.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendIfDue(long id, OffsetDateTime now) {
        SavedSearch s = em.find(SavedSearch.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            return false;
        }
        OffsetDateTime until = s.getDigest().dueUntil(s.getDigestSince(), now);
        if (until == null) {
            return false;
        }
        Optional<Account> owner =
                accounts.find(s.getAccountId()).filter(Account::isEnabled).filter(a -> a.getEmail() != null);
        if (owner.isEmpty()) {
            s.digested(until);
            return true;
        }
        send(s, owner.get(), until);
        return true;
    }

    /** Stops the digest whose e-mail held this unsubscribe secret; an unknown secret is "not found". */
    public SavedSearch unsubscribe(String token) {
        NotFoundException none =
                new NotFoundException("No digest at this link; its saved search may have been deleted");
        if (!SecretTokens.wellFormed(token)) {
            throw none;
        }
        DigestUnsubscribe u = em.find(DigestUnsubscribe.class, SecretTokens.hash(token));
        if (u == null) {
            throw none;
        }
        SavedSearch s = em.find(SavedSearch.class, u.getSavedSearchId(), LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw none;
        }
        s.digest(DigestFrequency.OFF, clock.now(), null);
        return s;
    }

    /** Mails the records of the period ending at {@code until} (if any) and closes it; a failed send fails the transaction. */
    private int send(SavedSearch s, Account owner, OffsetDateTime until) {
        List<FoundRecord> records = runner.run(s, owner.asCaller()).records().stream()
                .filter(r -> s.inDigest(r.createdAt(), until))
                .toList();
        if (!records.isEmpty()) {
            String token = SecretTokens.newToken();
            em.persist(new DigestUnsubscribe(SecretTokens.hash(token), s.getId(), clock.now()));
            MailMessage mail = DigestMailText.of(owner.getEmail(), s, records, linkBase(s), token);
            try {
                if (!new Mailer(MailSettings.fromConfig()).send(List.of(mail)).isEmpty()) {
                    throw new UnavailableException("The SMTP server refused the digest of saved search " + s.getId()
                            + "; it is tried again later");
                }
            } catch (MessagingException e) {
                throw new UnavailableException("The SMTP server could not be reached for the digest of saved search "
                        + s.getId() + "; it is tried again later");
            }
        }
        s.digested(until);
        em.flush();
        return records.size();
    }

    private static String linkBase(SavedSearch s) {
        String base = RegistrySetting.PUBLIC_URL.optional().map(String::strip).orElse(s.getDigestLinkBase());
        if (base == null) {
            return "";
        }
        return base.endsWith("/") ? base : base + "/";
    }

    private static void checkMail() {
        if (!RegistrySetting.MAIL_ENABLED.booleanValue()) {
            throw new ConflictException(
                    "E-mail is off on this registry (registry.mail.enabled), so it sends no digests");
        }
    }

    private SavedSearch owned(long id) {
        Caller c = access.caller();
        if (c == null) {
            throw new IllegalStateException("Saved searches belong to a signed-in account");
        }
        return searches.find(id)
                .filter(s -> s.getAccountId() == c.accountId())
                .orElseThrow(() -> new NotFoundException(SavedSearch.KIND, id));
    }
}
