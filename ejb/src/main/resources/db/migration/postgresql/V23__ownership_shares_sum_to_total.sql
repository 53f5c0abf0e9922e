-- The database itself keeps the rule that an ownership version's shares sum to its total (10,000
-- basis points, ck_ownership_total): checked when the transaction commits, after the version's row
-- and all its shares are written, whoever writes them.
CREATE FUNCTION ownership_version_shares_sum(version_id BIGINT) RETURNS void AS $$
DECLARE
    total INTEGER;
    shares BIGINT;
BEGIN
    SELECT v.total_bp INTO total FROM ownership_version v WHERE v.id = version_id;
    IF NOT FOUND THEN
        RETURN; -- the version itself was deleted (with its asset)
    END IF;
    SELECT COALESCE(SUM(s.share_bp), 0) INTO shares FROM ownership_share s WHERE s.ownership_version_id = version_id;
    IF shares <> total THEN
        RAISE EXCEPTION 'ownership version % has shares summing to % basis points, not its total of %',
            version_id, shares, total
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_ownership_shares_sum';
    END IF;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION ownership_version_shares_sum_trigger() RETURNS trigger AS $$
BEGIN
    IF TG_TABLE_NAME = 'ownership_version' THEN
        PERFORM ownership_version_shares_sum(NEW.id);
    ELSE
        IF TG_OP <> 'INSERT' THEN
            PERFORM ownership_version_shares_sum(OLD.ownership_version_id);
        END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.ownership_version_id <> OLD.ownership_version_id) THEN
            PERFORM ownership_version_shares_sum(NEW.ownership_version_id);
        END IF;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER ck_ownership_version_shares_sum
    AFTER INSERT OR UPDATE OF id, total_bp ON ownership_version
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ownership_version_shares_sum_trigger();

CREATE CONSTRAINT TRIGGER ck_ownership_share_shares_sum
    AFTER INSERT OR UPDATE OR DELETE ON ownership_share
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ownership_version_shares_sum_trigger();

-- Every version already recorded keeps the rule (the application has always checked it): a database
-- where one does not is named here rather than left to fail at some later commit.
DO $$
DECLARE
    bad RECORD;
BEGIN
    SELECT v.id, v.total_bp, COALESCE(SUM(s.share_bp), 0) AS shares INTO bad
        FROM ownership_version v LEFT JOIN ownership_share s ON s.ownership_version_id = v.id
        GROUP BY v.id, v.total_bp HAVING COALESCE(SUM(s.share_bp), 0) <> v.total_bp LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ownership version % has shares summing to % basis points, not its total of %: correct it before upgrading',
            bad.id, bad.shares, bad.total_bp;
    END IF;
END;
$$;
