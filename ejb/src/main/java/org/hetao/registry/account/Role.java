package org.hetao.registry.account;

/** What an account is for. A TTO acts for one institution; the others for none. */
public enum Role {
    ADMIN,
    TTO,
    INVESTOR,
    LEGAL
}
