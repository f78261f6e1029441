-- Due process: the subject's inbox, appeals with their evidence, credit repair requests, and the record of scheduled jobs.

CREATE TABLE notifications (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    id uuid NOT NULL,
    subject_id uuid NULL,
    identifier_hash bytea NULL,
    kind text NOT NULL,
    ledger_entry_id uuid NULL,
    list_entry_id uuid NULL,
    appeal_id uuid NULL,
    text_zh varchar(2000) NOT NULL,
    text_en varchar(2000) NOT NULL,
    legal_basis varchar(1000) NOT NULL,
    appeal_deadline timestamptz NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT pk_notifications PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_notifications_subject ON notifications (tenant_id, subject_id, created_at);
CREATE INDEX ix_notifications_identifier ON notifications (tenant_id, identifier_hash, created_at);

CREATE TABLE appeals (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    id uuid NOT NULL,
    target text NOT NULL,
    ledger_entry_id uuid NULL,
    list_entry_id uuid NULL,
    subject_id uuid NULL,
    identifier_hash bytea NULL,
    reason varchar(4000) NOT NULL,
    status text NOT NULL,
    recorder text NOT NULL,
    filed_at timestamptz NOT NULL,
    filed_by text NOT NULL,
    decision_due timestamptz NOT NULL,
    escalated_at timestamptz NULL,
    escalated_to_tenant_id uuid NULL,
    decided_at timestamptz NULL,
    decided_by text NULL,
    decision_reasons varchar(4000) NULL,
    adjusted_points integer NULL,
    resulting_ledger_entry_id uuid NULL,
    CONSTRAINT pk_appeals PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_appeals_open ON appeals (tenant_id, status, decision_due);

CREATE TABLE appeal_evidence (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    appeal_id uuid NOT NULL,
    file_name varchar(200) NOT NULL,
    content_type text NOT NULL,
    content bytea NOT NULL,
    uploaded_at timestamptz NOT NULL,
    uploaded_by text NOT NULL,
    CONSTRAINT pk_appeal_evidence PRIMARY KEY (tenant_id, id),
    CONSTRAINT fk_appeal_evidence_appeals FOREIGN KEY (tenant_id, appeal_id) REFERENCES appeals (tenant_id, id)
);

CREATE TABLE repair_requests (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    id uuid NOT NULL,
    target text NOT NULL,
    ledger_entry_id uuid NULL,
    list_entry_id uuid NULL,
    obligation_performed boolean NOT NULL,
    commitment varchar(4000) NOT NULL,
    status text NOT NULL,
    filed_at timestamptz NOT NULL,
    filed_by text NOT NULL,
    decided_at timestamptz NULL,
    decided_by text NULL,
    decision_reasons varchar(4000) NULL,
    CONSTRAINT pk_repair_requests PRIMARY KEY (tenant_id, id)
);

-- Platform-level: one row per job, whichever instance ran it last.
CREATE TABLE job_runs (
    job_name varchar(100) NOT NULL,
    last_run_at timestamptz NOT NULL,
    items_processed integer NOT NULL,
    last_error varchar(2000) NULL,
    CONSTRAINT pk_job_runs PRIMARY KEY (job_name)
);

ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notifications
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE appeals ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON appeals
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE appeal_evidence ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON appeal_evidence
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE repair_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON repair_requests
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

-- Notifications and evidence are never changed once written.
GRANT SELECT, INSERT ON notifications, appeal_evidence TO creditplatform_app;
GRANT SELECT, INSERT, UPDATE ON appeals, repair_requests, job_runs TO creditplatform_app;
