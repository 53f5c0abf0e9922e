package org.hetao.registry.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.RegistryRecord;

/** A person's or system's way into the registry: a username, a password hash and a role. */
@Entity
@Table(name = "account")
public class Account extends RegistryRecord {
    public static final String KIND = "account";

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(length = 254)
    private String email;

    protected Account() {}

    public Account(String username, String passwordHash, Role role, Long institutionId) {
        String name = Checks.requireText("username", username, 64);
        if (!name.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new InvalidValueException(
                    "username",
                    ErrorCode.USERNAME_FORMAT,
                    "must be 3-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        this.username = name;
        this.passwordHash = Checks.require("password", passwordHash);
        assign(role, institutionId);
        this.enabled = true;
    }

    /** Sets the role; a TTO must act for an institution and the other roles for none. */
    public final void assign(Role newRole, Long newInstitutionId) {
        Role r = Checks.require("role", newRole);
        if (r == Role.TTO && newInstitutionId == null) {
            throw new InvalidValueException(
                    "institutionId", ErrorCode.ACCOUNT_INSTITUTION_REQUIRED, "is required for a TTO account");
        }
        if (r != Role.TTO && newInstitutionId != null) {
            throw new InvalidValueException(
                    "institutionId",
                    ErrorCode.ACCOUNT_INSTITUTION_NOT_APPLICABLE,
                    "only a TTO account acts for an institution");
        }
        this.role = r;
        this.institutionId = newInstitutionId;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Checks.require("password", newHash);
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Sets the e-mail address to which the office's inbox items are sent (null or blank: none). */
    public void changeEmail(String address) {
        if (address == null || address.isBlank()) {
            this.email = null;
            return;
        }
        String a = address.strip();
        if (a.length() > 254 || !a.matches("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]+")) {
            throw new InvalidValueException(
                    "email",
                    ErrorCode.EMAIL,
                    "must be an e-mail address such as tto@example.edu.hk (at most 254 characters)");
        }
        this.email = a;
    }

    public String getEmail() {
        return email;
    }

    public Caller asCaller() {
        return new Caller(getId(), username, role, institutionId);
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
