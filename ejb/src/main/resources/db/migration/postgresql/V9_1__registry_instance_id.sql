-- This registry's instance id: 16 random hexadecimal digits, made once.
INSERT INTO registry_instance (id, created_at)
VALUES (substr(replace(gen_random_uuid()::text, '-', ''), 1, 16), CURRENT_TIMESTAMP);

-- References recorded as registry:<id> named this registry's records: they take its instance id,
-- the form in which imports now look them up.
UPDATE external_ref SET external_id = 'registry:' || (SELECT id FROM registry_instance) || ':' || substr(external_id, 10)
WHERE external_id ~ '^registry:[0-9]{1,18}$';
