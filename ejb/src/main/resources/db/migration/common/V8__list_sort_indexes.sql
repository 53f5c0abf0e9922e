-- One index per sort key of the lists, in the order a page sorts by: the key, then the id that
-- breaks ties. A page then reads its rows' ids in order from the index and stops after the page.
-- The unique keys (code, short name) get one too: H2 2.2 uses an index on the key alone only to
-- order by the key, and sorts the whole table to order by the key and then the id.

CREATE INDEX ix_project_code_id ON project (code, id);
CREATE INDEX ix_project_title_id ON project (title_en, id);
CREATE INDEX ix_project_start_id ON project (start_date, id);
CREATE INDEX ix_project_created_id ON project (created_at, id);

CREATE INDEX ix_ip_asset_title_id ON ip_asset (title_en, id);
CREATE INDEX ix_ip_asset_readiness_id ON ip_asset (readiness_level, id);
CREATE INDEX ix_ip_asset_created_id ON ip_asset (created_at, id);

CREATE INDEX ix_person_name_id ON person (name_en, id);
CREATE INDEX ix_person_created_id ON person (created_at, id);

CREATE INDEX ix_institution_short_name_id ON institution (short_name, id);
CREATE INDEX ix_institution_name_id ON institution (name_en, id);
CREATE INDEX ix_institution_created_id ON institution (created_at, id);
