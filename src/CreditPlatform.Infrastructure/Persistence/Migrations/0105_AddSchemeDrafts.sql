-- Drafted scheme versions (bands, their measures, base, floor, ceiling): one official drafts, another approves, and
-- only the approval publishes a new row of scoring_schemes. Rejected and approved drafts stay as the record.
CREATE TABLE scheme_drafts (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    id uuid NOT NULL,
    based_on_version integer NOT NULL,
    definition jsonb NOT NULL,
    status text NOT NULL CHECK (status IN ('Draft', 'Approved', 'Rejected')),
    drafted_by text NOT NULL,
    drafted_at timestamptz NOT NULL,
    decided_by text NULL,
    decided_at timestamptz NULL,
    rejection_reason varchar(2000) NULL,
    approved_version integer NULL,
    CONSTRAINT pk_scheme_drafts PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_scheme_drafts_tenant_id_drafted_at ON scheme_drafts (tenant_id, drafted_at DESC);

ALTER TABLE scheme_drafts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON scheme_drafts
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

GRANT SELECT, INSERT, UPDATE ON scheme_drafts TO creditplatform_app;
