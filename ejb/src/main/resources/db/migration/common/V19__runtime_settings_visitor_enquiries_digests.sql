-- Runtime settings an administrator changes without a restart (see docs/operations.md, "Runtime
-- settings"): one row. A NULL column means "not set": the configuration key named in the column's
-- comment gives the value. version: optimistic locking (If-Match).
CREATE TABLE runtime_settings (
    id                        BIGINT      NOT NULL PRIMARY KEY,
    version                   BIGINT      NOT NULL,
    public_catalogue_enabled  BOOLEAN,    -- default: registry.public.catalogue.enabled
    visitor_enquiries_enabled BOOLEAN,    -- default: registry.visitor.enquiries.enabled
    updated_at                TIMESTAMP WITH TIME ZONE,
    updated_by                VARCHAR(64),
    CONSTRAINT ck_runtime_settings_one_row CHECK (id = 1)
);
INSERT INTO runtime_settings (id, version) VALUES (1, 0);

-- Enquiries from public visitors (see docs/api.md, "Enquiries from public visitors"). A visitor's
-- request waits here until the visitor proves the e-mail address with the one-time link mailed to it:
-- token_hash is the SHA-256 (hex) of the link's secret; the request expires at expires_at and is
-- used once (confirmed_at, and the enquiry it became).
CREATE TABLE visitor_enquiry_request (
    id             BIGINT        NOT NULL PRIMARY KEY,
    ip_asset_id    BIGINT        NOT NULL,
    name           VARCHAR(64)   NOT NULL,
    organisation   VARCHAR(200)  NOT NULL,
    email          VARCHAR(254)  NOT NULL,
    interest       VARCHAR(16)   NOT NULL,
    message        VARCHAR(4000) NOT NULL,
    language       VARCHAR(16)   NOT NULL,
    token_hash     VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    enquiry_id     BIGINT,
    CONSTRAINT fk_visitor_request_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE,
    CONSTRAINT uq_visitor_request_token UNIQUE (token_hash),
    CONSTRAINT ck_visitor_request_interest CHECK (interest IN ('LICENCE', 'COLLABORATION', 'INVESTMENT', 'ACQUISITION')),
    CONSTRAINT ck_visitor_request_confirmed CHECK ((confirmed_at IS NULL) = (enquiry_id IS NULL))
);
CREATE INDEX ix_visitor_request_email ON visitor_enquiry_request (email, created_at);

-- A visitor's enquiry has no account: the visitor's verified contact instead, and the SHA-256 (hex)
-- of the secret of the link through which the visitor follows the thread (NULL once revoked), and
-- the language of the e-mails to the visitor.
ALTER TABLE enquiry ALTER COLUMN investor_account_id DROP NOT NULL;
ALTER TABLE enquiry ADD COLUMN visitor_name VARCHAR(64);
ALTER TABLE enquiry ADD COLUMN visitor_organisation VARCHAR(200);
ALTER TABLE enquiry ADD COLUMN visitor_email VARCHAR(254);
ALTER TABLE enquiry ADD COLUMN visitor_language VARCHAR(16);
ALTER TABLE enquiry ADD COLUMN visitor_link_hash VARCHAR(64);
ALTER TABLE enquiry ADD CONSTRAINT uq_enquiry_visitor_link UNIQUE (visitor_link_hash);
ALTER TABLE enquiry ADD CONSTRAINT ck_enquiry_party CHECK ((investor_account_id IS NULL) = (visitor_email IS NOT NULL));

-- E-mail digests of saved searches: OFF, DAILY or WEEKLY; digest_since: records registered from then
-- on are in the next digest (the end of the period of the last digest sent, or when the digest was
-- turned on); digest_link_base: the registry's address as the owner opened it, for the digest's
-- links when registry.public.url is not set.
ALTER TABLE saved_search ADD COLUMN digest VARCHAR(8) DEFAULT 'OFF' NOT NULL;
ALTER TABLE saved_search ADD COLUMN digest_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE saved_search ADD COLUMN digest_link_base VARCHAR(300);
ALTER TABLE saved_search ADD CONSTRAINT ck_saved_search_digest CHECK (digest IN ('OFF', 'DAILY', 'WEEKLY'));
ALTER TABLE saved_search ADD CONSTRAINT ck_saved_search_digest_since CHECK (digest = 'OFF' OR digest_since IS NOT NULL);

-- The secrets of the unsubscribe links of digests sent (SHA-256, hex), each for its saved search.
CREATE TABLE digest_unsubscribe (
    token_hash      VARCHAR(64) NOT NULL PRIMARY KEY,
    saved_search_id BIGINT      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_digest_unsubscribe_search FOREIGN KEY (saved_search_id) REFERENCES saved_search (id) ON DELETE CASCADE
);
CREATE INDEX ix_digest_unsubscribe_search ON digest_unsubscribe (saved_search_id);
