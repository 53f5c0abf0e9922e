-- Each party's signature of an issued agreement revision, and the signed copy kept beside the issued PDF.

-- Who signed for which party (institution) and when, and who recorded it. An agreement is SIGNED once
-- every party has signed; agreement.signed_at is then the last signature's time. Revisions signed
-- before signatures were recorded one by one keep only agreement.signed_at.
CREATE TABLE agreement_signature (
    agreement_id    BIGINT       NOT NULL,
    party_code      VARCHAR(40)  NOT NULL,
    institution_id  BIGINT       NOT NULL,
    signatory_name  VARCHAR(200) NOT NULL,
    signatory_title VARCHAR(200),
    signed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(64)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_agreement_signature PRIMARY KEY (agreement_id, party_code),
    CONSTRAINT fk_agreement_signature_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_agreement_signature_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

-- The signed copy (scan or digitally signed PDF) of a signed revision: uploaded once, never changed.
-- H2 stores bytes as VARBINARY (PostgreSQL: BYTEA); on H2 the application alone keeps the row unchanged.
CREATE TABLE agreement_signed_copy (
    agreement_id BIGINT NOT NULL PRIMARY KEY,
    pdf          VARBINARY  NOT NULL,
    CONSTRAINT fk_agreement_signed_copy_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

ALTER TABLE agreement ADD COLUMN signed_copy_sha256 CHAR(64);
ALTER TABLE agreement ADD COLUMN signed_copy_size BIGINT;
ALTER TABLE agreement ADD COLUMN signed_copy_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE agreement ADD COLUMN signed_copy_by VARCHAR(64);
ALTER TABLE agreement ADD CONSTRAINT ck_agreement_signed_copy CHECK (
    (signed_copy_sha256 IS NULL AND signed_copy_size IS NULL AND signed_copy_at IS NULL AND signed_copy_by IS NULL)
    OR (signed_copy_sha256 IS NOT NULL AND LENGTH(signed_copy_sha256) = 64 AND signed_copy_size IS NOT NULL AND signed_copy_size > 0
        AND signed_copy_at IS NOT NULL AND signed_copy_by IS NOT NULL AND signed_at IS NOT NULL));
