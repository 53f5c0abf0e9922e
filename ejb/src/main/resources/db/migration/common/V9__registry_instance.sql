-- The registry's own identity: one row, written once when the schema is created (V9_1, per database)
-- and never changed. Exports name records that have no natural key as registry:<instance>:<id>, so
-- that an import can tell this registry's ids from another registry's.
CREATE TABLE registry_instance (
    id          VARCHAR(40) NOT NULL PRIMARY KEY,
    only_row    BOOLEAN     DEFAULT TRUE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_registry_instance_one UNIQUE (only_row),
    CONSTRAINT ck_registry_instance_one CHECK (only_row = TRUE)
);

-- Names that another registry gives its records are remembered under that registry's scope,
-- "registry:<instance>", which may be longer than an office's.
ALTER TABLE external_ref ALTER COLUMN scope SET DATA TYPE VARCHAR(64);
