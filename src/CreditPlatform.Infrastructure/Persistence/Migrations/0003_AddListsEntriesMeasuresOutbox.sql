-- Black and red lists with their entries, webhook subscriptions, a generic transactional outbox,
-- and the append-only log of checks.

CREATE TABLE lists (
    tenant_id uuid NOT NULL REFERENCES tenants (id),
    id uuid NOT NULL,
    code varchar(64) NOT NULL,
    name varchar(200) NOT NULL,
    kind text NOT NULL,
    sector varchar(32) NOT NULL,
    scope text NOT NULL,
    legal_basis varchar(1000) NOT NULL,
    default_duration_days integer NOT NULL,
    maximum_duration_days integer NOT NULL,
    representative_treatment text NOT NULL,
    representative_measures text[] NOT NULL,
    measures text[] NOT NULL,
    appeal_window_days integer NOT NULL,
    appeal_suspends boolean NOT NULL,
    minimum_days_before_repair integer NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT pk_lists PRIMARY KEY (tenant_id, id),
    CONSTRAINT ck_lists_durations CHECK (default_duration_days > 0 AND maximum_duration_days >= default_duration_days)
);
CREATE UNIQUE INDEX ix_lists_tenant_id_code ON lists (tenant_id, code);

CREATE TABLE list_entries (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    list_id uuid NOT NULL,
    subject_kind text NOT NULL,
    identifier_hash bytea NOT NULL,
    masked_identifier varchar(32) NOT NULL,
    name varchar(200) NOT NULL,
    reason varchar(1000) NOT NULL,
    document_number varchar(100) NOT NULL,
    listed_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    status text NOT NULL,
    removal_reason text NULL,
    removal_note varchar(1000) NULL,
    removed_at timestamptz NULL,
    removed_by text NULL,
    linked_to_entry_id uuid NULL,
    link_role text NULL,
    measures text[] NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    CONSTRAINT pk_list_entries PRIMARY KEY (tenant_id, id),
    CONSTRAINT fk_list_entries_lists FOREIGN KEY (tenant_id, list_id) REFERENCES lists (tenant_id, id),
    CONSTRAINT fk_list_entries_linked_to FOREIGN KEY (tenant_id, linked_to_entry_id) REFERENCES list_entries (tenant_id, id),
    -- Every entry expires: there is no open-ended listing.
    CONSTRAINT ck_list_entries_expiry CHECK (expires_at > listed_at)
);
-- One entry in force per subject, list and organisation it follows (NULL: the subject's own entry).
CREATE UNIQUE INDEX ix_list_entries_in_force ON list_entries (tenant_id, list_id, identifier_hash, linked_to_entry_id)
    NULLS NOT DISTINCT WHERE status <> 'Removed';
CREATE INDEX ix_list_entries_tenant_id_list_id_listed_at ON list_entries (tenant_id, list_id, listed_at DESC);
CREATE INDEX ix_list_entries_tenant_id_linked_to_entry_id ON list_entries (tenant_id, linked_to_entry_id) WHERE linked_to_entry_id IS NOT NULL;
-- Notifications name an entry by id alone (ids are UUIDv7, unique across tenants).
CREATE INDEX ix_list_entries_id ON list_entries (id);
CREATE INDEX ix_list_entries_due ON list_entries (expires_at) WHERE status <> 'Removed';

-- Every committed change to an entry is announced; each instance's check index listens and
-- refreshes that entry (NOTIFY is delivered at commit, so listeners never see uncommitted rows).
CREATE FUNCTION notify_list_entry_changed() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('list_entries', NEW.id::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER list_entries_changed AFTER INSERT OR UPDATE ON list_entries
    FOR EACH ROW EXECUTE FUNCTION notify_list_entry_changed();

CREATE TABLE webhook_subscriptions (
    id uuid PRIMARY KEY,
    owner_tenant_id uuid NULL REFERENCES tenants (id),
    url varchar(2000) NOT NULL,
    lists text[] NOT NULL,
    secret_cipher bytea NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    disabled_at timestamptz NULL
);

CREATE TABLE outbox_messages (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    topic varchar(100) NOT NULL,
    payload jsonb NOT NULL,
    destination varchar(500) NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    delivered_at timestamptz NULL,
    last_error varchar(2000) NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT pk_outbox_messages PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_outbox_messages_due ON outbox_messages (next_attempt_at) WHERE delivered_at IS NULL;

-- Who checked which (hashed) identifier, when, and what they were told. Platform-level and
-- append-only; written in batches by binary COPY, which PostgreSQL refuses on tables with RLS.
CREATE TABLE check_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL,
    actor text NOT NULL,
    caller_tenant_id uuid NULL,
    identifier_hash bytea NULL,
    measure text NULL,
    restricted boolean NOT NULL,
    entry_ids uuid[] NOT NULL,
    correlation_id text NULL
);
CREATE INDEX ix_check_log_identifier_hash ON check_log (identifier_hash, at);

ALTER TABLE lists ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON lists
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE list_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON list_entries
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

ALTER TABLE outbox_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON outbox_messages
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

-- The cross-tenant read paths. The application role sees one tenant's rows at a time; these
-- functions run as the migration owner (SECURITY DEFINER, which RLS does not restrict) and return
-- only what each caller needs, so no query of the application can widen them.

-- The check index: every active entry (p_ids NULL), or the current state of the named entries.
CREATE FUNCTION list_index_entries(p_ids uuid[])
RETURNS TABLE (id uuid, tenant_id uuid, authority varchar, list_id uuid, list_code varchar, list_kind text, list_scope text,
               identifier_hash bytea, status text, link_role text, measures text[], listed_at timestamptz, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT e.id, e.tenant_id, t.slug, l.id, l.code, l.kind, l.scope,
           e.identifier_hash, e.status, e.link_role, e.measures, e.listed_at, e.expires_at
    FROM list_entries e
    JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
    JOIN tenants t ON t.id = e.tenant_id
    WHERE CASE WHEN p_ids IS NULL THEN e.status = 'Active' ELSE e.id = ANY (p_ids) END
$$;

-- The catalogue of lists in force: public information (every list must be published).
CREATE FUNCTION list_catalogue()
RETURNS TABLE (tenant_id uuid, authority varchar, id uuid, code varchar, name varchar, kind text, scope text, sector varchar)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT l.tenant_id, t.slug, l.id, l.code, l.name, l.kind, l.scope, l.sector
    FROM lists l JOIN tenants t ON t.id = l.tenant_id
    ORDER BY l.scope DESC, l.code
$$;

-- The public search: entries in force, never a restricted legal representative (restricted is not
-- listed), identifiers only masked. p_name matches anywhere in the name, literally.
CREATE FUNCTION published_list_entries(p_name text, p_list text, p_now timestamptz, p_offset integer, p_limit integer)
RETURNS TABLE (id uuid, authority varchar, authority_name varchar, list_code varchar, list_name varchar, list_kind text,
               subject_kind text, masked_identifier varchar, name varchar, reason varchar, document_number varchar,
               listed_at timestamptz, expires_at timestamptz, total bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT e.id, t.slug, t.name, l.code, l.name, l.kind, e.subject_kind, e.masked_identifier, e.name, e.reason,
           e.document_number, e.listed_at, e.expires_at, count(*) OVER ()
    FROM list_entries e
    JOIN lists l ON l.tenant_id = e.tenant_id AND l.id = e.list_id
    JOIN tenants t ON t.id = e.tenant_id
    WHERE e.status = 'Active' AND e.expires_at > p_now
      AND e.link_role IS DISTINCT FROM 'Restricted'
      AND (p_list IS NULL OR l.code = p_list)
      AND (p_name IS NULL OR e.name ILIKE '%' || replace(replace(replace(p_name, '\', '\\'), '%', '\%'), '_', '\_') || '%')
    ORDER BY e.listed_at DESC, e.id
    OFFSET p_offset LIMIT p_limit
$$;

-- Background jobs visit only the tenants that have work, then work inside each tenant under RLS.
CREATE FUNCTION list_entries_due_tenants(p_now timestamptz)
RETURNS TABLE (tenant_id uuid, slug varchar)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT t.id, t.slug FROM tenants t
    WHERE EXISTS (SELECT 1 FROM list_entries e WHERE e.tenant_id = t.id AND e.status <> 'Removed' AND e.expires_at <= p_now)
$$;

CREATE FUNCTION outbox_due_tenants(p_now timestamptz, p_max_attempts integer)
RETURNS TABLE (tenant_id uuid, slug varchar)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT d.tenant_id, coalesce(t.slug, 'platform')
    FROM (SELECT DISTINCT o.tenant_id FROM outbox_messages o
          WHERE o.delivered_at IS NULL AND o.next_attempt_at <= p_now AND o.attempts < p_max_attempts) d
    LEFT JOIN tenants t ON t.id = d.tenant_id
$$;

REVOKE ALL ON FUNCTION list_index_entries(uuid[]), list_catalogue(),
    published_list_entries(text, text, timestamptz, integer, integer),
    list_entries_due_tenants(timestamptz), outbox_due_tenants(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION list_index_entries(uuid[]), list_catalogue(),
    published_list_entries(text, text, timestamptz, integer, integer),
    list_entries_due_tenants(timestamptz), outbox_due_tenants(timestamptz, integer) TO creditplatform_app;

GRANT SELECT, INSERT, UPDATE ON lists, list_entries, outbox_messages, webhook_subscriptions TO creditplatform_app;
-- The check log is write-only for the application: it may add rows, never read, change or delete them.
GRANT INSERT ON check_log TO creditplatform_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO creditplatform_app;
