-- The audit log becomes a hash chain per tenant: each row carries its position (sequence), the
-- hash of the row before it and its own hash over its content, so an edited, removed or
-- reordered row is detectable. The chain is computed here, in a BEFORE INSERT trigger, so every
-- writer (the app, a job, a script) extends it the same way; a per-tenant advisory lock
-- serialises concurrent inserts so two transactions can never claim the same link.

ALTER TABLE audit_log
    ADD COLUMN sequence bigint NULL,
    ADD COLUMN prev_hash bytea NULL,
    ADD COLUMN hash bytea NULL;

-- The genesis link: the "previous hash" of a tenant's first entry.
CREATE FUNCTION audit_genesis_hash() RETURNS bytea
LANGUAGE sql IMMUTABLE AS
$$ SELECT decode(repeat('00', 32), 'hex') $$;

-- The content that is hashed, as canonical JSON text (json, not jsonb: order and form are kept).
CREATE FUNCTION audit_entry_hash(
    p_prev bytea, p_tenant uuid, p_sequence bigint, p_at timestamptz, p_actor text, p_action text,
    p_subject uuid, p_reason text, p_correlation text) RETURNS bytea
LANGUAGE sql STABLE AS
$$ SELECT sha256(p_prev || convert_to(json_build_array(
        p_tenant, p_sequence, to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        p_actor, p_action, p_subject, p_reason, p_correlation)::text, 'UTF8')) $$;

-- Runs as the owner so the chain never depends on what the inserting role may see.
CREATE FUNCTION audit_log_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    last_sequence bigint;
    last_hash bytea;
BEGIN
    -- Two-key form, class 0x4175 ("Au"), so it never collides with the migrator's bigint lock.
    PERFORM pg_advisory_xact_lock(16757, hashtext(NEW.tenant_id::text));
    SELECT a.sequence, a.hash INTO last_sequence, last_hash
    FROM audit_log a
    WHERE a.tenant_id = NEW.tenant_id
    ORDER BY a.sequence DESC
    LIMIT 1;

    NEW.sequence := coalesce(last_sequence, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, audit_genesis_hash());
    NEW.hash := audit_entry_hash(NEW.prev_hash, NEW.tenant_id, NEW.sequence, NEW.at, NEW.actor, NEW.action,
                                 NEW.subject_id, NEW.reason, NEW.correlation_id);
    RETURN NEW;
END
$$;

-- Rows written before the chain existed join it in insertion order.
DO $$
DECLARE
    r record;
    prev bytea;
    seq bigint;
    current_tenant uuid := NULL;
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY tenant_id, id LOOP
        IF current_tenant IS DISTINCT FROM r.tenant_id THEN
            current_tenant := r.tenant_id;
            prev := audit_genesis_hash();
            seq := 0;
        END IF;
        seq := seq + 1;
        UPDATE audit_log
        SET sequence = seq,
            prev_hash = prev,
            hash = audit_entry_hash(prev, r.tenant_id, seq, r.at, r.actor, r.action, r.subject_id, r.reason, r.correlation_id)
        WHERE tenant_id = r.tenant_id AND id = r.id
        RETURNING hash INTO prev;
    END LOOP;
END
$$;

ALTER TABLE audit_log
    ALTER COLUMN sequence SET NOT NULL,
    ALTER COLUMN prev_hash SET NOT NULL,
    ALTER COLUMN hash SET NOT NULL;

-- A forked chain (two rows claiming one position) fails the insert instead of passing silently.
CREATE UNIQUE INDEX ix_audit_log_tenant_id_sequence ON audit_log (tenant_id, sequence);
CREATE INDEX ix_audit_log_tenant_id_subject_id ON audit_log (tenant_id, subject_id, sequence) WHERE subject_id IS NOT NULL;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

-- The first link that does not hold, or no row when the chain is intact. Runs with the caller's
-- rights: through the app role, row-level security limits it to the connection's tenant.
CREATE FUNCTION audit_chain_first_break(p_tenant uuid)
RETURNS TABLE (sequence bigint, problem text)
LANGUAGE sql STABLE AS
$$
    WITH ordered AS (
        SELECT a.*,
               lag(a.hash) OVER w AS expected_prev,
               lag(a.sequence) OVER w AS previous_sequence
        FROM audit_log a
        WHERE a.tenant_id = p_tenant
        WINDOW w AS (ORDER BY a.sequence)
    )
    SELECT o.sequence,
           CASE
               WHEN o.sequence <> coalesce(o.previous_sequence, 0) + 1 THEN 'an entry before this one is missing'
               WHEN o.prev_hash <> coalesce(o.expected_prev, audit_genesis_hash()) THEN 'the link to the previous entry does not match'
               ELSE 'the entry''s content does not match its hash'
           END
    FROM ordered o
    WHERE o.sequence <> coalesce(o.previous_sequence, 0) + 1
       OR o.prev_hash <> coalesce(o.expected_prev, audit_genesis_hash())
       OR o.hash <> audit_entry_hash(o.prev_hash, o.tenant_id, o.sequence, o.at, o.actor, o.action,
                                     o.subject_id, o.reason, o.correlation_id)
    ORDER BY o.sequence
    LIMIT 1
$$;
GRANT EXECUTE ON FUNCTION audit_chain_first_break(uuid) TO creditplatform_app;
