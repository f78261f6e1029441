-- Answers that prove themselves: every check answer has a decision id, and check_log keeps, per identifier, the
-- result given as it was sent (json, not jsonb: the same text; masked identifier, measures, entries; never the identifier) and the index generation it came from,
-- so the answer can be given again. The application still only inserts into check_log; check_decision is its read.
ALTER TABLE check_log
    ADD COLUMN decision_id uuid NULL,
    ADD COLUMN position integer NULL,
    ADD COLUMN index_generation bigint NULL,
    ADD COLUMN result json NULL;
CREATE INDEX ix_check_log_decision_id ON check_log (decision_id) WHERE decision_id IS NOT NULL;

-- One decision's rows in the order asked, with the jurisdictions that issued the entries behind it (whose auditors
-- may read it too). Callers filter by who they are; the id alone (a UUIDv7 in no URL of a person) discloses nothing.
CREATE FUNCTION check_decision(p_decision uuid)
RETURNS TABLE (at timestamptz, actor text, caller_tenant_id uuid, "position" integer, index_generation bigint, result json,
               issuer_tenant_ids uuid[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT c.at, c.actor, c.caller_tenant_id, c.position, c.index_generation, c.result,
           ARRAY(SELECT DISTINCT e.tenant_id FROM list_entries e WHERE e.id = ANY (c.entry_ids))
    FROM check_log c
    WHERE c.decision_id = p_decision
    ORDER BY c.position
$$;

-- Entries under appeal: an open appeal against the entry, or against the organisation's entry a legal
-- representative's entry follows. Checks say so (disputed); whether the measures pause meanwhile is the list's
-- policy (appeal_suspends), as before.
CREATE FUNCTION list_index_disputed(p_ids uuid[])
RETURNS TABLE (id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT e.id
    FROM list_entries e
    WHERE (p_ids IS NULL OR e.id = ANY (p_ids))
      AND EXISTS (SELECT FROM appeals a
                  WHERE a.list_entry_id IN (e.id, e.linked_to_entry_id) AND a.status IN ('Pending', 'Escalated'))
$$;
CREATE INDEX ix_appeals_list_entry_id ON appeals (list_entry_id) WHERE list_entry_id IS NOT NULL;

-- An appeal filed or decided changes what checks say about the entry (and the entries that follow it): the check
-- index is told as for any change of the entry.
CREATE FUNCTION notify_list_entry_disputed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_id uuid;
BEGIN
    IF NEW.list_entry_id IS NULL OR (TG_OP = 'UPDATE' AND NEW.status IS NOT DISTINCT FROM OLD.status) THEN
        RETURN NULL;
    END IF;

    PERFORM pg_notify('list_entries', NEW.list_entry_id::text);
    FOR v_id IN SELECT e.id FROM list_entries e WHERE e.linked_to_entry_id = NEW.list_entry_id LOOP
        PERFORM pg_notify('list_entries', v_id::text);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER appeals_list_entry_disputed AFTER INSERT OR UPDATE ON appeals
    FOR EACH ROW EXECUTE FUNCTION notify_list_entry_disputed();

REVOKE ALL ON FUNCTION check_decision(uuid), list_index_disputed(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION check_decision(uuid), list_index_disputed(uuid[]) TO creditplatform_app;

-- The band of the caller's own jurisdiction's subjects among these identifier hashes, with the measures its scheme
-- (the version the score was computed under) attaches to that band. Checks of a jurisdiction's key add them.
CREATE FUNCTION subject_band_measures(p_tenant uuid, p_hashes bytea[])
RETURNS TABLE (identifier_hash bytea, authority varchar, band varchar, measures text[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT s.identifier_hash, t.slug, sc.band,
           ARRAY(SELECT jsonb_array_elements_text(coalesce(ss.definition -> 'BandMeasures' -> sc.band, '[]'::jsonb)))
    FROM subjects s
    JOIN scores sc ON sc.tenant_id = s.tenant_id AND sc.subject_id = s.id
    JOIN scoring_schemes ss ON ss.tenant_id = s.tenant_id AND ss.version = sc.scheme_version
    JOIN tenants t ON t.id = s.tenant_id
    WHERE s.tenant_id = p_tenant AND s.identifier_hash = ANY (p_hashes) AND sc.band IS NOT NULL
$$;
REVOKE ALL ON FUNCTION subject_band_measures(uuid, bytea[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION subject_band_measures(uuid, bytea[]) TO creditplatform_app;
