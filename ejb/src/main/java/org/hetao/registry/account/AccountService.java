package org.hetao.registry.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import org.hetao.registry.access.Role;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.institution.InstitutionRepository;

/** Creates, changes and disables accounts. Disabling or a new password revokes the account's tokens. */
@Stateless
public class AccountService {
    @Inject
    AccountRepository accounts;

    @Inject
    InstitutionRepository institutions;

    @Inject
    Passwords passwords;

    @Inject
    ChangeRecorder changes;

    /** An account as the audit trail records it: never the password, only that it changed. */
    public record Audited(
            String username, Role role, Long institutionId, boolean enabled, String email, String password) {
        static Audited of(Account a) {
            return new Audited(
                    a.getUsername(),
                    a.getRole(),
                    a.getInstitutionId(),
                    a.isEnabled(),
                    a.getEmail(),
                    a.getPasswordHash());
        }
    }

    public Page<Account> list(Role role, PageRequest page) {
        return accounts.list(role, page);
    }

    public Account get(long id) {
        return accounts.get(id);
    }

    public Account create(AccountDetails d) {
        String institution = d.institutionId() == null
                ? null
                : institutions.reference("institutionId", d.institutionId()).getShortName();
        PasswordPolicy.check(d.username(), d.password(), institution);
        Account account = new Account(d.username(), passwords.hash(d.password()), d.role(), d.institutionId());
        if (accounts.findByUsername(account.getUsername()).isPresent()) {
            throw new ConflictException("The username " + account.getUsername() + " is taken");
        }
        if (Boolean.FALSE.equals(d.enabled())) {
            account.disable();
        }
        account.changeEmail(d.email());
        accounts.add(account);
        accounts.flush();
        changes.record(
                AuditAction.CREATE, Account.KIND, account.getId(), null, Audited.of(account), Set.of("password"));
        return account;
    }

    public Account update(long id, long expectedVersion, AccountDetails d) {
        Account account = accounts.get(id);
        account.checkVersion(Account.KIND, expectedVersion);
        Audited before = Audited.of(account);
        if (d.username() != null && !d.username().equals(account.getUsername())) {
            throw new org.hetao.registry.common.InvalidValueException(
                    "username", ErrorCode.USERNAME_FIXED, "cannot be changed");
        }
        String institution = d.institutionId() == null
                ? null
                : institutions.reference("institutionId", d.institutionId()).getShortName();
        account.assign(d.role(), d.institutionId());
        boolean revoke = false;
        if (d.password() != null) {
            PasswordPolicy.check(account.getUsername(), d.password(), institution);
            account.changePasswordHash(passwords.hash(d.password()));
            revoke = true;
        }
        if (Boolean.FALSE.equals(d.enabled())) {
            account.disable();
            revoke = true;
        } else if (Boolean.TRUE.equals(d.enabled())) {
            account.enable();
        }
        if (d.email() != null) {
            account.changeEmail(d.email());
        }
        if (revoke) {
            accounts.removeTokensOf(id);
        }
        accounts.flush();
        changes.record(AuditAction.UPDATE, Account.KIND, id, before, Audited.of(account), Set.of("password"));
        return account;
    }

    /** The account holder's own e-mail address (null: none). */
    public String emailOf(long accountId) {
        return accounts.get(accountId).getEmail();
    }

    /** The account holder sets (or, blank, removes) its own e-mail address; audited as a change of the account. */
    public Account changeOwnEmail(long accountId, String email) {
        Account account = accounts.get(accountId);
        Audited before = Audited.of(account);
        account.changeEmail(email);
        accounts.flush();
        changes.record(AuditAction.UPDATE, Account.KIND, accountId, before, Audited.of(account), Set.of("password"));
        return account;
    }
}
