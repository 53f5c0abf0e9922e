package org.hetao.registry.access;

/** What an account is for. A TTO acts for one institution; the others for none. */
public enum Role {
    ADMIN,
    TTO,
    INVESTOR,
    LEGAL
}
