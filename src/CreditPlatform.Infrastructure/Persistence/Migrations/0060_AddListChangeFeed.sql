-- The list change feed and every entry's history. Each change an integrator may see (listed, suspended, reinstated,
-- removed, expired) is recorded by a trigger on list_entries in the same transaction as the change. A row gets its
-- cursor only after it has committed, from one sequencer at a time (list_changes_sequence, under an advisory lock):
-- a cursor taken at insert could commit after a higher one a consumer has already passed. So the cursors a consumer
-- can see only grow, and a row that becomes visible later always comes after every cursor already served.
-- Platform-level like check_log (the feed spans every jurisdiction's national lists); the application role has no
-- privilege on the table and reads it only through the SECURITY DEFINER functions below. Rows are kept: they are
-- the history that checks with asOf answer from.

CREATE TABLE list_changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cursor bigint NULL,
    change text NOT NULL,
    entry_id uuid NOT NULL,
    issuer_tenant_id uuid NOT NULL,
    list_id uuid NOT NULL,
    list_code varchar(64) NOT NULL,
    list_kind text NOT NULL,
    list_scope text NOT NULL,
    identifier_hash bytea NOT NULL,
    masked_identifier varchar(32) NOT NULL,
    link_role text NULL,
    status text NOT NULL,
    measures text[] NOT NULL,
    listed_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    at timestamptz NOT NULL
);
CREATE INDEX ix_list_changes_cursor ON list_changes (cursor) WHERE cursor IS NOT NULL;
CREATE INDEX ix_list_changes_unsequenced ON list_changes (id) WHERE cursor IS NULL;
CREATE INDEX ix_list_changes_identifier_hash ON list_changes (identifier_hash, id);

CREATE SEQUENCE list_change_cursors;

CREATE FUNCTION record_list_entry_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_change text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = 'Active' THEN
            v_change := 'listed';
        END IF;
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        v_change := CASE
            WHEN NEW.status = 'Active' AND OLD.status = 'Suspended' THEN 'reinstated'
            WHEN NEW.status = 'Active' THEN 'listed'
            WHEN NEW.status = 'Suspended' THEN 'suspended'
            WHEN NEW.status = 'Removed' AND OLD.status IN ('Active', 'Suspended') AND NEW.removal_reason = 'Expired' THEN 'expired'
            WHEN NEW.status = 'Removed' AND OLD.status IN ('Active', 'Suspended') THEN 'removed'
        END;
    ELSIF NEW.status IN ('Active', 'Suspended')
          AND (NEW.measures IS DISTINCT FROM OLD.measures OR NEW.expires_at IS DISTINCT FROM OLD.expires_at) THEN
        -- New terms for an entry in force: the same change again, carrying them.
        v_change := CASE NEW.status WHEN 'Active' THEN 'listed' ELSE 'suspended' END;
    END IF;

    IF v_change IS NOT NULL THEN
        INSERT INTO list_changes (change, entry_id, issuer_tenant_id, list_id, list_code, list_kind, list_scope,
                                  identifier_hash, masked_identifier, link_role, status, measures, listed_at, expires_at, at)
        SELECT v_change, NEW.id, NEW.tenant_id, l.id, l.code, l.kind, l.scope,
               NEW.identifier_hash, NEW.masked_identifier, NEW.link_role, NEW.status, NEW.measures, NEW.listed_at, NEW.expires_at,
               now()
        FROM lists l WHERE l.tenant_id = NEW.tenant_id AND l.id = NEW.list_id;
    END IF;

    RETURN NULL;
END
$$;
CREATE TRIGGER list_entries_recorded AFTER INSERT OR UPDATE ON list_entries
    FOR EACH ROW EXECUTE FUNCTION record_list_entry_change();

-- The history so far: every entry that was ever in force is listed as of its creation, and one that has left
-- since (or is suspended) carries its present state too.
INSERT INTO list_changes (change, entry_id, issuer_tenant_id, list_id, list_code, list_kind, list_scope,
                          identifier_hash, masked_identifier, link_role, status, measures, listed_at, expires_at, at)
SELECT 'listed', e.id, e.tenant_id, l.id, l.code, l.kind, l.scope, e.identifier_hash, e.masked_identifier, e.link_role,
       'Active', e.measures, e.listed_at, e.expires_at, e.created_at
FROM list_entries e JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
WHERE e.status <> 'PendingIdentification' AND NOT (e.status = 'Removed' AND e.removed_at IS NULL)
ORDER BY e.created_at, e.id;

INSERT INTO list_changes (change, entry_id, issuer_tenant_id, list_id, list_code, list_kind, list_scope,
                          identifier_hash, masked_identifier, link_role, status, measures, listed_at, expires_at, at)
SELECT CASE WHEN e.status = 'Suspended' THEN 'suspended' WHEN e.removal_reason = 'Expired' THEN 'expired' ELSE 'removed' END,
       e.id, e.tenant_id, l.id, l.code, l.kind, l.scope, e.identifier_hash, e.masked_identifier, e.link_role,
       e.status, e.measures, e.listed_at, e.expires_at, greatest(coalesce(e.removed_at, now()), e.created_at)
FROM list_entries e JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
WHERE e.status = 'Suspended' OR (e.status = 'Removed' AND e.removed_at IS NOT NULL)
ORDER BY 15, e.id;

UPDATE list_changes SET cursor = nextval('list_change_cursors') WHERE cursor IS NULL;

-- Gives every committed change without a cursor the next cursors, in the order the changes were recorded (one
-- entry's changes are recorded one after another, under its row lock, so they keep their order). One caller at a
-- time: the transaction-level advisory lock is held until this caller's cursors have committed, so the next caller
-- only ever hands out higher ones. Row by row, so each update names its row (Citus routes it to one shard).
CREATE FUNCTION list_changes_sequence()
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_id bigint;
    v_count bigint := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('list_changes_sequence'));
    FOR v_id IN SELECT c.id FROM list_changes c WHERE c.cursor IS NULL ORDER BY c.id LOOP
        UPDATE list_changes SET cursor = nextval('list_change_cursors') WHERE id = v_id;
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

-- The feed a checker may see: national lists, and the local lists of p_tenant (NULL: national only).
CREATE FUNCTION list_changes_after(p_after bigint, p_limit integer, p_tenant uuid)
RETURNS TABLE (cursor bigint, change text, entry_id uuid, authority varchar, list_code varchar, list_kind text,
               identifier_hash bytea, masked_identifier varchar, link_role text, measures text[],
               listed_at timestamptz, expires_at timestamptz, at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT c.cursor, c.change, c.entry_id, t.slug, c.list_code, c.list_kind, c.identifier_hash, c.masked_identifier,
           c.link_role, c.measures, c.listed_at, c.expires_at, c.at
    FROM list_changes c
    JOIN tenants t ON t.id = c.issuer_tenant_id
    WHERE c.cursor > p_after
      AND (c.list_scope = 'National' OR c.issuer_tenant_id = p_tenant)
    ORDER BY c.cursor
    LIMIT p_limit
$$;

-- The highest cursor handed out (0 before the first); read in the snapshot's transaction, it is where that snapshot stands.
CREATE FUNCTION list_changes_head()
RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT coalesce(max(c.cursor), 0) FROM list_changes c
$$;

-- The entries in force a checker may see, for the snapshot.
CREATE FUNCTION list_snapshot_entries(p_tenant uuid)
RETURNS TABLE (entry_id uuid, authority varchar, list_code varchar, list_kind text, identifier_hash bytea,
               masked_identifier varchar, link_role text, measures text[], listed_at timestamptz, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT e.id, t.slug, l.code, l.kind, e.identifier_hash, e.masked_identifier, e.link_role, e.measures, e.listed_at, e.expires_at
    FROM list_entries e
    JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
    JOIN tenants t ON t.id = e.tenant_id
    WHERE e.status = 'Active' AND (l.scope = 'National' OR e.tenant_id = p_tenant)
    ORDER BY e.id
$$;

-- The entries of these identifier hashes as they stood at p_as_of, from their history: each entry's last change
-- recorded by then (entries not yet recorded then did not exist for checkers).
CREATE FUNCTION list_entries_as_of(p_hashes bytea[], p_as_of timestamptz)
RETURNS TABLE (id uuid, tenant_id uuid, authority varchar, list_id uuid, list_code varchar, list_kind text, list_scope text,
               identifier_hash bytea, status text, link_role text, measures text[], listed_at timestamptz, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT s.entry_id, s.issuer_tenant_id, t.slug, s.list_id, s.list_code, s.list_kind, s.list_scope,
           s.identifier_hash, s.status, s.link_role, s.measures, s.listed_at, s.expires_at
    FROM (SELECT DISTINCT ON (c.entry_id) c.*
          FROM list_changes c
          WHERE c.identifier_hash = ANY (p_hashes) AND c.at <= p_as_of
          ORDER BY c.entry_id, c.id DESC) s
    JOIN tenants t ON t.id = s.issuer_tenant_id
$$;

REVOKE ALL ON FUNCTION list_changes_sequence(), list_changes_after(bigint, integer, uuid), list_changes_head(),
    list_snapshot_entries(uuid), list_entries_as_of(bytea[], timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION list_changes_sequence(), list_changes_after(bigint, integer, uuid), list_changes_head(),
    list_snapshot_entries(uuid), list_entries_as_of(bytea[], timestamptz) TO creditplatform_app;
