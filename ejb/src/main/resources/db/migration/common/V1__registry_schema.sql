-- The registry's core schema. Portable between H2 (2.x) and PostgreSQL (14+):
-- dialect-specific statements live in db/migration/h2 and db/migration/postgresql.

-- One sequence for every aggregate, so that an id names exactly one record of one kind.
CREATE SEQUENCE registry_id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE institution (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    short_name     VARCHAR(32)  NOT NULL,
    name_en        VARCHAR(300) NOT NULL,
    name_zh_hant   VARCHAR(300),
    name_zh_hans   VARCHAR(300),
    kind           VARCHAR(32)  NOT NULL,
    jurisdiction   VARCHAR(16)  NOT NULL,
    country        CHAR(2)      NOT NULL,
    ror_id         CHAR(9),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_institution_short_name UNIQUE (short_name),
    CONSTRAINT uq_institution_ror UNIQUE (ror_id),
    CONSTRAINT ck_institution_kind CHECK (kind IN ('UNIVERSITY', 'RESEARCH_INSTITUTE', 'ENTERPRISE', 'HOSPITAL', 'GOVERNMENT')),
    CONSTRAINT ck_institution_jurisdiction CHECK (jurisdiction IN ('HK', 'MAINLAND', 'MACAO', 'OVERSEAS'))
);

CREATE TABLE person (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    name_zh        VARCHAR(200),
    orcid          CHAR(19),
    institution_id BIGINT       NOT NULL,
    email          VARCHAR(254),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_person_orcid UNIQUE (orcid),
    CONSTRAINT fk_person_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_person_institution ON person (institution_id);

CREATE TABLE project (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    code             VARCHAR(32)   NOT NULL,
    title_en         VARCHAR(500)  NOT NULL,
    title_zh_hant    VARCHAR(500),
    title_zh_hans    VARCHAR(500),
    abstract_en      VARCHAR(10000),
    abstract_zh_hant VARCHAR(10000),
    abstract_zh_hans VARCHAR(10000),
    site             VARCHAR(16)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    start_date       DATE          NOT NULL,
    end_date         DATE,
    confidentiality  VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_project_code UNIQUE (code),
    CONSTRAINT ck_project_site CHECK (site IN ('HK_PARK', 'SHENZHEN_PARK', 'BOTH')),
    CONSTRAINT ck_project_status CHECK (status IN ('PROPOSED', 'ACTIVE', 'COMPLETED', 'SUSPENDED', 'TERMINATED')),
    CONSTRAINT ck_project_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_project_confidentiality CHECK (confidentiality IN ('PUBLIC', 'CONSORTIUM', 'CONFIDENTIAL'))
);

CREATE TABLE project_keyword (
    project_id BIGINT       NOT NULL,
    keyword    VARCHAR(100) NOT NULL,
    CONSTRAINT pk_project_keyword PRIMARY KEY (project_id, keyword),
    CONSTRAINT fk_project_keyword_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);

CREATE TABLE project_sector (
    project_id BIGINT      NOT NULL,
    sector     VARCHAR(32) NOT NULL,
    CONSTRAINT pk_project_sector PRIMARY KEY (project_id, sector),
    CONSTRAINT fk_project_sector_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_project_sector CHECK (sector IN ('LIFE_HEALTH', 'ARTIFICIAL_INTELLIGENCE', 'DATA_SCIENCE',
        'MICROELECTRONICS', 'BIOMEDICINE', 'NEW_MATERIALS', 'ROBOTICS', 'FINTECH', 'ENERGY', 'ENVIRONMENT', 'OTHER'))
);

-- A participant row per institution; lead_marker is TRUE for the LEAD and NULL otherwise, so the
-- unique constraint allows at most one LEAD per project (NULLs are distinct in H2 and PostgreSQL).
CREATE TABLE project_participant (
    project_id     BIGINT      NOT NULL,
    institution_id BIGINT      NOT NULL,
    role           VARCHAR(20) NOT NULL,
    lead_marker    BOOLEAN,
    CONSTRAINT pk_project_participant PRIMARY KEY (project_id, institution_id),
    CONSTRAINT fk_participant_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_participant_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_participant_role CHECK (role IN ('LEAD', 'PARTNER', 'INDUSTRY_PARTNER', 'FUNDER')),
    CONSTRAINT ck_participant_lead_marker CHECK ((role = 'LEAD' AND lead_marker = TRUE) OR (role <> 'LEAD' AND lead_marker IS NULL)),
    CONSTRAINT uq_participant_one_lead UNIQUE (project_id, lead_marker)
);
CREATE INDEX ix_participant_institution ON project_participant (institution_id);

CREATE TABLE project_funding (
    project_id BIGINT         NOT NULL,
    position   INTEGER        NOT NULL,
    funder     VARCHAR(200)   NOT NULL,
    programme  VARCHAR(200),
    award_id   VARCHAR(100),
    amount     NUMERIC(15, 2) NOT NULL,
    currency   CHAR(3)        NOT NULL,
    CONSTRAINT pk_project_funding PRIMARY KEY (project_id, position),
    CONSTRAINT fk_funding_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_funding_amount CHECK (amount >= 0)
);

CREATE TABLE staffing (
    id                   BIGINT      NOT NULL PRIMARY KEY,
    version              BIGINT      NOT NULL,
    project_id           BIGINT      NOT NULL,
    person_id            BIGINT      NOT NULL,
    role                 VARCHAR(24) NOT NULL,
    fte_percent          INTEGER     NOT NULL,
    start_date           DATE        NOT NULL,
    end_date             DATE,
    park                 VARCHAR(16) NOT NULL,
    white_list_status    VARCHAR(16),
    white_list_from      DATE,
    white_list_until     DATE,
    CONSTRAINT fk_staffing_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_staffing_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_staffing_role CHECK (role IN ('PI', 'CO_INVESTIGATOR', 'POSTDOC', 'RESEARCH_ASSISTANT', 'PHD_STUDENT', 'ENGINEER')),
    CONSTRAINT ck_staffing_fte CHECK (fte_percent BETWEEN 1 AND 100),
    CONSTRAINT ck_staffing_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_staffing_park CHECK (park IN ('HK_PARK', 'SHENZHEN_PARK')),
    CONSTRAINT ck_staffing_white_list CHECK (white_list_status IS NULL OR white_list_status IN ('PENDING', 'APPROVED', 'EXPIRED', 'REJECTED')),
    CONSTRAINT ck_staffing_white_list_dates CHECK (white_list_until IS NULL OR white_list_from IS NULL OR white_list_until >= white_list_from)
);
CREATE INDEX ix_staffing_project ON staffing (project_id);
CREATE INDEX ix_staffing_person ON staffing (person_id);

CREATE TABLE ip_asset (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    project_id       BIGINT        NOT NULL,
    asset_type       VARCHAR(24)   NOT NULL,
    title_en         VARCHAR(500)  NOT NULL,
    title_zh_hant    VARCHAR(500),
    title_zh_hans    VARCHAR(500),
    abstract_en      VARCHAR(10000),
    abstract_zh_hant VARCHAR(10000),
    abstract_zh_hans VARCHAR(10000),
    public_summary   VARCHAR(4000),
    readiness_level  INTEGER       NOT NULL,
    licensing        VARCHAR(16)   NOT NULL,
    confidentiality  VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_ip_asset_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_ip_asset_type CHECK (asset_type IN ('PATENT', 'PATENT_APPLICATION', 'SOFTWARE', 'DATA_SET', 'DESIGN', 'KNOW_HOW', 'BIOLOGICAL_MATERIAL', 'TRADEMARK')),
    CONSTRAINT ck_ip_asset_trl CHECK (readiness_level BETWEEN 1 AND 9),
    CONSTRAINT ck_ip_asset_licensing CHECK (licensing IN ('EXCLUSIVE', 'NON_EXCLUSIVE', 'NOT_AVAILABLE', 'LICENSED')),
    CONSTRAINT ck_ip_asset_confidentiality CHECK (confidentiality IN ('PUBLIC', 'CONSORTIUM', 'CONFIDENTIAL'))
);
CREATE INDEX ix_ip_asset_project ON ip_asset (project_id);

CREATE TABLE ip_filing (
    ip_asset_id        BIGINT      NOT NULL,
    position           INTEGER     NOT NULL,
    jurisdiction       VARCHAR(8)  NOT NULL,
    application_number VARCHAR(64) NOT NULL,
    grant_number       VARCHAR(64),
    filing_date        DATE,
    grant_date         DATE,
    status             VARCHAR(16) NOT NULL,
    CONSTRAINT pk_ip_filing PRIMARY KEY (ip_asset_id, position),
    CONSTRAINT fk_filing_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE,
    CONSTRAINT ck_filing_jurisdiction CHECK (jurisdiction IN ('CN', 'HK', 'PCT', 'US', 'EP', 'OTHER')),
    CONSTRAINT ck_filing_status CHECK (status IN ('PLANNED', 'FILED', 'PUBLISHED', 'GRANTED', 'LAPSED', 'WITHDRAWN', 'REFUSED')),
    CONSTRAINT ck_filing_dates CHECK (grant_date IS NULL OR filing_date IS NULL OR grant_date >= filing_date)
);
CREATE INDEX ix_filing_application ON ip_filing (application_number);

-- Inventors' contributions in basis points (1 bp = 0.01 %); the asset guarantees they sum to 10,000.
CREATE TABLE ip_inventor (
    ip_asset_id BIGINT  NOT NULL,
    person_id   BIGINT  NOT NULL,
    share_bp    INTEGER NOT NULL,
    CONSTRAINT pk_ip_inventor PRIMARY KEY (ip_asset_id, person_id),
    CONSTRAINT fk_inventor_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE,
    CONSTRAINT fk_inventor_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_inventor_share CHECK (share_bp > 0 AND share_bp <= 10000)
);

-- Ownership is versioned: each change adds a version; history is never updated.
-- total_bp records the sum of the version's shares and must be exactly 10,000.
CREATE TABLE ownership_version (
    id             BIGINT        NOT NULL PRIMARY KEY,
    ip_asset_id    BIGINT        NOT NULL,
    version_no     INTEGER       NOT NULL,
    effective_from DATE          NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    total_bp       INTEGER       NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_ownership_version UNIQUE (ip_asset_id, version_no),
    CONSTRAINT fk_ownership_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE,
    CONSTRAINT ck_ownership_version_no CHECK (version_no >= 1),
    CONSTRAINT ck_ownership_total CHECK (total_bp = 10000)
);

CREATE TABLE ownership_share (
    ownership_version_id BIGINT  NOT NULL,
    institution_id       BIGINT  NOT NULL,
    share_bp             INTEGER NOT NULL,
    CONSTRAINT pk_ownership_share PRIMARY KEY (ownership_version_id, institution_id),
    CONSTRAINT fk_share_version FOREIGN KEY (ownership_version_id) REFERENCES ownership_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_share_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_share_bp CHECK (share_bp > 0 AND share_bp <= 10000)
);
CREATE INDEX ix_share_institution ON ownership_share (institution_id);

CREATE TABLE account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    institution_id BIGINT,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'TTO', 'INVESTOR', 'LEGAL')),
    CONSTRAINT ck_account_institution CHECK ((role = 'TTO' AND institution_id IS NOT NULL) OR (role <> 'TTO' AND institution_id IS NULL))
);

-- Bearer tokens are stored only as their SHA-256, so a copy of the table grants nothing.
CREATE TABLE access_token (
    token_hash CHAR(64)                 NOT NULL PRIMARY KEY,
    account_id BIGINT                   NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_token_account ON access_token (account_id);
