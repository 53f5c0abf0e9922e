-- The PDF of each issued agreement revision, stored once when it is issued and never changed.
-- Kept apart from agreement so that reading and listing agreements does not load PDFs.
-- H2 stores bytes as VARBINARY (PostgreSQL: BYTEA); on H2 the application alone keeps the row unchanged.
CREATE TABLE agreement_pdf (
    agreement_id BIGINT    NOT NULL PRIMARY KEY,
    pdf          VARBINARY NOT NULL,
    CONSTRAINT fk_agreement_pdf_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);
