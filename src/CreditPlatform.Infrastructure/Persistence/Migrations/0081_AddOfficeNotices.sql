-- The officials' inbox: notices to a jurisdiction's offices (an appeal handed on at its deadline), never to a subject.
CREATE TABLE office_notices (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    id uuid NOT NULL,
    kind text NOT NULL,
    appeal_id uuid NULL,
    title_zh text NOT NULL,
    title_en text NOT NULL,
    body_zh text NOT NULL,
    body_en text NOT NULL,
    created_at timestamptz NOT NULL,
    read_at timestamptz NULL,
    CONSTRAINT pk_office_notices PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_office_notices_unread ON office_notices (tenant_id, created_at) WHERE read_at IS NULL;

ALTER TABLE office_notices ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON office_notices
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

GRANT SELECT, INSERT, UPDATE ON office_notices TO creditplatform_app;

-- The one write into another jurisdiction's inbox: the jurisdiction of the connection tells the parent an appeal of
-- its own was escalated to it. The row goes only to that appeal's escalated_to_tenant_id; anything else inserts nothing.
CREATE FUNCTION office_notice_to_parent(p_appeal_id uuid, p_id uuid, p_title_zh text, p_title_en text,
                                        p_body_zh text, p_body_en text, p_created_at timestamptz)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    inserted integer;
BEGIN
    INSERT INTO office_notices (tenant_id, id, kind, appeal_id, title_zh, title_en, body_zh, body_en, created_at)
    SELECT a.escalated_to_tenant_id, p_id, 'appeal-received', a.id, p_title_zh, p_title_en, p_body_zh, p_body_en, p_created_at
    FROM appeals a
    WHERE a.tenant_id = app_current_tenant()
      AND a.id = p_appeal_id
      AND a.status = 'Escalated'
      AND a.escalated_to_tenant_id IS NOT NULL
      AND a.escalated_to_tenant_id <> a.tenant_id;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    RETURN inserted;
END
$$;

REVOKE ALL ON FUNCTION office_notice_to_parent(uuid, uuid, text, text, text, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION office_notice_to_parent(uuid, uuid, text, text, text, text, timestamptz) TO creditplatform_app;
