-- Patent docketing (see docs/zone.md, "Patent deadlines"): what a docket needs of each filing, the
-- priority claims of the filings, the deadlines an office marked done, and the reminders sent.
ALTER TABLE ip_filing ADD COLUMN publication_number VARCHAR(64);
ALTER TABLE ip_filing ADD COLUMN publication_date DATE;
ALTER TABLE ip_filing ADD COLUMN pct_application_number VARCHAR(64);
ALTER TABLE ip_filing ADD COLUMN hk_kind VARCHAR(16);
ALTER TABLE ip_filing ADD COLUMN designated_office VARCHAR(2);
ALTER TABLE ip_filing ADD COLUMN designated_application_number VARCHAR(64);
ALTER TABLE ip_filing ADD CONSTRAINT ck_filing_hk_kind CHECK (hk_kind IS NULL OR (jurisdiction = 'HK' AND hk_kind IN ('STANDARD_R', 'STANDARD_O', 'SHORT_TERM')));
ALTER TABLE ip_filing ADD CONSTRAINT ck_filing_designated CHECK (
    (hk_kind = 'STANDARD_R' AND designated_office IS NOT NULL AND designated_application_number IS NOT NULL)
    OR ((hk_kind IS NULL OR hk_kind <> 'STANDARD_R') AND designated_office IS NULL AND designated_application_number IS NULL));
ALTER TABLE ip_filing ADD CONSTRAINT ck_filing_designated_office CHECK (designated_office IS NULL OR designated_office IN ('CN', 'EP', 'GB'));
ALTER TABLE ip_filing ADD CONSTRAINT ck_filing_publication CHECK (publication_date IS NULL OR filing_date IS NULL OR publication_date >= filing_date);
CREATE INDEX ix_filing_pct ON ip_filing (pct_application_number);

-- The priorities a filing claims (filing_position: the filing's position among its asset's filings).
CREATE TABLE ip_filing_priority (
    ip_asset_id     BIGINT      NOT NULL,
    position        INTEGER     NOT NULL,
    filing_position INTEGER     NOT NULL,
    office          VARCHAR(2)  NOT NULL,
    number          VARCHAR(64) NOT NULL,
    claim_date      DATE        NOT NULL,
    CONSTRAINT pk_ip_filing_priority PRIMARY KEY (ip_asset_id, position),
    CONSTRAINT fk_filing_priority_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE
);

-- A deadline an office marked done, by its stable key (rule, asset, filing, occurrence), with the
-- filing it produced (its application number) if any.
CREATE TABLE docket_done (
    deadline_key       VARCHAR(200)  NOT NULL PRIMARY KEY,
    ip_asset_id        BIGINT        NOT NULL,
    due_date           DATE          NOT NULL,
    produced_filing    VARCHAR(64),
    note               VARCHAR(1000),
    done_by            VARCHAR(64)   NOT NULL,
    done_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_docket_done_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE
);
CREATE INDEX ix_docket_done_asset ON docket_done (ip_asset_id);

-- Each reminder once: a row per deadline (and its due date), lead time and office, written with the inbox item.
CREATE TABLE docket_reminder (
    deadline_key   VARCHAR(200) NOT NULL,
    due_date       DATE         NOT NULL,
    lead_time      VARCHAR(16)  NOT NULL,
    institution_id BIGINT       NOT NULL,
    ip_asset_id    BIGINT       NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_docket_reminder PRIMARY KEY (deadline_key, due_date, lead_time, institution_id),
    CONSTRAINT fk_docket_reminder_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE,
    CONSTRAINT fk_docket_reminder_institution FOREIGN KEY (institution_id) REFERENCES institution (id) ON DELETE CASCADE
);

-- Offices' inboxes tell of deadlines coming up (the item's subject is the asset).
ALTER TABLE inbox_item DROP CONSTRAINT ck_inbox_item_kind;
ALTER TABLE inbox_item ADD CONSTRAINT ck_inbox_item_kind CHECK (kind IN ('APPROVAL_REQUESTED', 'PROPOSAL_APPROVED', 'PROPOSAL_REJECTED',
    'PROPOSAL_WITHDRAWN', 'PROPOSAL_EXPIRED', 'PROPOSAL_TOOK_EFFECT', 'PROPOSAL_EXPIRING', 'AGREEMENT_ISSUED', 'AGREEMENT_OUT_OF_DATE',
    'ENQUIRY_RECEIVED', 'ENQUIRY_MESSAGE', 'ENQUIRY_NOTE', 'ENQUIRY_STATUS', 'DEADLINE_DUE'));
ALTER TABLE inbox_item DROP CONSTRAINT ck_inbox_item_subject;
ALTER TABLE inbox_item ADD CONSTRAINT ck_inbox_item_subject CHECK (subject_kind IN ('ownership-proposal', 'agreement', 'enquiry', 'ip-asset'));
