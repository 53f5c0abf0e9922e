-- Ownership versions are dated: the version in force on a date is the one with the latest
-- effective_from on or before it (of the same date, the higher version_no); version_no stays the
-- order of recording. A version recorded with a date before the then current one is a correction.
ALTER TABLE ownership_version ADD COLUMN correction BOOLEAN NOT NULL DEFAULT FALSE;

-- When the registry acted on the version's effective date (it came into force, or was replaced on
-- that date by a version recorded later); NULL while the date has not arrived or was not acted on.
ALTER TABLE ownership_version ADD COLUMN date_reached_at TIMESTAMP WITH TIME ZONE;

-- Versions dated up to today were acted on when they were recorded; later ones wait for their date.
UPDATE ownership_version SET date_reached_at = recorded_at WHERE effective_from <= CURRENT_DATE;

CREATE INDEX ix_ownership_date_reached ON ownership_version (effective_from) WHERE date_reached_at IS NULL;
