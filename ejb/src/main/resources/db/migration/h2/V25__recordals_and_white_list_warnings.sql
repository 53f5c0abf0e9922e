-- Recordals of assignments and licences with patent offices, and their warnings (docs/zone.md,
-- "Recordals"); warnings before a cross-boundary white-list registration ends, to the office of the
-- employing institution (docs/zone.md, "People crossing the boundary").

-- An inbox item may be about no asset: a white-list registration is about a member of a project's staff.
ALTER TABLE inbox_item ALTER COLUMN ip_asset_id SET NULL;
ALTER TABLE inbox_item DROP CONSTRAINT ck_inbox_item_kind;
ALTER TABLE inbox_item ADD CONSTRAINT ck_inbox_item_kind CHECK (kind IN ('APPROVAL_REQUESTED', 'PROPOSAL_APPROVED', 'PROPOSAL_REJECTED',
    'PROPOSAL_WITHDRAWN', 'PROPOSAL_EXPIRED', 'PROPOSAL_TOOK_EFFECT', 'PROPOSAL_EXPIRING', 'AGREEMENT_ISSUED', 'AGREEMENT_OUT_OF_DATE',
    'ENQUIRY_RECEIVED', 'ENQUIRY_MESSAGE', 'ENQUIRY_NOTE', 'ENQUIRY_STATUS', 'DEADLINE_DUE', 'WHITE_LIST_EXPIRING', 'RECORDAL_WARNING'));
ALTER TABLE inbox_item DROP CONSTRAINT ck_inbox_item_subject;
ALTER TABLE inbox_item ADD CONSTRAINT ck_inbox_item_subject CHECK (subject_kind IN ('ownership-proposal', 'agreement', 'enquiry', 'ip-asset', 'project', 'recordal'));

-- That the office was warned of the end of a staffing line's white-list registration: once per line,
-- last valid day and lead time (a renewed registration, or a changed lead time, warns again). Kept
-- in the database so that a restart does not warn twice.
CREATE TABLE white_list_warning (
    staffing_id   BIGINT  NOT NULL,
    valid_until   DATE    NOT NULL,
    lead_days     INTEGER NOT NULL,
    inbox_item_id BIGINT  NOT NULL,
    warned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_white_list_warning PRIMARY KEY (staffing_id, valid_until, lead_days),
    CONSTRAINT fk_white_list_warning_staffing FOREIGN KEY (staffing_id) REFERENCES staffing (id) ON DELETE CASCADE,
    CONSTRAINT fk_white_list_warning_item FOREIGN KEY (inbox_item_id) REFERENCES inbox_item (id) ON DELETE CASCADE
);

-- Who crosses into the Hong Kong park on a day: staffing lines by park and dates.
CREATE INDEX ix_staffing_park_dates ON staffing (park, start_date, end_date);

-- The recordal of an ownership version (an assignment) or an agreement with a patent office. The
-- subject is not a foreign key (it is one of two tables); the asset is. A later status comes with its
-- date; none is before the filing.
CREATE TABLE recordal (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    subject_kind   VARCHAR(24)  NOT NULL,
    subject_id     BIGINT       NOT NULL,
    ip_asset_id    BIGINT       NOT NULL,
    office         VARCHAR(16)  NOT NULL,
    recordal_type  VARCHAR(24)  NOT NULL,
    effective_date DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    filed_date     DATE,
    reference      VARCHAR(100),
    recorded_date  DATE,
    refused_date   DATE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_recordal_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE,
    CONSTRAINT ck_recordal_subject CHECK (subject_kind IN ('OWNERSHIP_VERSION', 'AGREEMENT')),
    CONSTRAINT ck_recordal_office CHECK (office IN ('CNIPA', 'HK_IPD', 'MO_DSEDT', 'USPTO', 'EPO', 'WIPO', 'JPO', 'UKIPO')),
    CONSTRAINT ck_recordal_type CHECK (recordal_type IN ('ASSIGNMENT', 'EXCLUSIVE_LICENCE', 'NON_EXCLUSIVE_LICENCE')),
    CONSTRAINT ck_recordal_status CHECK (status IN ('TO_DO', 'FILED', 'RECORDED', 'REFUSED')),
    CONSTRAINT ck_recordal_filed CHECK (status = 'TO_DO' OR status = 'REFUSED' OR filed_date IS NOT NULL),
    CONSTRAINT ck_recordal_recorded CHECK ((status = 'RECORDED') = (recorded_date IS NOT NULL)),
    CONSTRAINT ck_recordal_refused CHECK ((status = 'REFUSED') = (refused_date IS NOT NULL)),
    CONSTRAINT ck_recordal_dates CHECK ((recorded_date IS NULL OR filed_date IS NULL OR recorded_date >= filed_date)
        AND (refused_date IS NULL OR filed_date IS NULL OR refused_date >= filed_date))
);
CREATE INDEX ix_recordal_asset ON recordal (ip_asset_id);
CREATE INDEX ix_recordal_subject ON recordal (subject_kind, subject_id);

-- That the offices of a recordal's parties were told of one rule's warning about it: once, across restarts.
CREATE TABLE recordal_warning (
    recordal_id BIGINT      NOT NULL,
    code        VARCHAR(64) NOT NULL,
    warned_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_recordal_warning PRIMARY KEY (recordal_id, code),
    CONSTRAINT fk_recordal_warning_recordal FOREIGN KEY (recordal_id) REFERENCES recordal (id) ON DELETE CASCADE
);
