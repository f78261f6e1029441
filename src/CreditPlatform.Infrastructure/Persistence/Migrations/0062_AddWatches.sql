-- Watches: a checker names identifiers (stored only as their keyed hash and masked) and is told by a signed webhook
-- when any of them is listed, suspended, reinstated or removed (or expires). Platform-level like webhook_subscriptions:
-- a watch belongs to its caller (owner, the credential's label) and the caller's jurisdiction (NULL: the platform);
-- the application reads and writes only the caller's own.
CREATE TABLE watches (
    id uuid PRIMARY KEY,
    owner text NOT NULL,
    owner_tenant_id uuid NULL REFERENCES tenants (id),
    webhook_id uuid NULL REFERENCES webhook_subscriptions (id),
    created_at timestamptz NOT NULL,
    deleted_at timestamptz NULL
);
CREATE INDEX ix_watches_owner ON watches (owner) WHERE deleted_at IS NULL;

CREATE TABLE watch_identifiers (
    watch_id uuid NOT NULL REFERENCES watches (id),
    identifier_hash bytea NOT NULL,
    masked_identifier varchar(32) NOT NULL,
    PRIMARY KEY (watch_id, identifier_hash)
);
CREATE INDEX ix_watch_identifiers_identifier_hash ON watch_identifiers (identifier_hash);

-- How far the watch notifier has followed the change feed (one row).
CREATE TABLE watch_feed_position (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    cursor bigint NOT NULL
);
INSERT INTO watch_feed_position (id, cursor) SELECT true, coalesce(max(cursor), 0) FROM list_changes;

-- One step of the notifier: cursors for committed changes, then for every change after the position that a live
-- watch covers (national lists, or the watch's own jurisdiction's local lists), one outbox message per watch and
-- webhook (the watch's, or without one every live webhook of its owner's jurisdiction), and the position moved on:
-- all in one transaction, one caller at a time, so each change is queued exactly once per watch and its delivery id
-- (the message id) stays the same on every retry.
CREATE FUNCTION watch_notify(p_limit integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_from bigint;
    v_to bigint;
    v_count integer;
BEGIN
    PERFORM list_changes_sequence();
    SELECT p.cursor INTO v_from FROM watch_feed_position p WHERE p.id FOR UPDATE;
    SELECT max(s.cursor) INTO v_to
    FROM (SELECT c.cursor FROM list_changes c WHERE c.cursor > v_from ORDER BY c.cursor LIMIT p_limit) s;
    IF v_to IS NULL THEN
        RETURN 0;
    END IF;

    INSERT INTO outbox_messages (tenant_id, id, topic, payload, destination, attempts, next_attempt_at, created_at)
    SELECT c.issuer_tenant_id, gen_random_uuid(), 'watch.' || c.change,
           jsonb_build_object(
               'type', 'watch.' || c.change,
               'apiVersion', 'v1',
               'at', c.at,
               'watchId', w.id,
               'change', jsonb_build_object(
                   'cursor', c.cursor, 'change', c.change, 'entryId', c.entry_id, 'authority', t.slug,
                   'listCode', c.list_code, 'kind', CASE c.list_kind WHEN 'Black' THEN 'black' ELSE 'red' END,
                   'identifierHash', encode(c.identifier_hash, 'hex'), 'maskedIdentifier', c.masked_identifier,
                   'measures', to_jsonb(c.measures), 'listedAt', c.listed_at, 'expiresAt', c.expires_at)),
           'webhook:' || s.id, 0, now(), now()
    FROM list_changes c
    JOIN tenants t ON t.id = c.issuer_tenant_id
    JOIN watch_identifiers i ON i.identifier_hash = c.identifier_hash
    JOIN watches w ON w.id = i.watch_id AND w.deleted_at IS NULL
    JOIN webhook_subscriptions s ON s.disabled_at IS NULL
        AND (s.id = w.webhook_id OR (w.webhook_id IS NULL AND s.owner_tenant_id IS NOT DISTINCT FROM w.owner_tenant_id))
    WHERE c.cursor > v_from AND c.cursor <= v_to
      AND (c.list_scope = 'National' OR c.issuer_tenant_id = w.owner_tenant_id)
    ORDER BY c.cursor;
    GET DIAGNOSTICS v_count = ROW_COUNT;

    UPDATE watch_feed_position SET cursor = v_to WHERE id;
    RETURN v_count;
END
$$;

REVOKE ALL ON FUNCTION watch_notify(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION watch_notify(integer) TO creditplatform_app;
GRANT SELECT, INSERT, UPDATE ON watches, watch_identifiers TO creditplatform_app;
