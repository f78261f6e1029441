-- Score reports citizens print for banks, and the public read path that verifies their codes.
CREATE TABLE score_reports (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    id uuid NOT NULL,
    subject_id uuid NOT NULL,
    code_hash bytea NOT NULL,
    content_hash bytea NOT NULL,
    subject_name varchar(200) NOT NULL,
    masked_identifier varchar(32) NOT NULL,
    score integer NOT NULL,
    band varchar(20) NULL,
    black_listed boolean NOT NULL,
    issued_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    CONSTRAINT pk_score_reports PRIMARY KEY (tenant_id, id),
    CONSTRAINT fk_score_reports_subjects FOREIGN KEY (tenant_id, subject_id) REFERENCES subjects (tenant_id, id)
);
CREATE UNIQUE INDEX ux_score_reports_tenant_id_code_hash ON score_reports (tenant_id, code_hash);
-- The public check knows the code but not the jurisdiction.
CREATE INDEX ix_score_reports_code_hash ON score_reports (code_hash);

ALTER TABLE score_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON score_reports
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

-- A bank checks a code without belonging to any jurisdiction: this function is the only cross-tenant read of
-- the table, and it answers for one code hash at a time (80 random bits: not enumerable).
CREATE FUNCTION score_report_by_code(p_code_hash bytea)
RETURNS TABLE (id uuid, subject_id uuid, content_hash bytea, subject_name varchar, masked_identifier varchar, score integer,
               band varchar, black_listed boolean, issued_at timestamptz, expires_at timestamptz, authority_name varchar)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT r.id, r.subject_id, r.content_hash, r.subject_name, r.masked_identifier, r.score, r.band, r.black_listed,
           r.issued_at, r.expires_at, t.name
    FROM score_reports r
    JOIN tenants t ON t.id = r.tenant_id
    WHERE r.code_hash = p_code_hash
    LIMIT 1
$$;
REVOKE ALL ON FUNCTION score_report_by_code(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION score_report_by_code(bytea) TO creditplatform_app;

-- Reports are never changed once issued.
GRANT SELECT, INSERT ON score_reports TO creditplatform_app;
