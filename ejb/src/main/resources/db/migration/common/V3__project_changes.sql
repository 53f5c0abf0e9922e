-- V1's check on project_participant.lead_marker let a LEAD row with a NULL marker through: for such a
-- row the expression is NULL, not FALSE, and a CHECK only rejects FALSE. That row then escaped the
-- one-LEAD unique key. The corrected check is never NULL: role is NOT NULL and COALESCE removes the rest.
ALTER TABLE project_participant DROP CONSTRAINT ck_participant_lead_marker;
ALTER TABLE project_participant ADD CONSTRAINT ck_participant_lead_marker
    CHECK ((role = 'LEAD' AND COALESCE(lead_marker, FALSE)) OR (role <> 'LEAD' AND lead_marker IS NULL));
