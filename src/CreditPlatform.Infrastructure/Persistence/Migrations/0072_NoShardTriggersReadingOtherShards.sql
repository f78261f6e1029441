-- On Citus a row trigger runs on the worker that holds the shard, where it may not query another distributed or a
-- reference table ("cannot execute a distributed query from a query on a shard"): the change feed's recorder (0060)
-- writes list_changes, a reference table, and the dispute notifier (0061) reads list_entries. On a database with the
-- citus extension both go; the feed, its snapshot, checks as of a past date and watches then refuse with
-- 422 list_history_unavailable instead of answering from a history that is not recorded (ListChangeFeed, WatchStore).
-- On a single server both stay.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_extension WHERE extname = 'citus') THEN
        DROP TRIGGER IF EXISTS list_entries_recorded ON list_entries;
        DROP TRIGGER IF EXISTS appeals_list_entry_disputed ON appeals;
    END IF;
END
$$;
