package org.hetao.registry.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An issued bearer token, known to the registry only by its SHA-256. */
@Entity
@Table(name = "access_token")
public class AccessToken {
    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected AccessToken() {}

    public AccessToken(String tokenHash, long accountId, OffsetDateTime issuedAt, OffsetDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public boolean isExpired(OffsetDateTime now) {
        return !now.isBefore(expiresAt);
    }
}
