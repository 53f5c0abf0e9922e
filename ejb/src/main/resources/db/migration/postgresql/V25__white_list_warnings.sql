-- Warnings before a cross-boundary white-list registration ends, to the office of the employing
-- institution (see docs/zone.md, "People crossing the boundary").

-- An inbox item may be about no asset: a white-list registration is about a member of a project's staff.
ALTER TABLE inbox_item ALTER COLUMN ip_asset_id DROP NOT NULL;
ALTER TABLE inbox_item DROP CONSTRAINT ck_inbox_item_kind;
ALTER TABLE inbox_item ADD CONSTRAINT ck_inbox_item_kind CHECK (kind IN ('APPROVAL_REQUESTED', 'PROPOSAL_APPROVED', 'PROPOSAL_REJECTED',
    'PROPOSAL_WITHDRAWN', 'PROPOSAL_EXPIRED', 'PROPOSAL_TOOK_EFFECT', 'PROPOSAL_EXPIRING', 'AGREEMENT_ISSUED', 'AGREEMENT_OUT_OF_DATE',
    'ENQUIRY_RECEIVED', 'ENQUIRY_MESSAGE', 'ENQUIRY_NOTE', 'ENQUIRY_STATUS', 'WHITE_LIST_EXPIRING'));
ALTER TABLE inbox_item DROP CONSTRAINT ck_inbox_item_subject;
ALTER TABLE inbox_item ADD CONSTRAINT ck_inbox_item_subject CHECK (subject_kind IN ('ownership-proposal', 'agreement', 'enquiry', 'project'));

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
