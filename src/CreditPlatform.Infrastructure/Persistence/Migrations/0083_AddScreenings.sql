-- Bulk screening: a checker uploads a file of identifiers and they are screened in the background, as checks of the
-- same caller. Platform-level like watches: a screening belongs to its caller (owner, the credential's label) and the
-- caller's jurisdiction (NULL: the platform); the application reads and writes only the caller's own. Identifiers are
-- kept only as their keyed hash and masked form, and only until screened; results go with their screening (retention).
CREATE TABLE screenings (
    id uuid PRIMARY KEY,
    owner text NOT NULL,
    owner_tenant_id uuid NULL REFERENCES tenants (id),
    local_tenant_id uuid NULL REFERENCES tenants (id),
    measure text NULL,
    status text NOT NULL CHECK (status IN ('queued', 'screening', 'completed')),
    total integer NOT NULL DEFAULT 0,
    screened integer NOT NULL DEFAULT 0,
    restricted integer NOT NULL DEFAULT 0,
    disputed integer NOT NULL DEFAULT 0,
    invalid integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    completed_at timestamptz NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX ix_screenings_owner ON screenings (owner, created_at DESC);
CREATE INDEX ix_screenings_waiting ON screenings (created_at) WHERE status <> 'completed';

-- The identifiers still to screen, deleted as their answers are stored.
CREATE TABLE screening_rows (
    screening_id uuid NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
    row_no integer NOT NULL,
    identifier_hash bytea NULL,
    masked_identifier varchar(32) NOT NULL,
    PRIMARY KEY (screening_id, row_no)
);

CREATE TABLE screening_results (
    screening_id uuid NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
    row_no integer NOT NULL,
    masked_identifier varchar(32) NOT NULL,
    result text NOT NULL,
    disputed boolean NOT NULL,
    measures text[] NOT NULL,
    rewards text[] NOT NULL,
    lists text[] NOT NULL,
    band text NULL,
    decision_id uuid NOT NULL,
    PRIMARY KEY (screening_id, row_no)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON screenings, screening_rows, screening_results TO creditplatform_app;
