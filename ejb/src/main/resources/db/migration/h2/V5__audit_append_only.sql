-- H2 has no procedural triggers without Java classes; the audit log's append-only rule is kept
-- by the application there, and any alteration is still found by the hash chain (GET /api/audit/verify).
SELECT 1;
