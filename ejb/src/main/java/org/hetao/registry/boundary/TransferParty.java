package org.hetao.registry.boundary;

/** The side of a transfer an institution's office consents for. */
public enum TransferParty {
    SENDER,
    RECEIVER
}
