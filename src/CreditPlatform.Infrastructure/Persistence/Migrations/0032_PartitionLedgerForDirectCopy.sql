-- Events and ledger entries become hash-partitioned by tenant_id (8 partitions), so the batch path can COPY straight
-- into the partition that holds its jurisdiction instead of COPY into staging and INSERT … SELECT (every row written
-- twice). PostgreSQL refuses COPY FROM into a table whose row-level security applies to the caller; it checks the
-- table named in the COPY only. So:
--   * the parents keep row-level security and their policy; every read, and every other write, goes through them;
--   * the application role may only INSERT into a partition: it cannot read, change or delete rows there, so a
--     partition named directly never shows another jurisdiction's rows;
--   * a statement-level trigger on each partition looks at every row the statement inserted (its transition table)
--     and refuses the statement when one of them names another jurisdiction than the session's, for whom the
--     parent's policy applies (row_security_active: the owner, restores and migrations are not subject to it);
--   * tenant_id is the partition key and already leads every unique index (primary key, sequence, reversal,
--     idempotency key), so every uniqueness still holds across the whole table, not per partition.
-- Rows already there are moved into the partitioned tables in this transaction.

CREATE FUNCTION tenant_partition_guard() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    IF row_security_active(TG_ARGV[0]::regclass)
       AND EXISTS (SELECT FROM inserted_rows WHERE tenant_id IS DISTINCT FROM app_current_tenant()) THEN
        RAISE EXCEPTION 'rows of another jurisdiction may not be written into %', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;

-- The partition of a hash-partitioned table that holds a tenant's rows (the batch path COPYs into it).
CREATE FUNCTION tenant_partition_of(parent regclass, tenant uuid) RETURNS text
LANGUAGE sql STABLE AS
$$
    SELECT c.relname::text
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    CROSS JOIN LATERAL regexp_match(pg_get_expr(c.relpartbound, c.oid), 'modulus (\d+), remainder (\d+)') AS b(bound)
    WHERE i.inhparent = parent
      AND satisfies_hash_partition(parent::oid, b.bound[1]::integer, b.bound[2]::integer, tenant)
$$;

ALTER TABLE credit_events RENAME TO credit_events_unpartitioned;
ALTER TABLE credit_events_unpartitioned RENAME CONSTRAINT pk_credit_events TO pk_credit_events_unpartitioned;
ALTER INDEX ix_credit_events_tenant_id_idempotency_caller_idempotency_key RENAME TO ix_credit_events_unpartitioned_key;
ALTER INDEX ix_credit_events_tenant_id_subject_id RENAME TO ix_credit_events_unpartitioned_subject;

CREATE TABLE credit_events (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    idempotency_key varchar(200) NULL,
    subject_id uuid NOT NULL,
    rule_code varchar(50) NOT NULL,
    rule_version integer NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    quantity numeric NULL,
    document_number varchar(100) NULL,
    evidence varchar(2000) NULL,
    recorder text NOT NULL,
    department varchar(200) NULL,
    source text NOT NULL,
    score_after integer NULL,
    band_after varchar(20) NULL,
    idempotency_caller text NULL,
    payload_fingerprint bytea NULL,
    CONSTRAINT pk_credit_events PRIMARY KEY (tenant_id, id)
) PARTITION BY HASH (tenant_id);
CREATE UNIQUE INDEX ix_credit_events_tenant_id_idempotency_caller_idempotency_key
    ON credit_events (tenant_id, idempotency_caller, idempotency_key);
CREATE INDEX ix_credit_events_tenant_id_subject_id ON credit_events (tenant_id, subject_id);

ALTER TABLE ledger_entries RENAME TO ledger_entries_unpartitioned;
ALTER TABLE ledger_entries_unpartitioned RENAME CONSTRAINT pk_ledger_entries TO pk_ledger_entries_unpartitioned;
ALTER INDEX ix_ledger_entries_tenant_id_sequence RENAME TO ix_ledger_entries_unpartitioned_sequence;
ALTER INDEX ix_ledger_entries_tenant_id_reverses_id RENAME TO ix_ledger_entries_unpartitioned_reverses;
ALTER INDEX ix_ledger_entries_tenant_id_event_id RENAME TO ix_ledger_entries_unpartitioned_event;
ALTER INDEX ix_ledger_entries_tenant_id_subject_id_rule_code_occurred_at RENAME TO ix_ledger_entries_unpartitioned_cap;

CREATE TABLE ledger_entries (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    sequence bigint NOT NULL,
    event_id uuid NULL,
    subject_id uuid NOT NULL,
    rule_code varchar(50) NOT NULL,
    rule_version integer NOT NULL,
    points integer NOT NULL,
    raw_points integer NOT NULL,
    capped boolean NOT NULL,
    cap_notes text[] NOT NULL,
    quantity numeric NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    expires_at timestamptz NULL,
    band_override varchar(20) NULL,
    band_override_until timestamptz NULL,
    reverses_id uuid NULL,
    reason varchar(1000) NULL,
    recorder text NOT NULL,
    department varchar(200) NULL,
    previous_hash varchar(64) NOT NULL,
    hash varchar(64) NOT NULL,
    CONSTRAINT pk_ledger_entries PRIMARY KEY (tenant_id, id)
) PARTITION BY HASH (tenant_id);
CREATE UNIQUE INDEX ix_ledger_entries_tenant_id_sequence ON ledger_entries (tenant_id, sequence);
CREATE UNIQUE INDEX ix_ledger_entries_tenant_id_reverses_id ON ledger_entries (tenant_id, reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX ix_ledger_entries_tenant_id_event_id ON ledger_entries (tenant_id, event_id) WHERE event_id IS NOT NULL;
CREATE INDEX ix_ledger_entries_tenant_id_subject_id_rule_code_occurred_at
    ON ledger_entries (tenant_id, subject_id, rule_code, occurred_at) INCLUDE (points);

DO $$
DECLARE
    parent text;
    part text;
BEGIN
    FOREACH parent IN ARRAY ARRAY['credit_events', 'ledger_entries'] LOOP
        FOR r IN 0..7 LOOP
            part := format('%s_p%s', parent, r);
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES WITH (MODULUS 8, REMAINDER %s)', part, parent, r);
            EXECUTE format('CREATE TRIGGER tenant_partition_guard AFTER INSERT ON %I REFERENCING NEW TABLE AS inserted_rows '
                           'FOR EACH STATEMENT EXECUTE FUNCTION tenant_partition_guard(%L)', part, parent);
            EXECUTE format('GRANT INSERT ON %I TO creditplatform_app', part);
        END LOOP;
    END LOOP;
END
$$;

INSERT INTO credit_events (tenant_id, id, idempotency_key, subject_id, rule_code, rule_version, occurred_at, recorded_at,
                           quantity, document_number, evidence, recorder, department, source, score_after, band_after,
                           idempotency_caller, payload_fingerprint)
SELECT tenant_id, id, idempotency_key, subject_id, rule_code, rule_version, occurred_at, recorded_at,
       quantity, document_number, evidence, recorder, department, source, score_after, band_after,
       idempotency_caller, payload_fingerprint
FROM credit_events_unpartitioned;

INSERT INTO ledger_entries (tenant_id, id, sequence, event_id, subject_id, rule_code, rule_version, points, raw_points,
                            capped, cap_notes, quantity, occurred_at, recorded_at, expires_at, band_override,
                            band_override_until, reverses_id, reason, recorder, department, previous_hash, hash)
SELECT tenant_id, id, sequence, event_id, subject_id, rule_code, rule_version, points, raw_points,
       capped, cap_notes, quantity, occurred_at, recorded_at, expires_at, band_override,
       band_override_until, reverses_id, reason, recorder, department, previous_hash, hash
FROM ledger_entries_unpartitioned;

DROP TABLE credit_events_unpartitioned;
DROP TABLE ledger_entries_unpartitioned;

ALTER TABLE credit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON credit_events
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
ALTER TABLE ledger_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ledger_entries
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());

-- Append-only for the application, as before; the partitions take inserts only.
GRANT SELECT, INSERT ON credit_events TO creditplatform_app;
GRANT SELECT, INSERT ON ledger_entries TO creditplatform_app;
