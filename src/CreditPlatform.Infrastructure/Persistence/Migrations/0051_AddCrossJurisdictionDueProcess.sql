-- Due process across jurisdictions: a national listing reaches the person in every jurisdiction where their
-- identifier is enrolled, they appeal from home to the issuing authority, and a late appeal changes hands.
-- The application role still sees one jurisdiction's rows at a time; each function below answers one narrow
-- question for the jurisdiction of the connection (app_current_tenant()), matched by the identifier's keyed hash.

-- An appeal filed from another jurisdiction remembers where its subject lives, so the home portal follows it.
ALTER TABLE appeals ADD COLUMN home_tenant_id uuid NULL;
ALTER TABLE appeals ADD COLUMN home_subject_id uuid NULL;
CREATE INDEX ix_appeals_home ON appeals (home_tenant_id, home_subject_id) WHERE home_tenant_id IS NOT NULL;
CREATE INDEX ix_appeals_escalated_to ON appeals (escalated_to_tenant_id) WHERE status = 'Escalated';

-- A notice relayed home names the issuer's notice it repeats: one copy per jurisdiction.
ALTER TABLE notifications ADD COLUMN relayed_from_id uuid NULL;
CREATE UNIQUE INDEX ux_notifications_relayed ON notifications (tenant_id, relayed_from_id) WHERE relayed_from_id IS NOT NULL;
CREATE INDEX ix_notifications_identifier_any ON notifications (identifier_hash, created_at) WHERE identifier_hash IS NOT NULL;

-- How long an issuer has to decide, per list (working days; the scheme's own is in its definition).
ALTER TABLE lists ADD COLUMN decision_working_days integer NOT NULL DEFAULT 15;
ALTER TABLE lists ADD CONSTRAINT ck_lists_decision_working_days CHECK (decision_working_days BETWEEN 1 AND 120);

-- National entries about one identifier, for a jurisdiction where that identifier is enrolled (nothing otherwise).
CREATE FUNCTION national_entries_of_identifier(p_identifier_hash bytea)
RETURNS TABLE (id uuid, tenant_id uuid, authority varchar, authority_name varchar, list_id uuid, list_code varchar,
               list_name varchar, list_kind text, legal_basis varchar, appeal_window_days integer, appeal_suspends boolean,
               minimum_days_before_repair integer, decision_working_days integer, subject_kind text,
               identifier_hash bytea, masked_identifier varchar, name varchar, reason varchar, document_number varchar,
               listed_at timestamptz, expires_at timestamptz, status text, removal_reason text, removed_at timestamptz,
               link_role text, measures text[], created_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT e.id, e.tenant_id, t.slug, t.name, l.id, l.code, l.name, l.kind, l.legal_basis, l.appeal_window_days,
           l.appeal_suspends, l.minimum_days_before_repair, l.decision_working_days, e.subject_kind, e.identifier_hash,
           e.masked_identifier, e.name, e.reason, e.document_number, e.listed_at, e.expires_at, e.status,
           e.removal_reason, e.removed_at, e.link_role, e.measures, e.created_at
    FROM list_entries e
    JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
    JOIN tenants t ON t.id = e.tenant_id
    WHERE e.identifier_hash = p_identifier_hash
      AND l.scope = 'National'
      AND e.tenant_id <> app_current_tenant()
      AND e.status <> 'PendingIdentification'
      AND p_identifier_hash IN (SELECT s.identifier_hash FROM subjects s WHERE s.tenant_id = app_current_tenant())
    ORDER BY e.listed_at DESC
$$;

-- One national entry by id, with the subject of this jurisdiction it is about (nothing when none is enrolled here).
CREATE FUNCTION national_entry_at_home(p_entry_id uuid)
RETURNS TABLE (id uuid, tenant_id uuid, authority varchar, home_subject_id uuid, identifier_hash bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT e.id, e.tenant_id, t.slug, s.id, e.identifier_hash
    FROM (SELECT x.* FROM list_entries x WHERE x.id = p_entry_id) e
    JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
    JOIN tenants t ON t.id = e.tenant_id
    JOIN (SELECT y.id, y.identifier_hash FROM subjects y WHERE y.tenant_id = app_current_tenant()) s
      ON s.identifier_hash = e.identifier_hash
    WHERE l.scope = 'National' AND e.tenant_id <> app_current_tenant() AND e.status <> 'PendingIdentification'
    ORDER BY s.id
    LIMIT 1
$$;

-- Notices issuers gave about national entries whose identifier is enrolled here, newer than p_since, to relay home.
CREATE FUNCTION national_notices_to_relay(p_since timestamptz, p_limit integer)
RETURNS TABLE (id uuid, tenant_id uuid, authority_name varchar, identifier_hash bytea, kind text, list_entry_id uuid,
               appeal_id uuid, text_zh varchar, text_en varchar, legal_basis varchar, appeal_deadline timestamptz,
               created_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT n.id, n.tenant_id, t.name, n.identifier_hash, n.kind, n.list_entry_id, n.appeal_id, n.text_zh, n.text_en,
           n.legal_basis, n.appeal_deadline, n.created_at
    FROM notifications n
    JOIN list_entries e ON e.tenant_id = n.tenant_id AND e.id = n.list_entry_id
    JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
    JOIN tenants t ON t.id = n.tenant_id
    WHERE l.scope = 'National'
      AND n.tenant_id <> app_current_tenant()
      AND n.relayed_from_id IS NULL
      AND n.created_at > p_since
      AND n.identifier_hash IN (SELECT s.identifier_hash FROM subjects s WHERE s.tenant_id = app_current_tenant())
    ORDER BY n.created_at, n.id
    LIMIT p_limit
$$;

-- Appeals this jurisdiction's residents filed against national entries elsewhere (the home portal follows them).
CREATE FUNCTION appeals_filed_from_home(p_home_subject_id uuid)
RETURNS TABLE (id uuid, tenant_id uuid, authority varchar, target text, list_entry_id uuid, reason varchar,
               status text, filed_at timestamptz, decision_due timestamptz, escalated_at timestamptz,
               decided_at timestamptz, decision_reasons varchar, home_subject_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT a.id, a.tenant_id, t.slug, a.target, a.list_entry_id, a.reason, a.status, a.filed_at, a.decision_due,
           a.escalated_at, a.decided_at, a.decision_reasons, a.home_subject_id
    FROM appeals a JOIN tenants t ON t.id = a.tenant_id
    WHERE a.home_tenant_id = app_current_tenant()
      AND (p_home_subject_id IS NULL OR a.home_subject_id = p_home_subject_id)
    ORDER BY a.filed_at DESC
    LIMIT 500
$$;

-- Appeals whose deadline passed in a child jurisdiction and that this jurisdiction's officials now decide.
CREATE FUNCTION appeals_escalated_here()
RETURNS TABLE (id uuid, tenant_id uuid, authority varchar, target text, list_entry_id uuid, reason varchar,
               status text, filed_at timestamptz, decision_due timestamptz, escalated_at timestamptz,
               decided_at timestamptz, decision_reasons varchar, home_subject_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT a.id, a.tenant_id, t.slug, a.target, a.list_entry_id, a.reason, a.status, a.filed_at, a.decision_due,
           a.escalated_at, a.decided_at, a.decision_reasons, a.home_subject_id
    FROM appeals a JOIN tenants t ON t.id = a.tenant_id
    WHERE a.status = 'Escalated' AND a.escalated_to_tenant_id = app_current_tenant()
    ORDER BY a.decision_due
    LIMIT 500
$$;

-- Whether the listings that bear on a report's subject changed after it was issued (a new entry anywhere on a
-- national list or the issuing jurisdiction's own, or one removed since), for whoever verifies its code.
CREATE FUNCTION listing_changed_since_report(p_code_hash bytea)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_tenant uuid;
    v_issued timestamptz;
    v_hash bytea;
BEGIN
    -- Two steps, each a plain lookup, so a distributed database plans them as easily as one node.
    SELECT r.tenant_id, r.issued_at, s.identifier_hash INTO v_tenant, v_issued, v_hash
    FROM score_reports r JOIN subjects s ON s.tenant_id = r.tenant_id AND s.id = r.subject_id
    WHERE r.code_hash = p_code_hash
    LIMIT 1;
    IF v_hash IS NULL THEN
        RETURN false;
    END IF;

    RETURN EXISTS (
        SELECT 1
        FROM list_entries e
        JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
        WHERE e.identifier_hash = v_hash
          AND (l.scope = 'National' OR e.tenant_id = v_tenant)
          AND e.status <> 'PendingIdentification'
          AND (e.created_at > v_issued OR e.removed_at > v_issued));
END
$$;

REVOKE ALL ON FUNCTION listing_changed_since_report(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION listing_changed_since_report(bytea) TO creditplatform_app;

REVOKE ALL ON FUNCTION national_entries_of_identifier(bytea), national_entry_at_home(uuid),
    national_notices_to_relay(timestamptz, integer), appeals_filed_from_home(uuid), appeals_escalated_here() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION national_entries_of_identifier(bytea), national_entry_at_home(uuid),
    national_notices_to_relay(timestamptz, integer), appeals_filed_from_home(uuid), appeals_escalated_here() TO creditplatform_app;
