-- A change feed that works where NOTIFY does not: on Citus the trigger of 0003 runs on the worker that holds the
-- shard, and its notification never reaches a listener on the coordinator. Every insert or update of an entry
-- stamps the row with the time of the change; the check index follows the stamps by polling on Citus
-- (ListChangePoller) and keeps LISTENing on a single server.
ALTER TABLE list_entries ADD COLUMN changed_at timestamptz NULL;

-- On a cluster whose tables are distributed already, Citus creates triggers on them only when told to; on a single
-- server the setting is an unused placeholder.
SELECT set_config('citus.enable_unsafe_triggers', 'on', true);

CREATE FUNCTION stamp_list_entry_change() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    NEW.changed_at := clock_timestamp();
    RETURN NEW;
END
$$;
CREATE TRIGGER list_entries_stamp_change BEFORE INSERT OR UPDATE ON list_entries
    FOR EACH ROW EXECUTE FUNCTION stamp_list_entry_change();

CREATE INDEX ix_list_entries_changed_at ON list_entries (changed_at) WHERE changed_at IS NOT NULL;

-- Which entries changed at or after p_since (every jurisdiction's: the check index is national). Only ids and
-- stamps: the index reads the entries themselves through list_index_entries.
CREATE FUNCTION list_entries_changed_since(p_since timestamptz)
RETURNS TABLE (id uuid, changed_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
    RETURN QUERY SELECT e.id, e.changed_at FROM list_entries e WHERE e.changed_at >= p_since;
END
$$;
REVOKE ALL ON FUNCTION list_entries_changed_since(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION list_entries_changed_since(timestamptz) TO creditplatform_app;
