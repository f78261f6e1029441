-- On Citus the NOTIFY of 0003 is raised on the worker holding the shard, where nobody listens (the check index polls
-- the change stamps of 0070 there), and a transaction that raised one cannot be prepared: a write of list entries
-- spanning shards (a bulk load of several jurisdictions) commits with two-phase commit and failed. So on a database
-- with the citus extension the trigger goes; on a single server it stays and the index keeps listening.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_extension WHERE extname = 'citus') THEN
        DROP TRIGGER IF EXISTS list_entries_changed ON list_entries;
    END IF;
END
$$;
