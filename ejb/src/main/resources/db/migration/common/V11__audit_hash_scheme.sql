-- Which hash each audit record carries: 'sha256' (the plain SHA-256 of the records written before
-- this migration, which anyone who can write the database can recompute) or 'hmac-sha256' (keyed
-- with the registry's audit key, which never enters the database), and the id of that key.
-- Records that exist now were all written with plain SHA-256.
ALTER TABLE audit_log ADD COLUMN hash_scheme VARCHAR(16) DEFAULT 'sha256' NOT NULL;
ALTER TABLE audit_log ADD COLUMN hash_key_id VARCHAR(16);
ALTER TABLE audit_log ADD CONSTRAINT ck_audit_hash_scheme CHECK (
    (hash_scheme = 'sha256' AND hash_key_id IS NULL) OR (hash_scheme = 'hmac-sha256' AND hash_key_id IS NOT NULL));
