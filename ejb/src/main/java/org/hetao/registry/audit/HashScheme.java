package org.hetao.registry.audit;

/** How an audit record's hash was made: the stored name of each scheme is kept in {@code audit_log.hash_scheme}. */
enum HashScheme {
    /** Plain SHA-256 of the record and the previous hash: records written before the chain was keyed. */
    SHA256("sha256"),
    /** HMAC-SHA256 under the registry's audit key, which never enters the database. */
    HMAC_SHA256("hmac-sha256");

    private final String stored;

    HashScheme(String stored) {
        this.stored = stored;
    }

    String stored() {
        return stored;
    }
}
