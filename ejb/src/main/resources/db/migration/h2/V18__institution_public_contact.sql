-- An institution's optional public contact for licensing: the technology-transfer office's name,
-- e-mail address, telephone number and web page, shown on the public catalogue beside its assets.
ALTER TABLE institution ADD COLUMN contact_office VARCHAR(200);
ALTER TABLE institution ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE institution ADD COLUMN contact_phone VARCHAR(40);
ALTER TABLE institution ADD COLUMN contact_web VARCHAR(500);
