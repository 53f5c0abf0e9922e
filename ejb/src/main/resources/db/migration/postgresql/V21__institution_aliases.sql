-- The everyday names an institution is also known by (港大, PolyU, 南科大), one a line, in the order
-- given; searched with its names, and carried by the search documents of its projects and IP assets.
ALTER TABLE institution ADD COLUMN aliases VARCHAR(1300);
