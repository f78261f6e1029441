-- The entries under appeal, as 0061 found them, written as a join on tenant_id: an appeal is kept by the jurisdiction
-- of the entry it is about (an appeal filed from home is filed with the issuer), and a legal representative's entry
-- follows an entry of the same list. So the answer is the same on one server, and on Citus the join stays within
-- co-located shards instead of a correlated subquery across distributed tables, which Citus cannot plan.
CREATE OR REPLACE FUNCTION list_index_disputed(p_ids uuid[])
RETURNS TABLE (id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
    SELECT DISTINCT e.id
    FROM list_entries e
    JOIN appeals a ON a.tenant_id = e.tenant_id
                  AND (a.list_entry_id = e.id OR a.list_entry_id = e.linked_to_entry_id)
    WHERE (p_ids IS NULL OR e.id = ANY (p_ids))
      AND a.status IN ('Pending', 'Escalated')
$$;
