-- Investors' enquiries about licensable assets (see docs/api.md, "Enquiries"): one row per enquiry,
-- its status moved by the owners' offices (NEW → IN_DISCUSSION → NDA → TERM_SHEET → LICENSED, or
-- DECLINED with a reason, or WITHDRAWN by the investor); version: optimistic locking (If-Match).
CREATE TABLE enquiry (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    ip_asset_id         BIGINT        NOT NULL,
    investor_account_id BIGINT        NOT NULL,
    investor            VARCHAR(64)   NOT NULL,
    interest            VARCHAR(16)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    decline_reason      VARCHAR(32),
    decline_text        VARCHAR(1000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    office_updated_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_enquiry_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE,
    CONSTRAINT fk_enquiry_investor FOREIGN KEY (investor_account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_enquiry_interest CHECK (interest IN ('LICENCE', 'COLLABORATION', 'INVESTMENT', 'ACQUISITION')),
    CONSTRAINT ck_enquiry_status CHECK (status IN ('NEW', 'IN_DISCUSSION', 'NDA', 'TERM_SHEET', 'LICENSED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT ck_enquiry_declined CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
);
CREATE INDEX ix_enquiry_investor ON enquiry (investor_account_id, updated_at);
CREATE INDEX ix_enquiry_asset ON enquiry (ip_asset_id, updated_at);

-- The thread: messages between the investor and the offices, and the offices' internal notes
-- (internal_note), which the investor never reads. author_institution_id: the office's institution,
-- NULL for the investor. Never changed once written.
CREATE TABLE enquiry_message (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    enquiry_id            BIGINT        NOT NULL,
    author                VARCHAR(64)   NOT NULL,
    author_institution_id BIGINT,
    internal_note         BOOLEAN       NOT NULL,
    body                  VARCHAR(4000) NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_enquiry_message_enquiry FOREIGN KEY (enquiry_id) REFERENCES enquiry (id) ON DELETE CASCADE,
    CONSTRAINT ck_enquiry_note_by_office CHECK (internal_note = FALSE OR author_institution_id IS NOT NULL)
);
CREATE INDEX ix_enquiry_message_enquiry ON enquiry_message (enquiry_id, id);

-- When the investor last read the thread, for the "updated" marker of its enquiry list.
CREATE TABLE enquiry_read (
    enquiry_id BIGINT NOT NULL PRIMARY KEY,
    read_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_enquiry_read_enquiry FOREIGN KEY (enquiry_id) REFERENCES enquiry (id) ON DELETE CASCADE
);

-- The offices' inboxes tell of enquiries too.
ALTER TABLE inbox_item DROP CONSTRAINT ck_inbox_item_kind;
ALTER TABLE inbox_item ADD CONSTRAINT ck_inbox_item_kind CHECK (kind IN ('APPROVAL_REQUESTED', 'PROPOSAL_APPROVED', 'PROPOSAL_REJECTED',
    'PROPOSAL_WITHDRAWN', 'PROPOSAL_EXPIRED', 'PROPOSAL_TOOK_EFFECT', 'PROPOSAL_EXPIRING', 'AGREEMENT_ISSUED', 'AGREEMENT_OUT_OF_DATE',
    'ENQUIRY_RECEIVED', 'ENQUIRY_MESSAGE', 'ENQUIRY_NOTE', 'ENQUIRY_STATUS'));
ALTER TABLE inbox_item DROP CONSTRAINT ck_inbox_item_subject;
ALTER TABLE inbox_item ADD CONSTRAINT ck_inbox_item_subject CHECK (subject_kind IN ('ownership-proposal', 'agreement', 'enquiry'));
