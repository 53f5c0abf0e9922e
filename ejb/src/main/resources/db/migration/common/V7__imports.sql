-- Bulk import jobs and the external references that make an import idempotent.

-- One upload and what became of it. The uploaded file itself is kept on disk under the data
-- directory (imports/<id>.upload) until the job has succeeded or been rejected, so that a job
-- interrupted by a crash can be run again. rows_done counts the rows of the current phase
-- (VALIDATING, then IMPORTING) and is updated in transactions of its own while the job runs.
CREATE TABLE import_job (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    kind               VARCHAR(16)   NOT NULL,
    format             VARCHAR(8)    NOT NULL,
    mode               VARCHAR(16)   NOT NULL,
    on_duplicate       VARCHAR(8)    NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    rows_total         INTEGER       NOT NULL,
    rows_done          INTEGER       NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    created_by_account BIGINT        NOT NULL,
    created_by_role    VARCHAR(16)   NOT NULL,
    institution_id     BIGINT,
    file_name          VARCHAR(200),
    file_bytes         BIGINT        NOT NULL,
    file_sha256        CHAR(64)      NOT NULL,
    attempts           INTEGER       NOT NULL,
    message            VARCHAR(1000),
    report             VARCHAR(1000000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE,
    finished_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_import_job_kind CHECK (kind IN ('INSTITUTIONS', 'PEOPLE', 'PROJECTS', 'IP_ASSETS', 'BACKUP')),
    CONSTRAINT ck_import_job_format CHECK (format IN ('CSV', 'JSONL')),
    CONSTRAINT ck_import_job_mode CHECK (mode IN ('ALL_OR_NOTHING', 'DRY_RUN')),
    CONSTRAINT ck_import_job_on_duplicate CHECK (on_duplicate IN ('UPDATE', 'SKIP')),
    CONSTRAINT ck_import_job_state CHECK (state IN ('QUEUED', 'VALIDATING', 'IMPORTING', 'SUCCEEDED', 'FAILED', 'REJECTED')),
    CONSTRAINT ck_import_job_rows CHECK (rows_done >= 0 AND rows_total >= 0)
);
CREATE INDEX ix_import_job_state ON import_job (state);
CREATE INDEX ix_import_job_account ON import_job (created_by_account);

-- An office's own identifier of a record: within a scope (an institution's office, "institution:<id>",
-- or another account, "account:<id>") an external id of a record kind names one registry record.
-- There is no foreign key, as registry_id may name a record of any kind: an import checks that the
-- record still exists, and points the reference at a new record if it was deleted.
CREATE TABLE external_ref (
    id           BIGINT       NOT NULL PRIMARY KEY,
    scope        VARCHAR(40)  NOT NULL,
    record_kind  VARCHAR(16)  NOT NULL,
    external_id  VARCHAR(100) NOT NULL,
    registry_id  BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_external_ref UNIQUE (scope, record_kind, external_id),
    CONSTRAINT ck_external_ref_kind CHECK (record_kind IN ('INSTITUTION', 'PERSON', 'PROJECT', 'IP_ASSET'))
);
CREATE INDEX ix_external_ref_registry ON external_ref (registry_id);
