-- Drafted lists: one official proposes a list with its whole policy, another approves it, and only the approval
-- publishes the row of credit_lists. Rejected and approved drafts stay as the record.
CREATE TABLE list_drafts (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    id uuid NOT NULL,
    code varchar(64) NOT NULL,
    name varchar(200) NOT NULL,
    proposal jsonb NOT NULL,
    status text NOT NULL CHECK (status IN ('Draft', 'Approved', 'Rejected')),
    drafted_by text NOT NULL,
    drafted_at timestamptz NOT NULL,
    decided_by text NULL,
    decided_at timestamptz NULL,
    rejection_reason varchar(2000) NULL,
    list_id uuid NULL,
    CONSTRAINT pk_list_drafts PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_list_drafts_tenant_id_drafted_at ON list_drafts (tenant_id, drafted_at DESC);

ALTER TABLE list_drafts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON list_drafts
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

GRANT SELECT, INSERT, UPDATE ON list_drafts TO creditplatform_app;
