-- On H2 too the database keeps the audit log append-only, as the PostgreSQL trigger of V5 does there:
-- a Java trigger refuses every UPDATE and DELETE of audit_log (its class is inside the application,
-- and H2 finds it through org.hetao.registry.config.H2Classes).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'org.hetao.registry.audit.AuditLogAppendOnly';

-- H2's TRUNCATE TABLE fires no trigger, but refuses a table that a foreign key refers to: this table
-- stays empty, and only exists to make TRUNCATE of audit_log fail.
CREATE TABLE audit_log_truncate_guard (
    seq BIGINT,
    CONSTRAINT fk_audit_log_truncate_guard FOREIGN KEY (seq) REFERENCES audit_log (seq)
);
