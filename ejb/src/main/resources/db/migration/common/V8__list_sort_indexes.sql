-- Indexes in the order the lists sort by (the sort key, then the id that breaks ties), so that a
-- page of a list reads its rows' ids from the index alone and only its own rows from the table.
-- Codes and short names are unique and already indexed.

CREATE INDEX ix_project_title_id ON project (title_en, id);
CREATE INDEX ix_project_start_id ON project (start_date, id);
CREATE INDEX ix_project_created_id ON project (created_at, id);

CREATE INDEX ix_ip_asset_title_id ON ip_asset (title_en, id);
CREATE INDEX ix_ip_asset_readiness_id ON ip_asset (readiness_level, id);
CREATE INDEX ix_ip_asset_created_id ON ip_asset (created_at, id);

CREATE INDEX ix_person_name_id ON person (name_en, id);
CREATE INDEX ix_institution_name_id ON institution (name_en, id);
