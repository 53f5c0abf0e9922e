-- An ownership version's shares sum to its total (10,000 basis points, ck_ownership_total). H2 has no
-- deferred constraints and checks each statement as it runs, while a version's row is written before its
-- shares, so H2 keeps the part that can be checked statement by statement (PostgreSQL checks the sum
-- itself at commit, migration V23 there): no share takes its version's shares past the total. A Java
-- trigger (its class is inside the application; H2 finds it through org.hetao.registry.config.H2Classes).
CREATE TRIGGER ck_ownership_share_within_total BEFORE INSERT, UPDATE ON ownership_share
    FOR EACH ROW CALL 'org.hetao.registry.ownership.OwnershipSharesWithinTotal';
