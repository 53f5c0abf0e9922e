package org.hetao.registry.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hetao.registry.config.RegistrySetting;

/** Signs accounts in with a password and checks the bearer tokens that result. */
@Stateless
public class TokenService {
    @Inject
    AccountRepository accounts;
    @Inject
    Passwords passwords;

    public IssuedToken issue(String username, String password) {
        if (username == null || password == null || username.isBlank() || password.isEmpty()) {
            throw new AuthenticationException("Send a username and a password");
        }
        Optional<Account> found = accounts.findByUsername(username.strip());
        if (found.isEmpty()) {
            passwords.verifyNothing(password);
            throw wrongCredentials();
        }
        Account account = found.get();
        if (!passwords.verify(password, account.getPasswordHash()) || !account.isEnabled()) {
            throw wrongCredentials();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime expires = now.plus(Duration.ofMinutes(RegistrySetting.TOKEN_TTL_MINUTES.intValue()));
        String token = Tokens.newToken();
        accounts.addToken(new AccessToken(Tokens.hash(token), account.getId(), now, expires));
        return new IssuedToken(token, expires, account.asCaller());
    }

    /** The caller a token stands for; fails if the token is unknown, expired, revoked or its account disabled. */
    public Caller authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new AuthenticationException("The bearer token is missing or malformed");
        }
        AccessToken stored = accounts.findToken(Tokens.hash(token))
                .orElseThrow(() -> new AuthenticationException("The bearer token is unknown or has been revoked; sign in again"));
        if (stored.isExpired(OffsetDateTime.now(ZoneOffset.UTC))) {
            throw new AuthenticationException("The bearer token has expired; sign in again");
        }
        Account account = accounts.find(stored.getAccountId())
                .filter(Account::isEnabled)
                .orElseThrow(() -> new AuthenticationException("The account of this token is disabled"));
        return account.asCaller();
    }

    public void revoke(String token) {
        if (token != null) {
            accounts.removeToken(Tokens.hash(token));
        }
    }

    private static AuthenticationException wrongCredentials() {
        return new AuthenticationException("Wrong username or password");
    }
}
