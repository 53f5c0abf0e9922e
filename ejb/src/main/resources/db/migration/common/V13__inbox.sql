-- Every office's inbox (see docs/api.md, "Inbox"): one row per item addressed to an institution's
-- office, written in the same transaction as the step it tells of (a proposal asking for approval,
-- a decision, an agreement issued or out of date, a proposal about to expire). An item names the
-- record it is about (subject_kind + subject_id) and the asset; it never changes.
CREATE TABLE inbox_item (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    institution_id       BIGINT        NOT NULL,
    kind                 VARCHAR(32)   NOT NULL,
    subject_kind         VARCHAR(32)   NOT NULL,
    subject_id           BIGINT        NOT NULL,
    ip_asset_id          BIGINT        NOT NULL,
    actor                VARCHAR(64)   NOT NULL,
    actor_institution_id BIGINT,
    note                 VARCHAR(1000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_inbox_item_institution FOREIGN KEY (institution_id) REFERENCES institution (id) ON DELETE CASCADE,
    CONSTRAINT fk_inbox_item_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE,
    CONSTRAINT ck_inbox_item_kind CHECK (kind IN ('APPROVAL_REQUESTED', 'PROPOSAL_APPROVED', 'PROPOSAL_REJECTED', 'PROPOSAL_WITHDRAWN',
        'PROPOSAL_EXPIRED', 'PROPOSAL_TOOK_EFFECT', 'PROPOSAL_EXPIRING', 'AGREEMENT_ISSUED', 'AGREEMENT_OUT_OF_DATE')),
    CONSTRAINT ck_inbox_item_subject CHECK (subject_kind IN ('ownership-proposal', 'agreement'))
);
CREATE INDEX ix_inbox_item_institution ON inbox_item (institution_id, id);
CREATE INDEX ix_inbox_item_subject ON inbox_item (subject_kind, subject_id, kind);

-- Read marks: each account of an office has its own. A row means the account has read the item.
CREATE TABLE inbox_read (
    item_id    BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inbox_read PRIMARY KEY (item_id, account_id),
    CONSTRAINT fk_inbox_read_item FOREIGN KEY (item_id) REFERENCES inbox_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_inbox_read_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_inbox_read_account ON inbox_read (account_id);

-- An account's e-mail address, to which its office's inbox items are also sent when e-mail is on
-- (registry.mail.enabled); optional.
ALTER TABLE account ADD COLUMN email VARCHAR(254);
