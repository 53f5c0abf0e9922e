-- The PDF of each issued agreement revision, stored once when it is issued and never changed.
-- Kept apart from agreement so that reading and listing agreements does not load PDFs.
CREATE TABLE agreement_pdf (
    agreement_id BIGINT NOT NULL PRIMARY KEY,
    pdf          BYTEA  NOT NULL,
    CONSTRAINT fk_agreement_pdf_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id)
);

-- The database itself refuses to change or remove an issued PDF, whoever asks.
CREATE FUNCTION agreement_pdf_is_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'an issued agreement PDF never changes: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER agreement_pdf_no_update BEFORE UPDATE OR DELETE ON agreement_pdf
    FOR EACH ROW EXECUTE FUNCTION agreement_pdf_is_immutable();
CREATE TRIGGER agreement_pdf_no_truncate BEFORE TRUNCATE ON agreement_pdf
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_pdf_is_immutable();
