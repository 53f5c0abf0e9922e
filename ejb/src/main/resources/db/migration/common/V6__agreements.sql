-- Joint-ownership agreements and the versions of the unified IP framework they are made under.

-- A published framework version: its JSON document (clause texts in en, zh-Hant and zh-Hans, labels,
-- warnings) exactly as published. Versions are numbered 1, 2, ... and never change; version 1 is
-- seeded from framework/v1.json on the first start.
CREATE TABLE framework_version (
    version       INTEGER          NOT NULL PRIMARY KEY,
    published_on  DATE             NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(64)      NOT NULL,
    content       VARCHAR(1000000) NOT NULL,
    CONSTRAINT ck_framework_version CHECK (version >= 1)
);

-- One version (revision) of an agreement about one IP asset. The revisions of one agreement share
-- series_id (the id of its first revision); a superseding revision names the one it replaces.
-- content holds what the agreement says about the parties, project, asset, owners, inventors and
-- Background IP as it was when drafted, options the legal team's choices (both JSON), so that the
-- same revision always renders to the same PDF. An issued revision never changes: its PDF is in
-- agreement_pdf and its SHA-256 here.
CREATE TABLE agreement (
    id                    BIGINT          NOT NULL PRIMARY KEY,
    version               BIGINT          NOT NULL,
    series_id             BIGINT          NOT NULL,
    revision              INTEGER         NOT NULL,
    ip_asset_id           BIGINT          NOT NULL,
    ownership_version_no  INTEGER         NOT NULL,
    framework_version     INTEGER         NOT NULL,
    status                VARCHAR(16)     NOT NULL,
    language              VARCHAR(16)     NOT NULL,
    options               VARCHAR(100000) NOT NULL,
    content               VARCHAR(200000) NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(64)     NOT NULL,
    issued_at             TIMESTAMP WITH TIME ZONE,
    issued_by             VARCHAR(64),
    pdf_sha256            CHAR(64),
    warnings_acknowledged BOOLEAN         NOT NULL,
    out_of_date           BOOLEAN         NOT NULL,
    supersedes            BIGINT,
    superseded_by         BIGINT,
    signed_at             TIMESTAMP WITH TIME ZONE,
    signed_by             VARCHAR(64),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_agreement_revision UNIQUE (series_id, revision),
    CONSTRAINT fk_agreement_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id),
    CONSTRAINT fk_agreement_ownership FOREIGN KEY (ip_asset_id, ownership_version_no) REFERENCES ownership_version (ip_asset_id, version_no),
    CONSTRAINT fk_agreement_framework FOREIGN KEY (framework_version) REFERENCES framework_version (version),
    CONSTRAINT fk_agreement_supersedes FOREIGN KEY (supersedes) REFERENCES agreement (id),
    CONSTRAINT fk_agreement_superseded_by FOREIGN KEY (superseded_by) REFERENCES agreement (id),
    CONSTRAINT ck_agreement_revision CHECK (revision >= 1 AND (revision = 1) = (supersedes IS NULL)),
    CONSTRAINT ck_agreement_status CHECK (status IN ('DRAFT', 'ISSUED', 'SIGNED', 'SUPERSEDED')),
    CONSTRAINT ck_agreement_language CHECK (language IN ('EN', 'ZH_HANT', 'ZH_HANS', 'EN_ZH_HANT', 'EN_ZH_HANS')),
    CONSTRAINT ck_agreement_issued CHECK ((status = 'DRAFT' AND issued_at IS NULL AND issued_by IS NULL AND pdf_sha256 IS NULL)
        OR (status <> 'DRAFT' AND issued_at IS NOT NULL AND issued_by IS NOT NULL AND pdf_sha256 IS NOT NULL)),
    CONSTRAINT ck_agreement_sha256 CHECK (pdf_sha256 IS NULL OR LENGTH(pdf_sha256) = 64),
    CONSTRAINT ck_agreement_signed CHECK ((signed_at IS NULL) = (signed_by IS NULL)
        AND (signed_at IS NULL OR status IN ('SIGNED', 'SUPERSEDED')) AND (status <> 'SIGNED' OR signed_at IS NOT NULL)),
    CONSTRAINT ck_agreement_superseded CHECK ((status = 'SUPERSEDED') = (superseded_by IS NOT NULL))
);
CREATE INDEX ix_agreement_asset ON agreement (ip_asset_id);
CREATE INDEX ix_agreement_series ON agreement (series_id);

-- The institutions that are parties to a revision, under the codes its options use.
CREATE TABLE agreement_party (
    agreement_id   BIGINT      NOT NULL,
    position       INTEGER     NOT NULL,
    institution_id BIGINT      NOT NULL,
    party_code     VARCHAR(40) NOT NULL,
    CONSTRAINT pk_agreement_party PRIMARY KEY (agreement_id, position),
    CONSTRAINT uq_agreement_party_code UNIQUE (agreement_id, party_code),
    CONSTRAINT fk_agreement_party_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_party_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
CREATE INDEX ix_agreement_party_institution ON agreement_party (institution_id);
