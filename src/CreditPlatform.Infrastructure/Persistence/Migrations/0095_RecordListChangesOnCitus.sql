-- The list change feed's history on Citus. There the recorder trigger of 0060 is gone (0072: a trigger on a shard may
-- not write the reference table list_changes), so the history is recorded on the coordinator instead:
-- list_changes_record compares every entry stamped (changed_at, 0070) since its last pass, reaching p_lookback further
-- back for a change stamped before that pass but committed after it, with the last change recorded for the entry, and
-- records what differs, with the change the trigger would have named. Each row gets its cursor as it is written, under
-- the sequencer's advisory lock (the one list_changes_sequence takes), held until the pass has committed: the next pass
-- only hands out higher cursors, so the cursors a consumer can see only grow, as on one server. Changes that follow
-- one another between two passes are recorded as one (the state at the pass); the application runs a pass before
-- every read of the feed, the snapshot and a check as of a past date, and every watch interval in the background.
-- On a single server the trigger records every change and this function is not called.

CREATE INDEX ix_list_changes_entry_id ON list_changes (entry_id, id);

-- Where the last pass stood (one row; NULL before the first, which reads every entry). On Citus it stays a plain table
-- on the coordinator (CitusLayout): only the coordinator's recorder reads and writes it, so moving it on costs no
-- write to the workers.
CREATE TABLE list_change_recorder (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    since timestamptz NULL
);
INSERT INTO list_change_recorder (id, since) VALUES (true, NULL);

CREATE FUNCTION list_changes_record(p_lookback interval)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_since timestamptz;
    v_now timestamptz;
    v_ids uuid[];
    v_first bigint;
    v_count bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('list_changes_sequence'));
    v_now := clock_timestamp();
    SELECT r.since INTO v_since FROM list_change_recorder r WHERE r.id;

    -- Each step reads one kind of table (the distributed entries, the reference history, the session's own rows),
    -- which Citus plans on its own; the steps meet in temporary tables on the coordinator.
    DROP TABLE IF EXISTS pg_temp.list_change_candidates, pg_temp.list_change_last, pg_temp.list_change_new;
    IF v_since IS NULL THEN
        CREATE TEMP TABLE list_change_candidates ON COMMIT DROP AS
        SELECT e.id, e.tenant_id, e.list_id, l.code AS list_code, l.kind AS list_kind, l.scope AS list_scope,
               e.identifier_hash, e.masked_identifier, e.link_role, e.status, e.measures, e.listed_at, e.expires_at,
               e.removal_reason, e.removed_at, e.created_at, e.changed_at
        FROM list_entries e JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
        WHERE e.status <> 'PendingIdentification';
    ELSE
        CREATE TEMP TABLE list_change_candidates ON COMMIT DROP AS
        SELECT e.id, e.tenant_id, e.list_id, l.code AS list_code, l.kind AS list_kind, l.scope AS list_scope,
               e.identifier_hash, e.masked_identifier, e.link_role, e.status, e.measures, e.listed_at, e.expires_at,
               e.removal_reason, e.removed_at, e.created_at, e.changed_at
        FROM list_entries e JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
        WHERE e.changed_at >= v_since - p_lookback AND e.status <> 'PendingIdentification';
    END IF;

    v_ids := ARRAY(SELECT k.id FROM pg_temp.list_change_candidates k);
    CREATE TEMP TABLE list_change_last ON COMMIT DROP AS
    SELECT DISTINCT ON (c.entry_id) c.entry_id, c.status, c.measures, c.expires_at
    FROM list_changes c
    WHERE c.entry_id = ANY (v_ids)
    ORDER BY c.entry_id, c.id DESC;

    -- The change the trigger of 0060 names, with the last recorded state standing for the row's old one. An entry
    -- not recorded yet that is no longer active was listed first (as 0060's backfill has it).
    CREATE TEMP TABLE list_change_new ON COMMIT DROP AS
    SELECT s.* FROM (
        SELECT k.*, x.status AS last_status,
               CASE
                   WHEN x.entry_id IS NULL THEN CASE
                       WHEN k.status = 'Active' THEN 'listed'
                       WHEN k.status = 'Suspended' THEN 'suspended'
                       WHEN k.status = 'Removed' AND k.removed_at IS NOT NULL AND k.removal_reason = 'Expired' THEN 'expired'
                       WHEN k.status = 'Removed' AND k.removed_at IS NOT NULL THEN 'removed'
                   END
                   WHEN k.status IS DISTINCT FROM x.status THEN CASE
                       WHEN k.status = 'Active' AND x.status = 'Suspended' THEN 'reinstated'
                       WHEN k.status = 'Active' THEN 'listed'
                       WHEN k.status = 'Suspended' THEN 'suspended'
                       WHEN k.status = 'Removed' AND x.status IN ('Active', 'Suspended') AND k.removal_reason = 'Expired' THEN 'expired'
                       WHEN k.status = 'Removed' AND x.status IN ('Active', 'Suspended') THEN 'removed'
                   END
                   WHEN k.status IN ('Active', 'Suspended')
                        AND (k.measures IS DISTINCT FROM x.measures OR k.expires_at IS DISTINCT FROM x.expires_at)
                       THEN CASE k.status WHEN 'Active' THEN 'listed' ELSE 'suspended' END
               END AS change
        FROM pg_temp.list_change_candidates k
        LEFT JOIN pg_temp.list_change_last x ON x.entry_id = k.id) s
    WHERE s.change IS NOT NULL;

    -- One statement per row of an entry, in order, so its rows' ids (which asOf orders by) follow one another.
    INSERT INTO list_changes (cursor, change, entry_id, issuer_tenant_id, list_id, list_code, list_kind, list_scope,
                              identifier_hash, masked_identifier, link_role, status, measures, listed_at, expires_at, at)
    SELECT nextval('list_change_cursors'), 'listed', n.id, n.tenant_id, n.list_id, n.list_code, n.list_kind, n.list_scope,
           n.identifier_hash, n.masked_identifier, n.link_role, 'Active', n.measures, n.listed_at, n.expires_at,
           least(n.created_at, coalesce(n.changed_at, n.created_at))
    FROM pg_temp.list_change_new n
    WHERE n.last_status IS NULL AND n.change <> 'listed';
    GET DIAGNOSTICS v_first = ROW_COUNT;

    INSERT INTO list_changes (cursor, change, entry_id, issuer_tenant_id, list_id, list_code, list_kind, list_scope,
                              identifier_hash, masked_identifier, link_role, status, measures, listed_at, expires_at, at)
    SELECT nextval('list_change_cursors'), n.change, n.id, n.tenant_id, n.list_id, n.list_code, n.list_kind, n.list_scope,
           n.identifier_hash, n.masked_identifier, n.link_role, n.status, n.measures, n.listed_at, n.expires_at,
           coalesce(n.changed_at, n.removed_at, n.created_at)
    FROM pg_temp.list_change_new n;
    GET DIAGNOSTICS v_count = ROW_COUNT;

    UPDATE list_change_recorder SET since = v_now WHERE id;
    RETURN v_first + v_count;
END
$$;

REVOKE ALL ON FUNCTION list_changes_record(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION list_changes_record(interval) TO creditplatform_app;
