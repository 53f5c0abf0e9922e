package org.hetao.registry.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hetao.registry.access.AuthenticationException;
import org.hetao.registry.access.Caller;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.audit.AuditEvent;
import org.hetao.registry.audit.AuditLog;
import org.hetao.registry.common.RegistrySetting;

/** Signs accounts in with a password and checks the bearer tokens that result. */
@Stateless
public class TokenService {
    @Inject
    AccountRepository accounts;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    /**
     * Signs in; {@code address} is the client's, for throttling. The attempt is counted before any
     * password hash is computed, and an unknown username costs one hash like a wrong password.
     */
    public IssuedToken issue(String username, String password, String address) {
        if (username == null || password == null || username.isBlank() || password.isEmpty()) {
            throttle.admitMalformed(address);
            throw new AuthenticationException("Send a username and a password");
        }
        String name = username.strip();
        Optional<Account> found = accounts.findByUsername(name);
        if (found.isEmpty()) {
            throttle.admitUnknown(name, address);
            passwords.verifyNothing(password);
            throw failed(name, null, "unknown username");
        }
        Account account = found.get();
        throttle.admitAccount(name);
        if (!passwords.verify(password, account.getPasswordHash())) {
            SignInFailedException wrong = failed(account.getUsername(), account, "wrong password");
            throttle.refuseIfAddressLocked(address);
            throw wrong;
        }
        if (!account.isEnabled()) {
            throw failed(account.getUsername(), account, "account disabled");
        }
        IssuedToken token = issueTo(account);
        throttle.succeeded(name);
        return token;
    }

    private IssuedToken issueTo(Account account) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime expires = now.plus(Duration.ofMinutes(RegistrySetting.TOKEN_TTL_MINUTES.intValue()));
        String token = Tokens.newToken();
        accounts.addToken(new AccessToken(Tokens.hash(token), account.getId(), now, expires));
        audit.append(new AuditEvent(
                account.getUsername(),
                account.getRole().name(),
                AuditAction.SIGN_IN,
                Account.KIND,
                account.getId(),
                null,
                null));
        return new IssuedToken(token, expires, account.asCaller());
    }

    /** The caller a token stands for; fails if the token is unknown, expired, revoked or its account disabled. */
    public Caller authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new AuthenticationException("The bearer token is missing or malformed");
        }
        AccessToken stored = accounts.findToken(Tokens.hash(token))
                .orElseThrow(() ->
                        new AuthenticationException("The bearer token is unknown or has been revoked; sign in again"));
        if (stored.isExpired(OffsetDateTime.now(ZoneOffset.UTC))) {
            throw new AuthenticationException("The bearer token has expired; sign in again");
        }
        Account account = accounts.find(stored.getAccountId())
                .filter(Account::isEnabled)
                .orElseThrow(() -> new AuthenticationException("The account of this token is disabled"));
        return account.asCaller();
    }

    public void revoke(String token, Caller caller) {
        if (token != null) {
            accounts.removeToken(Tokens.hash(token));
            audit.append(new AuditEvent(
                    caller.username(),
                    caller.role().name(),
                    AuditAction.SIGN_OUT,
                    Account.KIND,
                    caller.accountId(),
                    null,
                    null));
        }
    }

    /** Records the failed sign-in in a transaction of its own (this one rolls back) and says nothing more to the client. */
    private SignInFailedException failed(String username, Account account, String why) {
        audit.appendSeparately(new AuditEvent(
                username.length() > 64 ? username.substring(0, 64) : username,
                account == null ? null : account.getRole().name(),
                AuditAction.SIGN_IN_FAILED,
                Account.KIND,
                account == null ? null : account.getId(),
                null,
                why));
        return new SignInFailedException();
    }
}
