-- This registry's instance id: 16 random hexadecimal digits, made once.
INSERT INTO registry_instance (id, created_at)
VALUES (LOWER(SUBSTRING(REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''), 1, 16)), CURRENT_TIMESTAMP);

-- References recorded as registry:<id> named this registry's records: they take its instance id,
-- the form in which imports now look them up.
UPDATE external_ref SET external_id = 'registry:' || (SELECT id FROM registry_instance) || ':' || SUBSTRING(external_id, 10)
WHERE REGEXP_LIKE(external_id, '^registry:[0-9]{1,18}$');
