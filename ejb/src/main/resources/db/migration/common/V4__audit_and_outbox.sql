-- The audit trail: one row per write, sign-in and refused request, chained by SHA-256 so that an
-- altered or removed row breaks the chain. seq is gapless; audit_head holds the chain's end and
-- serialises appends (each append locks its single row).
CREATE TABLE audit_head (
    id        INTEGER  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_log (
    seq          BIGINT         NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)    NOT NULL,
    actor_role   VARCHAR(16),
    action       VARCHAR(16)    NOT NULL,
    entity_kind  VARCHAR(32),
    entity_id    BIGINT,
    changes      VARCHAR(100000),
    detail       VARCHAR(1000),
    prev_hash    CHAR(64)       NOT NULL,
    hash         CHAR(64)       NOT NULL,
    CONSTRAINT ck_audit_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'REFUSED'))
);
CREATE INDEX ix_audit_entity ON audit_log (entity_kind, entity_id);
CREATE INDEX ix_audit_actor ON audit_log (actor);
CREATE INDEX ix_audit_time ON audit_log (occurred_at);

-- What changed, for the search indexer: written in the writing transaction, drained after commit.
CREATE TABLE outbox (
    id          BIGINT      NOT NULL PRIMARY KEY,
    entity_kind VARCHAR(32) NOT NULL,
    entity_id   BIGINT      NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX ix_outbox_entity ON outbox (entity_kind, entity_id);
