-- Proposed changes of an asset's ownership, which take effect only when the office of every
-- institution whose share changes has approved them (see docs/security.md, "Who may approve
-- ownership changes"). A proposal is never deleted; its state records how it ended.
CREATE TABLE ownership_proposal (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    ip_asset_id             BIGINT        NOT NULL,
    kind                    VARCHAR(16)   NOT NULL,
    base_version_no         INTEGER       NOT NULL,
    effective_from          DATE          NOT NULL,
    reason                  VARCHAR(1000) NOT NULL,
    total_bp                INTEGER       NOT NULL,
    state                   VARCHAR(16)   NOT NULL,
    -- 1 while the proposal is OPEN, NULL afterwards: with the unique constraint below, at most one
    -- open proposal per asset (NULLs are distinct on both databases)
    open_marker             INTEGER,
    proposed_by             VARCHAR(64)   NOT NULL,
    proposer_institution_id BIGINT,
    proposed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by              VARCHAR(64),
    decided_at              TIMESTAMP WITH TIME ZONE,
    decision_reason         VARCHAR(1000),
    resulting_version_no    INTEGER,
    CONSTRAINT uq_ownership_proposal_open UNIQUE (ip_asset_id, open_marker),
    CONSTRAINT fk_proposal_asset FOREIGN KEY (ip_asset_id) REFERENCES ip_asset (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_institution FOREIGN KEY (proposer_institution_id) REFERENCES institution (id),
    CONSTRAINT ck_proposal_kind CHECK (kind IN ('CHANGE', 'CORRECTION')),
    CONSTRAINT ck_proposal_state CHECK (state IN ('OPEN', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'EXPIRED')),
    CONSTRAINT ck_proposal_open CHECK ((state = 'OPEN' AND open_marker = 1) OR (state <> 'OPEN' AND open_marker IS NULL)),
    CONSTRAINT ck_proposal_decided CHECK ((state = 'OPEN' AND decided_at IS NULL) OR (state <> 'OPEN' AND decided_at IS NOT NULL)),
    CONSTRAINT ck_proposal_result CHECK ((state = 'APPROVED') = (resulting_version_no IS NOT NULL)),
    CONSTRAINT ck_proposal_base CHECK (base_version_no >= 0),
    CONSTRAINT ck_proposal_total CHECK (total_bp = 10000),
    CONSTRAINT ck_proposal_expiry CHECK (expires_at > proposed_at)
);
CREATE INDEX ix_proposal_state ON ownership_proposal (state, expires_at);

CREATE TABLE ownership_proposal_share (
    proposal_id    BIGINT  NOT NULL,
    institution_id BIGINT  NOT NULL,
    share_bp       INTEGER NOT NULL,
    CONSTRAINT pk_proposal_share PRIMARY KEY (proposal_id, institution_id),
    CONSTRAINT fk_proposal_share_proposal FOREIGN KEY (proposal_id) REFERENCES ownership_proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_share_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_proposal_share_bp CHECK (share_bp > 0 AND share_bp <= 10000)
);

-- One row per institution whose approval the proposal needs; approved_at is set when it approves.
-- on_behalf: an administrator recorded the approval for an institution without an office account,
-- citing the signed document (document_ref).
CREATE TABLE ownership_proposal_approval (
    proposal_id    BIGINT      NOT NULL,
    institution_id BIGINT      NOT NULL,
    approved_at    TIMESTAMP WITH TIME ZONE,
    approved_by    VARCHAR(64),
    on_behalf      BOOLEAN     NOT NULL,
    document_ref   VARCHAR(500),
    CONSTRAINT pk_proposal_approval PRIMARY KEY (proposal_id, institution_id),
    CONSTRAINT fk_proposal_approval_proposal FOREIGN KEY (proposal_id) REFERENCES ownership_proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_approval_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_proposal_approval CHECK ((approved_at IS NULL) = (approved_by IS NULL)),
    CONSTRAINT ck_proposal_on_behalf CHECK (on_behalf = FALSE OR document_ref IS NOT NULL)
);
CREATE INDEX ix_proposal_approval_institution ON ownership_proposal_approval (institution_id);
