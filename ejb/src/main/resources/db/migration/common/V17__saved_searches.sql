-- Saved searches (see docs/api.md, "Saved searches and feeds"): an account's own searches, run again
-- on request with that account's visibility at the time. filters holds the type and facet filters
-- in URL query form (type=ip-asset&sector=biotech); feed_token_hash is the SHA-256 (hex) of the
-- secret in the search's Atom feed URL, null when the search has no feed.
CREATE TABLE saved_search (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    account_id      BIGINT        NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    query_text      VARCHAR(500)  NOT NULL,
    filters         VARCHAR(4000) NOT NULL,
    language        VARCHAR(16)   NOT NULL,
    last_visited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    feed_token_hash VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_saved_search_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT uq_saved_search_feed_token UNIQUE (feed_token_hash),
    CONSTRAINT ck_saved_search_language CHECK (language IN ('en', 'zh-Hant', 'zh-Hans'))
);
CREATE INDEX ix_saved_search_account ON saved_search (account_id, id);
