-- Goods and data crossing the boundary between the two parks, and the capital of each project by side
-- of the boundary (docs/zone.md, "Goods and data crossing the boundary" and "Capital"). A project with
-- transfers or grants is not deleted (they are records of what happened): the foreign keys do not cascade.

-- A transfer of material (a biological sample, other material) or of data (personal data, research
-- data) of a project from one institution in one park to one in the other park; its clearance route
-- and reference; each party's consent (its office's account and time); its dates as it moves on.
CREATE TABLE boundary_transfer (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    project_id           BIGINT        NOT NULL,
    kind                 VARCHAR(24)   NOT NULL,
    description_en       VARCHAR(2000) NOT NULL,
    description_zh_hant  VARCHAR(2000),
    description_zh_hans  VARCHAR(2000),
    from_institution_id  BIGINT        NOT NULL,
    from_park            VARCHAR(16)   NOT NULL,
    to_institution_id    BIGINT        NOT NULL,
    to_park              VARCHAR(16)   NOT NULL,
    clearance_route      VARCHAR(32)   NOT NULL,
    clearance_reference  VARCHAR(100),
    requested_date       DATE          NOT NULL,
    sent_date            DATE,
    received_date        DATE,
    status               VARCHAR(16)   NOT NULL,
    sender_approved_by   VARCHAR(64),
    sender_approved_at   TIMESTAMP WITH TIME ZONE,
    receiver_approved_by VARCHAR(64),
    receiver_approved_at TIMESTAMP WITH TIME ZONE,
    closed_by            VARCHAR(64),
    closing_note         VARCHAR(500),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_boundary_transfer_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_boundary_transfer_from FOREIGN KEY (from_institution_id) REFERENCES institution (id),
    CONSTRAINT fk_boundary_transfer_to FOREIGN KEY (to_institution_id) REFERENCES institution (id),
    CONSTRAINT ck_boundary_transfer_kind CHECK (kind IN ('BIOLOGICAL_SAMPLE', 'OTHER_MATERIAL', 'PERSONAL_DATA', 'RESEARCH_DATA')),
    CONSTRAINT ck_boundary_transfer_parks CHECK (from_park IN ('HK_PARK', 'SHENZHEN_PARK') AND to_park IN ('HK_PARK', 'SHENZHEN_PARK')
        AND from_park <> to_park),
    CONSTRAINT ck_boundary_transfer_route CHECK (clearance_route IN ('GREEN_CHANNEL', 'CUSTOMS_DECLARATION', 'SECURITY_ASSESSMENT',
        'STANDARD_CONTRACT', 'CERTIFICATION', 'GBA_STANDARD_CONTRACT', 'NOT_REQUIRED')),
    CONSTRAINT ck_boundary_transfer_status CHECK (status IN ('DRAFT', 'APPROVED', 'IN_TRANSIT', 'RECEIVED', 'REFUSED', 'CANCELLED')),
    CONSTRAINT ck_boundary_transfer_approved CHECK (status IN ('DRAFT', 'REFUSED', 'CANCELLED')
        OR (sender_approved_at IS NOT NULL AND receiver_approved_at IS NOT NULL)),
    CONSTRAINT ck_boundary_transfer_sent CHECK ((status IN ('IN_TRANSIT', 'RECEIVED')) = (sent_date IS NOT NULL)),
    CONSTRAINT ck_boundary_transfer_received CHECK ((status = 'RECEIVED') = (received_date IS NOT NULL)),
    CONSTRAINT ck_boundary_transfer_dates CHECK ((sent_date IS NULL OR sent_date >= requested_date)
        AND (received_date IS NULL OR received_date >= sent_date))
);
CREATE INDEX ix_boundary_transfer_project ON boundary_transfer (project_id, requested_date);
CREATE INDEX ix_boundary_transfer_status ON boundary_transfer (status, requested_date);
CREATE INDEX ix_boundary_transfer_from ON boundary_transfer (from_institution_id);
CREATE INDEX ix_boundary_transfer_to ON boundary_transfer (to_institution_id);

-- A grant or other funding of a project on one side of the boundary: who funds it, under which
-- scheme, how much in HKD or CNY, when it was awarded and the period it covers, and the institution
-- of the project that receives it.
CREATE TABLE project_grant (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL,
    project_id         BIGINT         NOT NULL,
    institution_id     BIGINT         NOT NULL,
    funder             VARCHAR(200)   NOT NULL,
    scheme             VARCHAR(40)    NOT NULL,
    programme          VARCHAR(200),
    award_reference    VARCHAR(100),
    amount             NUMERIC(15, 2) NOT NULL,
    currency           CHAR(3)        NOT NULL,
    side               VARCHAR(16)    NOT NULL,
    awarded_date       DATE           NOT NULL,
    start_date         DATE,
    end_date           DATE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_project_grant_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_grant_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_project_grant_scheme CHECK (scheme IN ('MATCHING_BASIC_RESEARCH', 'MATCHING_TECHNOLOGY_TRANSFORMATION',
        'GOVERNMENT_GRANT', 'INSTITUTIONAL', 'INDUSTRY', 'OTHER')),
    CONSTRAINT ck_project_grant_amount CHECK (amount >= 0),
    CONSTRAINT ck_project_grant_currency CHECK (currency IN ('HKD', 'CNY')),
    CONSTRAINT ck_project_grant_side CHECK (side IN ('HK', 'MAINLAND')),
    CONSTRAINT ck_project_grant_period CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_project_grant_project ON project_grant (project_id, awarded_date);
CREATE INDEX ix_project_grant_institution ON project_grant (institution_id);
