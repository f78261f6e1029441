-- Oversight from above: a higher jurisdiction (or the platform) suspends a rule or list of a jurisdiction below it.
-- The row lives in the suspended jurisdiction, under its row-level security, so that jurisdiction's officials see it;
-- the suspending side acts there only after the application has checked it is an ancestor (tenants.parent_id).
CREATE TABLE suspensions (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    id uuid NOT NULL,
    target text NOT NULL CHECK (target IN ('Rule', 'List')),
    code varchar(64) NOT NULL,
    reason varchar(2000) NOT NULL,
    suspended_by text NOT NULL,
    suspended_by_name varchar(200) NOT NULL,
    suspended_by_department varchar(200) NULL,
    suspended_by_tenant_id uuid NULL REFERENCES tenants (id),
    suspended_by_authority varchar(200) NOT NULL,
    suspended_at timestamptz NOT NULL,
    lift_proposed_by text NULL,
    lift_proposed_by_name varchar(200) NULL,
    lift_proposed_at timestamptz NULL,
    lift_note varchar(2000) NULL,
    lifted_by text NULL,
    lifted_by_name varchar(200) NULL,
    lifted_at timestamptz NULL,
    subjects_notified integer NOT NULL DEFAULT 0,
    CONSTRAINT pk_suspensions PRIMARY KEY (tenant_id, id)
);
-- At most one suspension in force per rule or list: the event path looks them up by this index once per request.
CREATE UNIQUE INDEX ux_suspensions_in_force ON suspensions (tenant_id, target, code) WHERE lifted_at IS NULL;

ALTER TABLE suspensions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON suspensions
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

GRANT SELECT, INSERT, UPDATE ON suspensions TO creditplatform_app;
