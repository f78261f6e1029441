-- One key scheme for every advisory lock, the application's and the database functions' alike: the lock named `name`
-- is the 64-bit key hashtextextended('creditplatform:' || name, 0) (Infrastructure/Persistence/Locking/AdvisoryLocks).
-- platform_lock_key computes it on the server; the audit chain (0004) and the list change sequencer (0060, 0095) had
-- keys of their own (a two-key class, a 32-bit hash) and now take theirs from it. Their bodies are otherwise unchanged:
-- each function's stored definition is rewritten with its lock line replaced, so the rest stays exactly as written.

CREATE FUNCTION platform_lock_key(p_name text) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT hashtextextended('creditplatform:' || p_name, 0) $$;

DO $$
DECLARE
    f record;
    definition text;
BEGIN
    FOR f IN
        SELECT p.oid, x.old_lock, x.new_lock
        FROM (VALUES
            ('audit_log_chain', 'pg_advisory_xact_lock(16757, hashtext(NEW.tenant_id::text))',
                                'pg_advisory_xact_lock(platform_lock_key(''audit-chain:'' || NEW.tenant_id::text))'),
            ('list_changes_sequence', 'pg_advisory_xact_lock(hashtext(''list_changes_sequence''))',
                                      'pg_advisory_xact_lock(platform_lock_key(''list-change-sequence''))'),
            ('list_changes_record', 'pg_advisory_xact_lock(hashtext(''list_changes_sequence''))',
                                    'pg_advisory_xact_lock(platform_lock_key(''list-change-sequence''))')
        ) AS x(name, old_lock, new_lock)
        JOIN pg_proc p ON p.proname = x.name AND p.pronamespace = 'public'::regnamespace
    LOOP
        definition := pg_get_functiondef(f.oid);
        IF position(f.old_lock IN definition) = 0 THEN
            RAISE EXCEPTION 'function % does not take the lock this migration rewrites', f.oid::regproc;
        END IF;
        EXECUTE replace(definition, f.old_lock, f.new_lock);
    END LOOP;
END
$$;
